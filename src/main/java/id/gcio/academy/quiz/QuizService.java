package id.gcio.academy.quiz;

import id.gcio.academy.catalog.CatalogService;
import id.gcio.academy.catalog.CatalogService.CourseRef;
import id.gcio.academy.identity.UserService;
import id.gcio.academy.identity.UserService.UserSummary;
import id.gcio.academy.learning.LearningService;
import id.gcio.academy.quiz.AttemptViews.AttemptSummary;
import id.gcio.academy.quiz.QuestionStatistics.AttemptScores;
import id.gcio.academy.quiz.QuestionStatistics.QuestionScore;
import id.gcio.academy.quiz.QuestionStatistics.QuizStats;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;

/**
 * The quiz feature's facade: which course has a quiz, a learner's standing in it (attempts left, final score,
 * passed), overrides granted by trainers, and the trainer's reports. Other features call this, never the tables.
 */
@ApplicationScoped
public class QuizService {

    /** Samarinda's time zone, used when a time is written into a message. */
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** A quiz as the intro page shows it, with its course's titles for the way back. */
    public record QuizInfo(long id, long courseId, String courseSlug, String courseTitleId, String courseTitleEn,
            String titleId, String titleEn, QuizSettings settings, Instant opensAt, Instant closesAt, int questionCount,
            int bankSize) {

        public Long timeLimitMinutes() {
            return settings.timeLimit() == null ? null : settings.timeLimit().toMinutes();
        }
    }

    /** A learner's standing in a quiz. */
    public record Standing(QuizInfo quiz, List<AttemptSummary> attempts, int attemptsAllowed, Double finalPercent,
            boolean passed, AttemptSummary inProgress, String cannotStart, int extraMinutes) {

        public Integer attemptsLeft() {
            return attemptsAllowed == 0 ? null : Math.max(0, attemptsAllowed - attempts.size());
        }
    }

    /** One attempt in the trainer's list. */
    public record AttemptRow(long attemptId, long userId, String name, String nip, String opd, int number,
            AttemptState state, Instant startedAt, Instant submittedAt, Double points, double maxPoints, Double percent,
            Boolean passed) {
    }

    /** An override as listed for trainers. */
    public record OverrideRow(long userId, String name, String nip, int extraMinutes, int extraAttempts, String reason,
            Instant setAt) {
    }

    @Inject
    CatalogService catalog;

    @Inject
    LearningService learning;

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QuizRules rules;

    @Inject
    QuestionCache questions;

    @Inject
    id.gcio.academy.cohort.MembershipService memberships;

    /**
     * Who looks at a quiz's attempts and extra time: an admin sees every learner; a trainer the learners of the cohorts
     * an admin assigned them to (as for cohorts and grading).
     */
    public record Viewer(long userId, boolean admin) {
    }

    /** The learners a viewer may see, or null for all. */
    private Set<Long> learnersInScope(Viewer viewer) {
        return viewer.admin() ? null : memberships.learnersOfTrainer(viewer.userId());
    }

    /** The active quiz of an active course, or 404. */
    public Quiz requireQuiz(String courseSlug) {
        return requireQuiz(catalog.courseRef(courseSlug));
    }

    private static Quiz requireQuiz(CourseRef course) {
        return Quiz.findActiveByCourse(course.id())
                .orElseThrow(() -> DomainException.notFound("Kursus ini tidak memiliki kuis.",
                        "This course has no quiz."));
    }

    /** The quiz of a course, if it has one. */
    @Transactional
    public Optional<QuizInfo> find(String courseSlug) {
        CourseRef course = catalog.courseRef(courseSlug);
        return Quiz.findActiveByCourse(course.id()).map(q -> info(q, course));
    }

    /** Whether a course has a quiz, and whether the learner's result passes it. */
    public record CourseQuiz(boolean required, boolean passed) {
    }

    /**
     * The quiz standing that course completion depends on; {@code askPassed} false skips the attempts query. Every
     * course and lesson page asks this, so it reads only what it needs and joins the caller's transaction, if any,
     * rather than opening one.
     */
    public CourseQuiz courseQuiz(long userId, long courseId, boolean askPassed) {
        return courseQuiz(userId, Quiz.findActiveByCourse(courseId).map(q -> new QuizRules.Rule(q.id, q.settings)), askPassed);
    }

    /** The pass rules of a course's quiz for a page, from the read model ({@link QuizRules}); empty without a quiz. */
    public Optional<QuizRules.Rule> pageRule(long courseId) {
        return rules.activeRule(courseId);
    }

    /** A learner's graded percentages at every quiz, oldest first per quiz, for a page listing several courses. */
    public static Map<Long, List<Double>> gradedPercentsByQuiz(long userId) {
        return QuizAttempt.gradedPercentsByQuiz(userId);
    }

    /**
     * {@link #courseQuiz} from graded percentages the caller has already read (oldest first), for a page that reads them
     * in its own query; {@code gradedPercents} is ignored unless {@code askPassed}.
     */
    public static CourseQuiz courseQuiz(Optional<QuizRules.Rule> quiz, boolean askPassed, List<Double> gradedPercents) {
        return quiz.map(r -> new CourseQuiz(true, askPassed && passes(r.settings(), gradedPercents)))
                .orElse(new CourseQuiz(false, false));
    }

    private static CourseQuiz courseQuiz(long userId, Optional<QuizRules.Rule> quiz, boolean askPassed) {
        List<Double> graded = quiz.isPresent() && askPassed ? QuizAttempt.gradedPercents(userId, quiz.get().quizId()) : List.of();
        return courseQuiz(quiz, askPassed, graded);
    }

    /** The learner's standing: attempts, final score by the grading method, whether they can start and why not. */
    @Transactional
    public Standing standing(long userId, String courseSlug) {
        CourseRef course = catalog.courseRef(courseSlug);
        Quiz quiz = requireQuiz(course);
        QuizInfo info = info(quiz, course);
        List<QuizAttempt> attempts = QuizAttempt.listByUserAndQuiz(userId, quiz.id);
        QuizOverride override = QuizOverride.findFor(quiz.id, userId).orElse(null);
        int allowed = attemptsAllowed(quiz, override);
        OptionalDouble finalPercent = finalPercent(quiz, attempts);
        AttemptSummary inProgress = attempts.stream().filter(a -> a.state == AttemptState.IN_PROGRESS)
                .map(AttemptService::summary).findFirst().orElse(null);
        Instant now = clock.instant();
        String cannot = null;
        if (inProgress == null) {
            if (quiz.opensAt != null && now.isBefore(quiz.opensAt)) {
                cannot = "Kuis dibuka pada " + wita(quiz.opensAt) + ".";
            } else if (quiz.closesAt != null && !now.isBefore(quiz.closesAt)) {
                cannot = "Kuis sudah ditutup pada " + wita(quiz.closesAt) + ".";
            } else if (allowed > 0 && attempts.size() >= allowed) {
                cannot = "Kesempatan mengerjakan kuis ini sudah habis (" + allowed + " kali).";
            }
        }
        return new Standing(info, attempts.stream().map(AttemptService::summary).toList(), allowed,
                finalPercent.isPresent() ? finalPercent.getAsDouble() : null,
                finalPercent.isPresent() && quiz.settings.passes(finalPercent.getAsDouble()), inProgress, cannot,
                override == null ? 0 : override.extraMinutes);
    }

    /**
     * Grants a learner extra time (for attempts started from now on) and/or extra attempts, replacing an earlier
     * grant; the reason is kept. Trainers and admins only (checked by the caller's role).
     */
    @Transactional
    public OverrideRow setOverride(String courseSlug, String learner, int extraMinutes, int extraAttempts, String reason,
            Viewer viewer) {
        Quiz quiz = requireQuiz(courseSlug);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<UserSummary> user = Optional.empty();
        try {
            user = users.findByNipOrEmail(learner, "peserta");
            Set<Long> scope = learnersInScope(viewer);
            if (user.isEmpty()) {
                errors.put("peserta", "Peserta dengan NIP atau e-mail itu tidak ditemukan.");
            } else if (scope != null && !scope.contains(user.get().id())) {
                errors.put("peserta", "Peserta ini tidak ada di angkatan yang Anda latih.");
            }
        } catch (DomainException ambiguous) {
            errors.putAll(ambiguous.fieldErrors());
        }
        if (extraMinutes < 0 || extraMinutes > 1440) {
            errors.put("tambahanMenit", "Tambahan waktu harus antara 0 dan 1440 menit.");
        }
        if (extraAttempts < 0 || extraAttempts > 20) {
            errors.put("tambahanPercobaan", "Tambahan percobaan harus antara 0 dan 20.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            errors.put("alasan", "Tuliskan alasan (maksimal 500 karakter).");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        UserSummary u = user.get();
        QuizOverride o = QuizOverride.findFor(quiz.id, u.id()).orElseGet(QuizOverride::new);
        o.quizId = quiz.id;
        o.userId = u.id();
        o.extraMinutes = extraMinutes;
        o.extraAttempts = extraAttempts;
        o.reason = reason.strip();
        o.setBy = viewer.userId();
        o.setAt = clock.instant();
        if (o.id == null) {
            o.persist();
        }
        return new OverrideRow(u.id(), u.name(), u.nip(), o.extraMinutes, o.extraAttempts, o.reason, o.setAt);
    }

    /** The overrides of a quiz the viewer may see (see {@link Viewer}). */
    @Transactional
    public List<OverrideRow> overrides(String courseSlug, Viewer viewer) {
        Quiz quiz = requireQuiz(courseSlug);
        Set<Long> scope = learnersInScope(viewer);
        List<QuizOverride> list = QuizOverride.<QuizOverride>list("quizId = ?1 order by setAt desc", quiz.id).stream()
                .filter(o -> scope == null || scope.contains(o.userId)).toList();
        Map<Long, UserSummary> names = users.summaries(list.stream().map(o -> o.userId).toList());
        return list.stream().map(o -> {
            UserSummary u = names.get(o.userId);
            return new OverrideRow(o.userId, u == null ? "?" : u.name(), u == null ? null : u.nip(), o.extraMinutes,
                    o.extraAttempts, o.reason, o.setAt);
        }).toList();
    }

    /** The attempts at a course's quiz the viewer may see (see {@link Viewer}), newest first, with who made them. */
    @Transactional
    public List<AttemptRow> attemptRows(String courseSlug, Viewer viewer) {
        Quiz quiz = requireQuiz(courseSlug);
        Set<Long> scope = learnersInScope(viewer);
        List<QuizAttempt> list = QuizAttempt.<QuizAttempt>list("quizId = ?1 order by startedAt desc", quiz.id).stream()
                .filter(a -> scope == null || scope.contains(a.userId)).toList();
        Map<Long, UserSummary> names = users.summaries(list.stream().map(a -> a.userId).distinct().toList());
        return list.stream().map(a -> {
            UserSummary u = names.get(a.userId);
            return new AttemptRow(a.id, a.userId, u == null ? "?" : u.name(), u == null ? null : u.nip(),
                    u == null ? null : u.opd(), a.attemptNo, a.state, a.startedAt, a.submittedAt, a.points, a.maxPoints,
                    a.percent, a.passed);
        }).toList();
    }

    /** Item analysis over the graded attempts of a course's quiz, by question key. */
    @Transactional
    public QuizStats statistics(String courseSlug) {
        Quiz quiz = requireQuiz(courseSlug);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.points, a.max_points, q.qkey, q.points, aa.points
                from quiz_attempt a
                join attempt_answer aa on aa.attempt_id = a.id
                join quiz_question q on q.id = aa.question_id
                where a.quiz_id = ?1 and a.state = 'GRADED'
                order by a.id""").setParameter(1, quiz.id).getResultList();
        Map<Long, AttemptScores> byAttempt = new LinkedHashMap<>();
        Map<Long, Map<String, QuestionScore>> perQuestion = new HashMap<>();
        Map<Long, double[]> totals = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            totals.putIfAbsent(id, new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()});
            perQuestion.computeIfAbsent(id, k -> new LinkedHashMap<>()).put((String) r[3],
                    new QuestionScore(r[5] == null ? null : ((Number) r[5]).doubleValue(), ((Number) r[4]).doubleValue()));
        }
        for (Map.Entry<Long, Map<String, QuestionScore>> e : perQuestion.entrySet()) {
            double[] t = totals.get(e.getKey());
            byAttempt.put(e.getKey(), new AttemptScores(t[0], t[1], e.getValue()));
        }
        return QuestionStatistics.compute(new ArrayList<>(byAttempt.values()));
    }

    /** Question texts by key, for the statistics table. */
    @Transactional
    public Map<String, String> questionTitles(String courseSlug) {
        Quiz quiz = requireQuiz(courseSlug);
        Map<String, String> titles = new LinkedHashMap<>();
        QuizQuestion.<QuizQuestion>list("quizId = ?1 order by id", quiz.id).forEach(q -> {
            String text = q.definition.text();
            titles.put(q.qkey, text.length() > 140 ? text.substring(0, 137) + "…" : text);
        });
        return titles;
    }

    /** The active quizzes with their course slugs, for the trainer's list. */
    @Transactional
    public List<QuizInfo> listQuizzes() {
        List<QuizInfo> list = new ArrayList<>();
        for (Quiz q : Quiz.<Quiz>list("archivedAt is null order by courseId")) {
            catalog.courseRefs(List.of(q.courseId)).stream().findFirst().ifPresent(c -> list.add(info(q, c)));
        }
        return list;
    }

    // ------------------------------------------------------------------ for AttemptService

    int attemptsAllowed(Quiz quiz, QuizOverride override) {
        int max = quiz.settings.maxAttempts();
        return max == 0 ? 0 : max + (override == null ? 0 : override.extraAttempts);
    }

    /** A learner's final quiz result in a course by the quiz's grading method, for gradebooks. */
    public record QuizResult(double percent, boolean passed) {
    }

    /**
     * Final results of these learners in a course's quiz (one query); learners without a graded attempt, and courses
     * without a quiz, are absent.
     */
    @Transactional
    public Map<Long, QuizResult> results(String courseSlug, java.util.Collection<Long> userIds) {
        Map<Long, QuizResult> map = new java.util.HashMap<>();
        Optional<Quiz> quiz = catalog.activeCourseId(courseSlug).flatMap(Quiz::findActiveByCourse);
        if (quiz.isEmpty() || userIds.isEmpty()) {
            return map;
        }
        Map<Long, List<QuizAttempt>> byUser = QuizAttempt.<QuizAttempt>list(
                "quizId = ?1 and userId in ?2 and state = ?3 order by attemptNo", quiz.get().id, userIds, AttemptState.GRADED)
                .stream().collect(java.util.stream.Collectors.groupingBy(a -> a.userId));
        byUser.forEach((user, attempts) -> {
            OptionalDouble p = finalPercent(quiz.get(), attempts);
            if (p.isPresent()) {
                map.put(user, new QuizResult(p.getAsDouble(), quiz.get().settings.passes(p.getAsDouble())));
            }
        });
        return map;
    }

    /**
     * Whether the learner is done with the quiz: every allowed attempt used and none still open (the keys an
     * {@code after-close} review shows must not reach an attempt in progress, the last one included).
     */
    boolean noAttemptsLeft(Quiz quiz, long userId) {
        int allowed = attemptsAllowed(quiz, QuizOverride.findFor(quiz.id, userId).orElse(null));
        return allowed > 0 && QuizAttempt.count("quizId = ?1 and userId = ?2", quiz.id, userId) >= allowed
                && QuizAttempt.count("quizId = ?1 and userId = ?2 and state = ?3", quiz.id, userId,
                        AttemptState.IN_PROGRESS) == 0;
    }

    /** The attempts a learner may still start; null when unlimited. */
    Integer attemptsLeft(Quiz quiz, long userId) {
        int allowed = attemptsAllowed(quiz, QuizOverride.findFor(quiz.id, userId).orElse(null));
        return allowed == 0 ? null : (int) Math.max(0, allowed - QuizAttempt.count("quizId = ?1 and userId = ?2", quiz.id, userId));
    }

    boolean passed(long userId, Quiz quiz) {
        return passes(quiz.settings, QuizAttempt.gradedPercents(userId, quiz.id));
    }

    private static boolean passes(QuizSettings settings, List<Double> gradedPercents) {
        OptionalDouble p = settings.finalPercent(gradedPercents);
        return p.isPresent() && settings.passes(p.getAsDouble());
    }

    void ensureEnrolled(long userId, String courseSlug) {
        learning.enrol(userId, courseSlug);
    }

    String courseSlug(Quiz quiz) {
        return catalog.courseRefs(List.of(quiz.courseId)).get(0).slug();
    }

    private static OptionalDouble finalPercent(Quiz quiz, List<QuizAttempt> attempts) {
        List<Double> graded = attempts.stream().filter(a -> a.state == AttemptState.GRADED && a.percent != null)
                .map(a -> a.percent).toList();
        return quiz.settings.finalPercent(graded);
    }

    private QuizInfo info(Quiz q, CourseRef course) {
        int questionCount = q.settings.draws().isEmpty()
                ? (int) QuizQuestion.count("quizId = ?1 and archivedAt is null", q.id)
                : q.settings.draws().stream().mapToInt(QuizSettings.Draw::count).sum();
        int bank = (int) QuizQuestion.count("quizId = ?1 and archivedAt is null", q.id);
        return new QuizInfo(q.id, q.courseId, course.slug(), course.titleId(), course.titleEn(), q.titleId, q.titleEn,
                q.settings, q.opensAt, q.closesAt, questionCount, bank);
    }

    private static final DateTimeFormatter CLOCK_TEXT = DateTimeFormatter.ofPattern("HH.mm.ss").withZone(WITA);

    /** A time of day in WITA, for "saved at 21.40.05". */
    public static String time(Instant instant) {
        return CLOCK_TEXT.format(instant);
    }

    /** A time as written in messages: {@code 23-11-2026 21.40 WITA}. */
    public static String wita(Instant instant) {
        return id.gcio.academy.web.Timestamps.wita(instant);
    }
}
