package id.gcio.academy.catalog;

import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The catalogue's public facade: courses and lessons in the reader's language. Other features call this, not the tables. */
@ApplicationScoped
@Transactional
public class CatalogService {

    /** A course in a list. */
    public record CourseSummary(long id, String slug, String title, String summary, int hours, int lessonCount,
            int minutes, List<String> spbeDomains) {
    }

    /** A lesson in a course's table of contents. */
    public record LessonItem(long id, String slug, int position, String title, int minutes) {
    }

    /** Everything the course page shows. */
    public record CourseDetail(CourseSummary course, List<String> objectives, List<ContentSource> sources,
            List<LessonItem> lessons) {
    }

    /** Everything the lesson page shows. */
    public record LessonView(long courseId, String courseSlug, String courseTitle, LessonItem lesson, String bodyHtml,
            boolean translated, LessonItem previous, LessonItem next, int total) {
    }

    /** The ids other features need to record learning against a course. */
    public record CourseRef(long id, String slug, String titleId, String titleEn, List<Long> activeLessonIds) {
    }

    public List<CourseSummary> listCourses(String lang) {
        return Course.listActive().stream().map(c -> summary(c, Lesson.listActiveByCourse(c), lang)).toList();
    }

    public Optional<CourseDetail> findCourse(String slug, String lang) {
        return Course.findActiveBySlug(slug).map(c -> {
            List<Lesson> lessons = Lesson.listActiveByCourse(c);
            boolean en = "en".equals(lang);
            List<String> objectives = en && !c.objectivesEn.isEmpty() ? c.objectivesEn : c.objectivesId;
            return new CourseDetail(summary(c, lessons, lang), List.copyOf(objectives), List.copyOf(c.sources),
                    items(lessons, lang));
        });
    }

    public Optional<LessonView> findLesson(String courseSlug, String lessonSlug, String lang) {
        Optional<Course> course = Course.findActiveBySlug(courseSlug);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        Course c = course.get();
        List<Lesson> lessons = Lesson.listActiveByCourse(c);
        boolean en = "en".equals(lang);
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            if (l.slug.equals(lessonSlug)) {
                List<LessonItem> items = items(lessons, lang);
                boolean translated = en && l.bodyHtmlEn != null;
                return Optional.of(new LessonView(c.id, c.slug, en ? c.titleEn : c.titleId, items.get(i),
                        translated ? l.bodyHtmlEn : l.bodyHtmlId, translated || !en,
                        i > 0 ? items.get(i - 1) : null, i + 1 < items.size() ? items.get(i + 1) : null, items.size()));
            }
        }
        return Optional.empty();
    }

    /** The course and its active lessons, or 404 when there is no such active course. */
    public CourseRef courseRef(String slug) {
        Course c = Course.findActiveBySlug(slug).orElseThrow(() -> DomainException.notFound("Kursus tidak ditemukan."));
        return new CourseRef(c.id, c.slug, c.titleId, c.titleEn, Lesson.listActiveByCourse(c).stream().map(l -> l.id).toList());
    }

    /** The active lesson {@code lessonSlug} of the active course {@code courseSlug}, or 404. */
    public long activeLessonId(String courseSlug, String lessonSlug) {
        Course c = Course.findActiveBySlug(courseSlug).orElseThrow(() -> DomainException.notFound("Kursus tidak ditemukan."));
        return Lesson.findActive(c, lessonSlug).orElseThrow(() -> DomainException.notFound("Pelajaran tidak ditemukan.")).id;
    }

    /** Course references by id, for dashboards; archived courses included so history stays visible. */
    public List<CourseRef> courseRefs(List<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        List<Course> courses = Course.list("id in ?1 order by sortOrder, slug", courseIds);
        return courses.stream().map(c -> new CourseRef(c.id, c.slug, c.titleId, c.titleEn,
                Lesson.listActiveByCourse(c).stream().map(l -> l.id).toList())).toList();
    }

    /** The title and slug of active lessons by id, in course order, for "continue where you left off". */
    public List<LessonItem> lessonItems(long courseId, String lang) {
        Course c = Course.findById(courseId);
        return c == null ? List.of() : items(Lesson.listActiveByCourse(c), lang);
    }

    private static CourseSummary summary(Course c, List<Lesson> lessons, String lang) {
        boolean en = "en".equals(lang);
        int minutes = lessons.stream().mapToInt(l -> l.minutes).sum();
        return new CourseSummary(c.id, c.slug, en ? c.titleEn : c.titleId, en ? c.summaryEn : c.summaryId, c.hours,
                lessons.size(), minutes, List.copyOf(c.spbeDomains));
    }

    private static List<LessonItem> items(List<Lesson> lessons, String lang) {
        boolean en = "en".equals(lang);
        List<LessonItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            items.add(new LessonItem(l.id, l.slug, i + 1, en ? l.titleEn : l.titleId, l.minutes));
        }
        return items;
    }
}
