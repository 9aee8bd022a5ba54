package id.gcio.academy.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.gcio.academy.quiz.AttemptState.Refusal;
import id.gcio.academy.quiz.AttemptState.Transition;
import id.gcio.academy.quiz.AttemptViews.AttemptSummary;
import id.gcio.academy.quiz.AttemptViews.AttemptView;
import id.gcio.academy.quiz.AttemptViews.OptionView;
import id.gcio.academy.quiz.AttemptViews.QuestionResult;
import id.gcio.academy.quiz.AttemptViews.QuestionView;
import id.gcio.academy.quiz.AttemptViews.ResultView;
import id.gcio.academy.quiz.AttemptViews.SavedAnswer;
import id.gcio.academy.quiz.AttemptViews.Saved;
import id.gcio.academy.quiz.QuestionCache.Prepared;
import id.gcio.academy.quiz.QuizEvents.QuizPassed;
import id.gcio.academy.quiz.QuizSettings.ReviewPolicy;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs quiz attempts on the server's clock: start, save each answer, submit, grade, close overdue attempts, show the
 * result. Every call names the learner; an attempt of someone else is "not found". An attempt row is the lock: saves
 * hold it shared, submit and the overdue job exclusively, so no answer can slip in after grading.
 */
@ApplicationScoped
public class AttemptService {

    /** Overdue attempts are closed this long after their deadline, so a submit already on its way wins. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    /** The longest text answer accepted (essays); short answers are capped lower. */
    static final int MAX_ESSAY = 20_000;
    static final int MAX_SHORT = 500;

    /** An answer as the page or the API sends it: option ids as shown, matches by prompt position. */
    public record AnswerInput(List<String> choices, Boolean truth, String text, Map<Integer, String> matches) {
        public AnswerInput {
            choices = choices == null ? List.of() : List.copyOf(choices);
            matches = matches == null ? Map.of() : Map.copyOf(matches);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QuestionCache questions;

    @Inject
    AttemptHeaders headers;

    @Inject
    QuizService quizzes;

    @Inject
    ObjectMapper json;

    @Inject
    Event<QuizPassed> passedEvent;

    private final GradeCalculator calculator = new GradeCalculator();
    private final SecureRandom random = new SecureRandom();

    /**
     * Starts an attempt, or returns the one already in progress (a second tab or a double click resumes it). Refused
     * outside the quiz's window and beyond the attempt limit (plus any extra attempts granted).
     */
    @Transactional
    public AttemptSummary start(long userId, String courseSlug) {
        return startOrResume(userId, courseSlug).attempt();
    }

    /** An attempt {@link #start} returned, and whether it was one already in progress (decided under the lock). */
    public record Start(AttemptSummary attempt, boolean resumed) {
    }

    /** As {@link #start}, saying whether the attempt was resumed (the API answers 200 then, 201 for a new one). */
    @Transactional
    public Start startOrResume(long userId, String courseSlug) {
        Quiz quiz = quizzes.requireQuiz(courseSlug);
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, (int) (long) quiz.id).setParameter(2, (int) userId).getSingleResult();
        List<QuizAttempt> previous = QuizAttempt.listByUserAndQuiz(userId, quiz.id);
        Instant now = clock.instant();
        for (QuizAttempt a : previous) {
            if (a.state == AttemptState.IN_PROGRESS) {
                em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
                // submitted (another tab, the overdue job) while we waited for the row: not one to resume
                if (a.state != AttemptState.IN_PROGRESS || closeIfOverdue(a, now, Duration.ZERO)) {
                    continue;
                }
                return new Start(summary(a), true);
            }
        }
        if (quiz.opensAt != null && now.isBefore(quiz.opensAt)) {
            String opens = QuizService.wita(quiz.opensAt);
            throw DomainException.of(409, "QUIZ_NOT_OPEN", "Kuis belum dibuka; kuis dibuka pada " + opens + ".",
                    "The quiz is not open yet; it opens on " + opens + ".");
        }
        if (quiz.closesAt != null && !now.isBefore(quiz.closesAt)) {
            String closed = QuizService.wita(quiz.closesAt);
            throw DomainException.of(409, "QUIZ_CLOSED", "Kuis sudah ditutup pada " + closed + ".",
                    "The quiz closed on " + closed + ".");
        }
        QuizOverride override = QuizOverride.findFor(quiz.id, userId).orElse(null);
        int allowed = quizzes.attemptsAllowed(quiz, override);
        if (allowed > 0 && previous.size() >= allowed) {
            throw new DomainException(409, "NO_ATTEMPTS_LEFT", "Kesempatan mengerjakan kuis ini sudah habis ("
                    + allowed + " kali).", null);
        }
        quizzes.ensureEnrolled(userId, courseSlug);
        long seed = random.nextLong();
        List<QuizQuestion> bank = QuizQuestion.listActive(quiz.id);
        Map<String, QuizQuestion> byKey = bank.stream().collect(Collectors.toMap(q -> q.qkey, q -> q));
        List<Question> drawn = new QuestionDraw().draw(bank.stream().map(q -> q.definition).toList(), quiz.settings, seed);
        QuizAttempt a = new QuizAttempt();
        a.quizId = quiz.id;
        a.userId = userId;
        a.attemptNo = previous.size() + 1;
        a.state = AttemptState.IN_PROGRESS;
        a.seed = seed;
        a.questionIds = drawn.stream().map(q -> byKey.get(q.key()).id).toArray(Long[]::new);
        a.maxPoints = drawn.stream().mapToDouble(Question::points).sum();
        a.startedAt = now;
        a.deadline = AttemptState.deadline(now, quiz.settings.timeLimit(), override == null ? null : override.extraTime(),
                quiz.closesAt);
        a.persist();
        event(a.id, null, AttemptState.IN_PROGRESS, "learner", now);
        return new Start(summary(a), false);
    }

    /** An attempt in progress as its learner sees it (no answer key); closes it first if its time is up. */
    @Transactional
    public AttemptView view(long userId, long attemptId) {
        QuizAttempt a = own(userId, attemptId);
        Quiz quiz = Quiz.findById(a.quizId);
        if (a.state == AttemptState.IN_PROGRESS && a.deadline != null && !clock.instant().isBefore(a.deadline)) {
            em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
            closeIfOverdue(a, clock.instant(), Duration.ZERO);
        }
        Map<Long, SavedAnswer> saved = savedAnswers(a);
        List<QuestionView> views = new ArrayList<>();
        int n = 1;
        for (Long qid : a.questionIds) {
            views.add(questionView(a, questions.get(qid), n++, quiz.settings, saved.get(qid)));
        }
        Long remaining = AttemptState.remaining(a.deadline, clock.instant()).map(Duration::toSeconds).orElse(null);
        return new AttemptView(summary(a), quizzes.courseSlug(quiz), quiz.titleId, quiz.titleEn, remaining, views);
    }

    /**
     * Saves one answer. Refused, with nothing changed, when the attempt is not the caller's (404), the question is not
     * in the attempt, an option belongs to another question or the answer does not fit the question (422), or the
     * attempt is no longer open or its deadline has passed (409).
     */
    @Transactional
    public Saved save(long userId, long attemptId, String questionRef, AnswerInput input) {
        Instant now = clock.instant();
        Long qid = parseRef(questionRef);
        AttemptHeaders.Header h = headers.get(attemptId);
        if (h.userId() != userId) {
            throw notFound();
        }
        if (qid == null || !h.questionIds().contains(qid)) {
            throw new DomainException(422, "QUESTION_NOT_IN_ATTEMPT", "Soal ini bukan bagian dari percobaan Anda.", null);
        }
        if (h.deadline() != null && !now.isBefore(h.deadline())) {
            String state = (String) em.createNativeQuery("select state from quiz_attempt where id = ?1")
                    .setParameter(1, attemptId).getSingleResult();
            Transition t = AttemptState.valueOf(state).saveAnswer(h.deadline(), now);
            throw refusal(t.refusal());
        }
        Response response = toResponse(questions.get(qid), h.seed(), input);
        // one statement: the attempt row is held FOR SHARE (a submit holds it FOR UPDATE), and the state is checked on
        // the row as it is once any submit has committed, so no answer can land after grading
        @SuppressWarnings("unchecked")
        List<Number> saved = em.createNativeQuery("""
                with a as (select id from quiz_attempt where id = ?1 and state = 'IN_PROGRESS' for share)
                insert into attempt_answer (attempt_id, question_id, response, revision, saved_at)
                select a.id, ?2, cast(?3 as jsonb), 1, ?4 from a
                on conflict (attempt_id, question_id) do update
                  set response = excluded.response, revision = attempt_answer.revision + 1, saved_at = excluded.saved_at
                returning revision""")
                .setParameter(1, attemptId).setParameter(2, qid).setParameter(3, write(response))
                .setParameter(4, now).getResultList();
        if (saved.isEmpty()) {
            throw refusal(Refusal.NOT_IN_PROGRESS);
        }
        Long remaining = AttemptState.remaining(h.deadline(), now).map(Duration::toSeconds).orElse(null);
        return new Saved(questionRef, saved.get(0).intValue(), now, remaining);
    }

    /** Submits (idempotent: a second submit, or one from another tab, returns the first result). */
    @Transactional
    public AttemptSummary submit(long userId, long attemptId) {
        QuizAttempt a = own(userId, attemptId);
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        Transition t = a.state.submit(a.deadline, clock.instant());
        if (t.changed()) {
            finish(a, t.state(), "learner");
        }
        return summary(a);
    }

    /**
     * Closes attempts whose deadline passed more than {@link #GRACE} ago, with the answers saved so far. Rows are taken
     * with {@code FOR UPDATE SKIP LOCKED}, so several instances running this at once never close one attempt twice.
     *
     * @return how many attempts were closed
     */
    @Transactional
    public int closeOverdue(int max) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select id from quiz_attempt
                where state = 'IN_PROGRESS' and deadline < ?1
                order by deadline limit ?2
                for update skip locked""")
                .setParameter(1, now.minus(GRACE)).setParameter(2, max).getResultList();
        int closed = 0;
        for (Number id : ids) {
            QuizAttempt a = QuizAttempt.findById(id.longValue());
            if (closeIfOverdue(a, now, GRACE)) {
                closed++;
            }
        }
        return closed;
    }

    /** A finished attempt's result, with right answers and feedback only as the quiz's review policy allows. */
    @Transactional
    public ResultView result(long userId, long attemptId) {
        QuizAttempt a = own(userId, attemptId);
        if (a.state == AttemptState.IN_PROGRESS) {
            em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
            if (!closeIfOverdue(a, clock.instant(), Duration.ZERO)) {
                throw new DomainException(409, "NOT_SUBMITTED", Refusal.NOT_SUBMITTED.message, null);
            }
        }
        Quiz quiz = Quiz.findById(a.quizId);
        boolean show = showAnswers(quiz, a, userId);
        Map<Long, SavedAnswer> saved = savedAnswers(a);
        // without the review not even right or wrong per question (that too is the key, found by changing one answer
        // per attempt): only the attempt's total
        Map<Long, Object[]> grades = show ? gradeRows(a.id) : Map.of();
        List<QuestionResult> results = new ArrayList<>();
        int n = 1;
        for (Long qid : a.questionIds) {
            Prepared p = questions.get(qid);
            QuestionView v = questionView(a, p, n++, quiz.settings, saved.get(qid));
            if (!show) {
                results.add(new QuestionResult(v, null, null, List.of(), null));
                continue;
            }
            Object[] g = grades.get(qid);
            Grade.Status status = g == null || g[0] == null ? Grade.Status.UNANSWERED : Grade.Status.valueOf((String) g[0]);
            Double points = g == null || g[1] == null ? null : ((Number) g[1]).doubleValue();
            List<String> feedback = g != null && g[2] != null ? readList((String) g[2]) : List.of();
            results.add(new QuestionResult(v, status, points, feedback, rightAnswer(p.question())));
        }
        Integer left = quizzes.attemptsLeft(quiz, userId);
        boolean passed = quizzes.passed(userId, quiz);
        boolean canRetry = !passed && (left == null || left > 0) && (quiz.closesAt == null || clock.instant().isBefore(quiz.closesAt));
        return new ResultView(summary(a), quizzes.courseSlug(quiz), quiz.titleId, quiz.titleEn,
                quiz.settings.passPercent(), show, results, quiz.settings.review(), quiz.closesAt, left, passed, canRetry);
    }

    /** The learner's attempts at a quiz, oldest first. */
    public List<AttemptSummary> attempts(long userId, long quizId) {
        return QuizAttempt.listByUserAndQuiz(userId, quizId).stream().map(AttemptService::summary).toList();
    }

    /** A learner's attempt with the course of its quiz, for their personal data export. */
    public record CourseAttempt(String courseSlug, AttemptSummary attempt) {
    }

    /** All of a learner's attempts at every quiz (scores and times, no answers), oldest first. */
    @jakarta.transaction.Transactional
    public List<CourseAttempt> allAttempts(long userId) {
        return QuizAttempt.<QuizAttempt>list("userId = ?1 order by startedAt, id", userId).stream()
                .map(a -> new CourseAttempt(quizzes.courseSlug(Quiz.<Quiz>findById(a.quizId)), summary(a))).toList();
    }

    static AttemptSummary summary(QuizAttempt a) {
        return new AttemptSummary(a.id, a.quizId, a.attemptNo, a.state, a.startedAt, a.deadline, a.submittedAt, a.points,
                a.maxPoints, a.percent, a.passed, a.questionIds.length);
    }

    // ------------------------------------------------------------------ state changes

    private boolean closeIfOverdue(QuizAttempt a, Instant now, Duration grace) {
        Transition t = a.state.closeOverdue(a.deadline, grace, now);
        if (t.changed()) {
            finish(a, t.state(), "system");
            return true;
        }
        return false;
    }

    /** Submitted or auto-submitted: grade every question with the answers saved so far. */
    private void finish(QuizAttempt a, AttemptState submittedState, String actor) {
        Instant now = clock.instant();
        event(a.id, a.state, submittedState, actor, now);
        a.state = submittedState;
        a.submittedAt = now;
        Map<Long, Response> responses = responses(a.id);
        double points = 0;
        boolean essaysPending = false;
        for (Long qid : a.questionIds) {
            Question q = questions.get(qid).question();
            Grade g = calculator.grade(q, responses.get(qid));
            if (g.status() == Grade.Status.NEEDS_GRADING) {
                essaysPending = true;
            }
            points += g.points() == null ? 0 : g.points();
            em.createNativeQuery("""
                    insert into attempt_answer (attempt_id, question_id, response, revision, saved_at, status, fraction, points, feedback)
                    values (?1, ?2, null, 0, null, ?3, ?4, ?5, cast(?6 as jsonb))
                    on conflict (attempt_id, question_id) do update
                      set status = excluded.status, fraction = excluded.fraction, points = excluded.points, feedback = excluded.feedback""")
                    .setParameter(1, a.id).setParameter(2, qid).setParameter(3, g.status().name())
                    .setParameter(4, g.fraction()).setParameter(5, g.points()).setParameter(6, write(g.feedback()))
                    .executeUpdate();
        }
        Transition graded = a.state.grade(essaysPending);
        event(a.id, a.state, graded.state(), "system", now);
        a.state = graded.state();
        a.points = Math.round(points * 10_000) / 10_000.0;
        a.percent = a.maxPoints <= 0 ? 0 : Math.round(points / a.maxPoints * 1_000_000) / 10_000.0;
        if (a.state == AttemptState.GRADED) {
            a.gradedAt = now;
            Quiz quiz = Quiz.findById(a.quizId);
            a.passed = quiz.settings.passes(a.percent);
            em.flush();
            if (quizzes.passed(a.userId, quiz)) {
                passedEvent.fire(new QuizPassed(a.userId, quiz.courseId));
            }
        }
    }

    private void event(long attemptId, AttemptState from, AttemptState to, String actor, Instant at) {
        em.createNativeQuery("insert into quiz_attempt_event (attempt_id, from_state, to_state, actor, at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, attemptId).setParameter(2, from == null ? null : from.name()).setParameter(3, to.name())
                .setParameter(4, actor).setParameter(5, at).executeUpdate();
    }

    // ------------------------------------------------------------------ answers in and out

    /** Translates what the page sent into a {@link Response}, refusing anything that does not belong to the question. */
    Response toResponse(Prepared p, long seed, AnswerInput in) {
        Question q = p.question();
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                Map<String, String> shownToId = new HashMap<>();
                shownOptionIds(seed, p.id(), q).forEach((id, shown) -> shownToId.put(shown, id));
                Set<String> ids = new LinkedHashSet<>();
                for (String shown : in.choices()) {
                    String id = shownToId.get(shown);
                    if (id == null) {
                        throw new DomainException(422, "OPTION_NOT_IN_QUESTION", "Pilihan \"" + shown
                                + "\" bukan pilihan dari soal ini.", Map.of("pilihan", "Pilihan tidak dikenal untuk soal ini."));
                    }
                    ids.add(id);
                }
                if (q.type() == QuestionType.SINGLE_CHOICE && ids.size() > 1) {
                    throw invalidAnswer("Soal ini hanya menerima satu pilihan.");
                }
                yield new Response(ids, null, null, null);
            }
            case TRUE_FALSE -> new Response(null, in.truth(), null, null);
            case SHORT_ANSWER, NUMERIC, ESSAY -> {
                String text = in.text() == null ? null : in.text().strip();
                int max = q.type() == QuestionType.ESSAY ? MAX_ESSAY : MAX_SHORT;
                if (text != null && text.length() > max) {
                    throw invalidAnswer("Jawaban terlalu panjang (maksimal " + max + " karakter).");
                }
                yield new Response(null, null, text == null || text.isEmpty() ? null : text, null);
            }
            case MATCHING -> {
                Map<String, String> matches = new LinkedHashMap<>();
                for (Map.Entry<Integer, String> e : in.matches().entrySet()) {
                    int i = e.getKey();
                    if (i < 0 || i >= q.pairs().size()) {
                        throw invalidAnswer("Soal ini tidak memiliki pernyataan nomor " + (i + 1) + ".");
                    }
                    String answer = e.getValue();
                    if (answer == null || answer.isBlank()) {
                        continue;
                    }
                    if (!p.matchAnswers().contains(answer)) {
                        throw invalidAnswer("Jawaban \"" + answer + "\" bukan pilihan dari soal ini.");
                    }
                    matches.put(q.pairs().get(i).prompt(), answer);
                }
                yield new Response(null, null, null, matches);
            }
        };
    }

    private QuestionView questionView(QuizAttempt a, Prepared p, int number, QuizSettings settings, SavedAnswer saved) {
        Question q = p.question();
        List<OptionView> options = new ArrayList<>();
        if (!q.choices().isEmpty()) {
            Map<String, String> shown = shownOptionIds(a.seed, p.id(), q);
            for (String id : new QuestionDraw().optionOrder(q, settings, a.seed)) {
                options.add(new OptionView(shown.get(id), p.choiceHtml().get(id)));
            }
        }
        List<String> prompts = q.pairs().stream().map(Question.MatchPair::prompt).toList();
        return new QuestionView(ref(p.id()), number, q.type(), p.textHtml(), q.points(), options, prompts,
                p.matchAnswers(), saved == null ? null : saved);
    }

    private Map<Long, SavedAnswer> savedAnswers(QuizAttempt a) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select question_id, cast(response as text), revision, saved_at from attempt_answer
                where attempt_id = ?1 and response is not null""").setParameter(1, a.id).getResultList();
        Map<Long, SavedAnswer> map = new HashMap<>();
        for (Object[] r : rows) {
            long qid = ((Number) r[0]).longValue();
            Response resp = read((String) r[1]);
            Prepared p = questions.get(qid);
            Map<String, String> shownIds = shownOptionIds(a.seed, qid, p.question());
            Set<String> shown = resp.choiceIds().stream().map(shownIds::get).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<Integer, String> matches = new HashMap<>();
            List<Question.MatchPair> pairs = p.question().pairs();
            for (int i = 0; i < pairs.size(); i++) {
                String given = resp.matches().get(pairs.get(i).prompt());
                if (given != null) {
                    matches.put(i, given);
                }
            }
            map.put(qid, new SavedAnswer(shown, resp.truth(), resp.text(), matches, ((Number) r[2]).intValue(), Timestamps.of(r[3])));
        }
        return map;
    }

    private Map<Long, Response> responses(long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select question_id, cast(response as text) from attempt_answer where attempt_id = ?1 and response is not null")
                .setParameter(1, attemptId).getResultList();
        Map<Long, Response> map = new HashMap<>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(), read((String) r[1])));
        return map;
    }

    private Map<Long, Object[]> gradeRows(long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select question_id, status, points, cast(feedback as text) from attempt_answer where attempt_id = ?1")
                .setParameter(1, attemptId).getResultList();
        Map<Long, Object[]> map = new HashMap<>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(), new Object[] {r[1], r[2], r[3]}));
        return map;
    }

    private boolean showAnswers(Quiz quiz, QuizAttempt a, long userId) {
        ReviewPolicy policy = quiz.settings.review();
        return switch (policy) {
            case NEVER -> false;
            case AFTER_SUBMIT -> true;
            case AFTER_CLOSE -> quiz.closesAt != null ? !clock.instant().isBefore(quiz.closesAt)
                    : quizzes.noAttemptsLeft(quiz, userId);
        };
    }

    /** The right answer in words, for the review. */
    static String rightAnswer(Question q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> q.choices().stream().filter(c -> c.fraction() > 0)
                    .map(Question.Choice::text).collect(Collectors.joining("; "));
            case TRUE_FALSE -> Boolean.TRUE.equals(q.truth()) ? "Benar" : "Salah";
            case SHORT_ANSWER -> q.textAnswers().stream().filter(t -> t.fraction() >= 1 && !t.regex())
                    .map(Question.TextAnswer::text).collect(Collectors.joining(" / "));
            case NUMERIC -> q.numericAnswers().stream().filter(n -> n.fraction() >= 1)
                    .map(n -> n.tolerance() > 0 ? fmt(n.value()) + " ± " + fmt(n.tolerance()) : fmt(n.value()))
                    .collect(Collectors.joining(" / "));
            case MATCHING -> q.pairs().stream().map(p -> p.prompt() + " → " + p.answer()).collect(Collectors.joining("; "));
            case ESSAY -> null;
        };
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The ids an attempt shows a choice question's options with, by authored option id: {@code q<question>-<k>}, where
     * k (1, 2, …) is the option's place in the attempt's own shuffled order of the question's options
     * ({@link QuestionDraw#optionPermutation}). With shuffled options the page lists them as q12-1, q12-2, q12-3 top
     * to bottom, whichever option stands where, so an id carries nothing about the authored order (where the right
     * option usually comes first); the server maps it back. The question prefix lets an option of another question be
     * recognised as such.
     */
    static Map<String, String> shownOptionIds(long seed, long questionId, Question q) {
        List<String> order = new QuestionDraw().optionPermutation(q, seed);
        Map<String, String> shown = new LinkedHashMap<>();
        for (int k = 0; k < order.size(); k++) {
            shown.put(order.get(k), ref(questionId) + "-" + (k + 1));
        }
        return shown;
    }

    static String ref(long questionId) {
        return "q" + questionId;
    }

    static Long parseRef(String ref) {
        if (ref == null || !ref.matches("q\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(ref.substring(1));
    }

    private QuizAttempt own(long userId, long attemptId) {
        QuizAttempt a = QuizAttempt.findById(attemptId);
        if (a == null || a.userId != userId) {
            throw notFound();
        }
        return a;
    }

    private static DomainException notFound() {
        return new DomainException(404, "ATTEMPT_NOT_FOUND", "Percobaan kuis tidak ditemukan.", null);
    }

    private static DomainException invalidAnswer(String message) {
        return new DomainException(422, "INVALID_ANSWER", message, Map.of("jawaban", message));
    }

    private static DomainException refusal(Refusal r) {
        return new DomainException(409, r.name(), r.message, null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response read(String text) {
        try {
            return json.readValue(text, Response.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> readList(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
