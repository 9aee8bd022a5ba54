package id.gcio.academy.quiz.gift;

import id.gcio.academy.quiz.Question;
import java.util.List;
import java.util.Map;

/**
 * What a GIFT file yields: the questions read without fault and every problem found, ordered by line. A question
 * with a problem is not among {@code questions}; a file is meant to be imported whole, and only when {@link #ok()}.
 *
 * @param lines the line each question starts on, by question key
 */
public record GiftImport(List<Question> questions, List<GiftProblem> problems, Map<String, Integer> lines) {

    public GiftImport {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        lines = lines == null ? Map.of() : Map.copyOf(lines);
    }

    public GiftImport(List<Question> questions, List<GiftProblem> problems) {
        this(questions, problems, Map.of());
    }

    /** True only when the file has no problem at all. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The line a question starts on, or 1 when the key is not one of this file's questions. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
