package id.gcio.academy.learning;

import id.gcio.academy.catalog.CatalogService;
import id.gcio.academy.catalog.CatalogService.CourseRef;
import id.gcio.academy.catalog.CatalogService.LessonItem;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.quiz.QuizEvents.QuizPassed;
import id.gcio.academy.quiz.QuizRules;
import id.gcio.academy.quiz.QuizService;
import id.gcio.academy.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enrolment and progress. A course's progress is the share of its active lessons marked done; the course is
 * complete, with its completion time recorded once, when every active lesson is done and, if the course has a quiz,
 * the quiz is passed. The caller is always the learner themself: there is no way to write someone else's progress.
 */
@ApplicationScoped
public class LearningService {

    /** A learner's progress in one course. */
    public record Progress(long courseId, String courseSlug, String titleId, String titleEn, boolean enrolled,
            Instant enrolledAt, int lessonsDone, int lessonsTotal, int percent, Instant completedAt,
            Set<Long> doneLessonIds, boolean quizRequired, boolean quizPassed) {

        public boolean lessonsComplete() {
            return lessonsTotal > 0 && lessonsDone == lessonsTotal;
        }

        public boolean complete() {
            return completedAt != null;
        }

        public boolean isDone(long lessonId) {
            return doneLessonIds.contains(lessonId);
        }
    }

    /** The progress after marking a lesson done, and whether that lesson completed the course. */
    public record MarkDone(Progress progress, boolean courseCompleted) {
    }

    /** A dashboard row: progress and the lesson to continue with. */
    public record DashboardEntry(Progress progress, LessonItem nextLesson) {
    }

    @Inject
    CatalogService catalog;

    @Inject
    QuizService quizzes;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<CourseCompleted> completed;

    /** Self-enrolment; enrolling twice is harmless. */
    @Transactional
    public Progress enrol(long userId, String courseSlug) {
        CourseRef course = catalog.courseRef(courseSlug);
        ensureEnrolment(userId, course.id(), "self");
        return computeProgress(userId, course);
    }

    /** Marks a lesson of a course as done (enrolling when needed) and returns the new progress. */
    @Transactional
    public MarkDone markDone(long userId, String courseSlug, String lessonSlug) {
        long lessonId = catalog.activeLessonId(courseSlug, lessonSlug);
        CourseRef course = catalog.courseRef(courseSlug);
        Enrolment enrolment = ensureEnrolment(userId, course.id(), "self");
        em.createNativeQuery("""
                insert into lesson_progress (enrolment_id, lesson_id, completed_at) values (?1, ?2, ?3)
                on conflict (enrolment_id, lesson_id) do nothing""")
                .setParameter(1, enrolment.id).setParameter(2, lessonId).setParameter(3, clock.instant())
                .executeUpdate();
        return completeIfDone(enrolment, userId, course);
    }

    /** A quiz was passed: the course may now be complete. */
    @Transactional
    void onQuizPassed(@Observes QuizPassed event) {
        CourseRef course = catalog.courseRefs(List.of(event.courseId())).get(0);
        Enrolment enrolment = ensureEnrolment(event.userId(), course.id(), "self");
        completeIfDone(enrolment, event.userId(), course);
    }

    /**
     * Completes the course when every lesson is done (and its quiz passed). The enrolment row is locked first: two
     * last lessons marked at once would otherwise each count without the other's uncommitted row, and neither would
     * complete the course.
     */
    private MarkDone completeIfDone(Enrolment enrolment, long userId, CourseRef course) {
        em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        Progress progress = computeProgress(userId, course);
        boolean completedNow = false;
        if (progress.lessonsComplete() && (!progress.quizRequired() || progress.quizPassed())
                && enrolment.completedAt == null) {
            enrolment.completedAt = clock.instant();
            completedNow = true;
            completed.fire(new CourseCompleted(userId, course.slug()));
            progress = computeProgress(userId, course);
        }
        return new MarkDone(progress, completedNow);
    }

    /** Progress in a course (read-only, no transaction needed). */
    public Progress progress(long userId, String courseSlug) {
        return progress(userId, catalog.courseRef(courseSlug));
    }

    /**
     * Progress in a course the caller has already looked up (saves reading the course again), for showing: the quiz's
     * pass rules come from a read model ({@link QuizService#pageRule}).
     */
    public Progress progress(long userId, CourseRef course) {
        return pageProgress(userId, course).progress();
    }

    /**
     * The signed-in reader's {@link #progress(long, CourseRef)}, read in one query with their display name, which is
     * handed to {@code reader} for the page header: a signed-in course or lesson page asks the database once about its
     * reader.
     */
    public Progress readerProgress(CurrentUser reader, CourseRef course) {
        PageProgress read = pageProgress(reader.id(), course);
        reader.knowDisplayName(read.readerName());
        return read.progress();
    }

    private record PageProgress(Progress progress, String readerName) {
    }

    private PageProgress pageProgress(long userId, CourseRef course) {
        Optional<QuizRules.Rule> rule = quizzes.pageRule(course.id());
        // the aggregate always gives one row, so the cross join keeps the user's rows; quiz id 0 matches no attempt
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.display_name, e.enrolled_at, e.completed_at, p.lesson_id, q.percents
                from app_user u
                left join enrolment e on e.user_id = u.id and e.course_id = ?2
                left join lesson_progress p on p.enrolment_id = e.id
                cross join (select string_agg(cast(a.percent as text), ',' order by a.attempt_no) as percents
                            from quiz_attempt a
                            where a.user_id = ?1 and a.quiz_id = ?3 and a.state = 'GRADED' and a.percent is not null) q
                where u.id = ?1""")
                .setParameter(1, userId).setParameter(2, course.id())
                .setParameter(3, rule.map(QuizRules.Rule::quizId).orElse(0L)).getResultList();
        Object[] first = rows.isEmpty() ? new Object[5] : rows.get(0);
        boolean enrolled = first[1] != null;
        List<Double> percents = first[4] == null ? List.of()
                : Arrays.stream(((String) first[4]).split(",")).map(Double::valueOf).toList();
        Progress progress = toProgress(course, enrolled, first[1], first[2], rows, 3,
                QuizService.courseQuiz(rule, enrolled, percents));
        return new PageProgress(progress, (String) first[0]);
    }

    /**
     * The learner's courses with progress, in course order, as {@link #progress(long, CourseRef)} gives them but read
     * together: the enrolments with their lessons done in one query, the graded attempts in another (only when a course
     * has a quiz), whatever the number of courses.
     */
    public List<DashboardEntry> dashboard(long userId, String lang) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.course_id, e.enrolled_at, e.completed_at, p.lesson_id
                from enrolment e left join lesson_progress p on p.enrolment_id = e.id
                where e.user_id = ?1""")
                .setParameter(1, userId).getResultList();
        Map<Long, List<Object[]>> byCourse = new HashMap<>();
        rows.forEach(r -> byCourse.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r));
        List<CourseRef> courses = catalog.courseRefs(List.copyOf(byCourse.keySet()));
        Map<Long, Optional<QuizRules.Rule>> rules = new HashMap<>();
        courses.forEach(c -> rules.put(c.id(), quizzes.pageRule(c.id())));
        Map<Long, List<Double>> percents = rules.values().stream().anyMatch(Optional::isPresent)
                ? QuizService.gradedPercentsByQuiz(userId) : Map.of();
        return courses.stream().map(c -> {
            List<Object[]> mine = byCourse.get(c.id());
            Optional<QuizRules.Rule> rule = rules.get(c.id());
            List<Double> graded = rule.map(r -> percents.getOrDefault(r.quizId(), List.of())).orElse(List.of());
            Progress p = toProgress(c, true, mine.get(0)[1], mine.get(0)[2], mine, 3, QuizService.courseQuiz(rule, true, graded));
            LessonItem next = catalog.lessonItems(c.id(), lang).stream()
                    .filter(l -> !p.isDone(l.id())).findFirst().orElse(null);
            return new DashboardEntry(p, next);
        }).toList();
    }

    /** A learner's standing in one course, for cohort reports. */
    public record CourseStatus(int percent, Instant completedAt) {
    }

    /**
     * Enrols a learner in the courses of their cohort's learning path (source "cohort"); courses they are already in
     * are left as they are, and nothing is ever un-enrolled (progress is never lost when a path changes).
     */
    @Transactional
    public void enrolInPath(long userId, Collection<String> courseSlugs) {
        for (String slug : courseSlugs) {
            Long courseId = catalog.activeCourseId(slug).orElse(null);
            if (courseId != null) {
                ensureEnrolment(userId, courseId, "cohort");
            }
        }
    }

    /** Progress of many learners in some courses in one query: user id → course slug → status (enrolled only). */
    @Transactional
    public Map<Long, Map<String, CourseStatus>> courseStatuses(Collection<Long> userIds, Collection<String> courseSlugs) {
        Map<Long, Map<String, CourseStatus>> result = new HashMap<>();
        if (userIds.isEmpty() || courseSlugs.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.user_id, c.slug, e.completed_at,
                       (select count(*) from lesson_progress p join lesson l on l.id = p.lesson_id
                         where p.enrolment_id = e.id and l.archived_at is null),
                       (select count(*) from lesson l where l.course_id = c.id and l.archived_at is null)
                from enrolment e join course c on c.id = e.course_id
                where e.user_id = any(cast(?1 as bigint[])) and c.slug = any(cast(?2 as text[]))""")
                .setParameter(1, userIds.toArray(Long[]::new)).setParameter(2, courseSlugs.toArray(String[]::new))
                .getResultList();
        for (Object[] r : rows) {
            long done = ((Number) r[3]).longValue();
            long total = ((Number) r[4]).longValue();
            int percent = total == 0 ? 0 : (int) Math.floor(done * 100.0 / total);
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .put((String) r[1], new CourseStatus(percent, Timestamps.of(r[2])));
        }
        return result;
    }

    private Enrolment ensureEnrolment(long userId, long courseId, String source) {
        em.createNativeQuery("""
                insert into enrolment (user_id, course_id, source, enrolled_at) values (?1, ?2, ?3, ?4)
                on conflict (user_id, course_id) do nothing""")
                .setParameter(1, userId).setParameter(2, courseId).setParameter(3, source).setParameter(4, clock.instant())
                .executeUpdate();
        return Enrolment.findByUserAndCourse(userId, courseId).orElseThrow();
    }

    /**
     * The enrolment (if any) with the lessons done, in one query, and the quiz standing with the quiz's rules read now:
     * for writes (pages use {@link #pageProgress}).
     */
    private Progress computeProgress(long userId, CourseRef course) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.enrolled_at, e.completed_at, p.lesson_id
                from enrolment e left join lesson_progress p on p.enrolment_id = e.id
                where e.user_id = ?1 and e.course_id = ?2""")
                .setParameter(1, userId).setParameter(2, course.id()).getResultList();
        boolean enrolled = !rows.isEmpty();
        return toProgress(course, enrolled, enrolled ? rows.get(0)[0] : null, enrolled ? rows.get(0)[1] : null, rows, 2,
                quizzes.courseQuiz(userId, course.id(), enrolled));
    }

    /** Progress from the enrolment's times and the rows' done lesson ids (column {@code lessonColumn}, null for none). */
    private static Progress toProgress(CourseRef course, boolean enrolled, Object enrolledAt, Object completedAt,
            List<Object[]> rows, int lessonColumn, QuizService.CourseQuiz quiz) {
        Set<Long> done = new HashSet<>();
        for (Object[] row : rows) {
            if (row[lessonColumn] != null) {
                done.add(((Number) row[lessonColumn]).longValue());
            }
        }
        done.retainAll(new HashSet<>(course.activeLessonIds()));
        int total = course.activeLessonIds().size();
        int percent = total == 0 ? 0 : (int) Math.floor(done.size() * 100.0 / total);
        return new Progress(course.id(), course.slug(), course.titleId(), course.titleEn(), enrolled,
                enrolled ? Timestamps.of(enrolledAt) : null, done.size(), total, percent,
                enrolled ? Timestamps.of(completedAt) : null, Set.copyOf(done), quiz.required(), quiz.passed());
    }

}
