package id.gcio.academy.catalog;

import id.gcio.academy.web.DomainException;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's public facade: courses and lessons in the reader's language. Other features call this, not the
 * tables. Read-only: its queries run without a JTA transaction (Hibernate's request-scoped session), and the page
 * read models are cached per instance for a short time (cache "catalog", cleared by every sync); content is written
 * only by {@link ContentSyncService}, and writes elsewhere check the database, never the cache.
 */
@ApplicationScoped
public class CatalogService {

    static final String CACHE = "catalog";

    @Inject
    @CacheName(CACHE)
    Cache cache;

    /**
     * Clears this instance's read models once a sync has committed. Not before: a page read while the sync runs
     * would put the old rows back into the cache, to be served until they expire.
     */
    void onContentSynced(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentSynced event) {
        cache.invalidateAll().await().indefinitely();
    }

    /** A course in a list. */
    public record CourseSummary(long id, String slug, String title, String summary, int hours, int lessonCount,
            int minutes, List<String> spbeDomains) {
    }

    /** A lesson in a course's table of contents. */
    public record LessonItem(long id, String slug, int position, String title, int minutes) {
    }

    /** Everything the course page shows; {@code ref} lets learning compute progress without reading again. */
    public record CourseDetail(CourseSummary course, List<String> objectives, List<ContentSource> sources,
            List<LessonItem> lessons, CourseRef ref) {
    }

    /** Everything the lesson page shows. */
    public record LessonView(long courseId, String courseSlug, String courseTitle, LessonItem lesson, String bodyHtml,
            boolean translated, LessonItem previous, LessonItem next, int total, CourseRef ref) {
    }

    /** The ids other features need to record learning against a course. */
    public record CourseRef(long id, String slug, String titleId, String titleEn, List<Long> activeLessonIds) {
    }

    @CacheResult(cacheName = CACHE)
    public List<CourseSummary> listCourses(String lang) {
        return Course.listActive().stream().map(c -> summary(c, Lesson.listActiveRows(c.id), lang)).toList();
    }

    @CacheResult(cacheName = CACHE)
    public Optional<CourseDetail> findCourse(String slug, String lang) {
        return Course.findActiveBySlug(slug).map(c -> {
            List<LessonRow> lessons = Lesson.listActiveRows(c.id);
            boolean en = "en".equals(lang);
            List<String> objectives = en && !c.objectivesEn.isEmpty() ? c.objectivesEn : c.objectivesId;
            return new CourseDetail(summary(c, lessons, lang), List.copyOf(objectives), List.copyOf(c.sources),
                    items(lessons, lang), ref(c.id, c.slug, c.titleId, c.titleEn, lessons));
        });
    }

    @CacheResult(cacheName = CACHE)
    public Optional<LessonView> findLesson(String courseSlug, String lessonSlug, String lang) {
        List<Object[]> heads = Course.getEntityManager().createQuery(
                "select c.id, c.slug, c.titleId, c.titleEn from Course c where c.slug = ?1 and c.archivedAt is null", Object[].class)
                .setParameter(1, courseSlug).getResultList();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = heads.get(0);
        long courseId = (Long) c[0];
        List<LessonRow> lessons = Lesson.listActiveRows(courseId);
        boolean en = "en".equals(lang);
        for (int i = 0; i < lessons.size(); i++) {
            LessonRow l = lessons.get(i);
            if (l.slug().equals(lessonSlug)) {
                Object[] body = Lesson.getEntityManager().createQuery(
                        "select l.bodyHtmlId, l.bodyHtmlEn from Lesson l where l.id = ?1", Object[].class)
                        .setParameter(1, l.id()).getSingleResult();
                List<LessonItem> items = items(lessons, lang);
                boolean translated = en && body[1] != null;
                CourseRef ref = ref(courseId, (String) c[1], (String) c[2], (String) c[3], lessons);
                return Optional.of(new LessonView(courseId, (String) c[1], (String) (en ? c[3] : c[2]), items.get(i),
                        (String) (translated ? body[1] : body[0]), translated || !en,
                        i > 0 ? items.get(i - 1) : null, i + 1 < items.size() ? items.get(i + 1) : null, items.size(), ref));
            }
        }
        return Optional.empty();
    }

    /** The course and its active lessons, or 404 when there is no such active course. */
    public CourseRef courseRef(String slug) {
        Course c = Course.findActiveBySlug(slug).orElseThrow(() -> DomainException.notFound("Kursus tidak ditemukan.",
                "Course not found."));
        return ref(c.id, c.slug, c.titleId, c.titleEn, Lesson.listActiveRows(c.id));
    }

    /** The active lesson {@code lessonSlug} of the active course {@code courseSlug}, or 404. */
    public long activeLessonId(String courseSlug, String lessonSlug) {
        Course c = Course.findActiveBySlug(courseSlug)
                .orElseThrow(() -> DomainException.notFound("Kursus tidak ditemukan.", "Course not found."));
        return Lesson.findActive(c, lessonSlug).orElseThrow(() -> DomainException.notFound("Pelajaran tidak ditemukan.",
                "Lesson not found.")).id;
    }

    /** The id of an active course, if there is one with that slug (no exception: for paths that name courses). */
    public java.util.Optional<Long> activeCourseId(String slug) {
        return Course.findActiveBySlug(slug).map(c -> c.id);
    }

    /** Course references by id, for dashboards; archived courses included so history stays visible. */
    public List<CourseRef> courseRefs(List<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        List<Course> courses = Course.list("id in ?1 order by sortOrder, slug", courseIds);
        Map<Long, List<Long>> lessons = Lesson.activeIdsByCourse(courseIds);
        return courses.stream()
                .map(c -> new CourseRef(c.id, c.slug, c.titleId, c.titleEn, List.copyOf(lessons.getOrDefault(c.id, List.of()))))
                .toList();
    }

    /** The title and slug of active lessons by id, in course order, for "continue where you left off". */
    @CacheResult(cacheName = CACHE)
    public List<LessonItem> lessonItems(long courseId, String lang) {
        return items(Lesson.listActiveRows(courseId), lang);
    }

    private static CourseRef ref(long id, String slug, String titleId, String titleEn, List<LessonRow> lessons) {
        return new CourseRef(id, slug, titleId, titleEn, lessons.stream().map(LessonRow::id).toList());
    }

    private static CourseSummary summary(Course c, List<LessonRow> lessons, String lang) {
        boolean en = "en".equals(lang);
        int minutes = lessons.stream().mapToInt(LessonRow::minutes).sum();
        return new CourseSummary(c.id, c.slug, en ? c.titleEn : c.titleId, en ? c.summaryEn : c.summaryId, c.hours,
                lessons.size(), minutes, List.copyOf(c.spbeDomains));
    }

    private static List<LessonItem> items(List<LessonRow> lessons, String lang) {
        boolean en = "en".equals(lang);
        List<LessonItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            LessonRow l = lessons.get(i);
            items.add(new LessonItem(l.id(), l.slug(), i + 1, en ? l.titleEn() : l.titleId(), l.minutes()));
        }
        return items;
    }
}
