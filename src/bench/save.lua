-- wrk script: PUT answers round robin over the open attempts QuizLoad.java wrote (quiz-open-attempts.tsv), each with its
-- learner's bearer token, so wrk measures the save endpoint's closed-loop capacity without the Java driver's CPU cost.
-- Usage: wrk ... -s src/bench/save.lua http://127.0.0.1:8090 -- target/bench/quiz-open-attempts.tsv
local lines, i = {}, 0

function init(args)
  for line in io.lines(args[1]) do
    local attempt, ref, token, body = line:match("^(%d+)\t(q%d+)\t([^\t]+)\t(.*)$")
    lines[#lines + 1] = wrk.format("PUT", "/api/v1/quiz-attempts/" .. attempt .. "/answers/" .. ref,
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
  end
  i = math.random(#lines) -- threads start at different places
end

function request()
  i = i % #lines + 1
  return lines[i]
end
