package id.gcio.academy.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A lesson of a course; its body is Markdown rendered and sanitized at sync time. Never deleted, only archived. */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    @Column(nullable = false, length = 120)
    public String slug;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "title_id", nullable = false, length = 300)
    public String titleId;

    @Column(name = "title_en", nullable = false, length = 300)
    public String titleEn;

    @Column(name = "body_html_id", nullable = false)
    public String bodyHtmlId;

    @Column(name = "body_html_en")
    public String bodyHtmlEn;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "source_path", nullable = false, length = 500)
    public String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The active lessons of a course in order, without their bodies. */
    public static List<LessonRow> listActiveRows(long courseId) {
        return getEntityManager().createQuery("""
                select new id.gcio.academy.catalog.LessonRow(l.id, l.slug, l.titleId, l.titleEn, l.minutes)
                from Lesson l where l.course.id = ?1 and l.archivedAt is null order by l.sortOrder, l.slug""", LessonRow.class)
                .setParameter(1, courseId).getResultList();
    }

    /** The ids of the active lessons of several courses, in one query: course id to lesson ids in course order. */
    public static Map<Long, List<Long>> activeIdsByCourse(Collection<Long> courseIds) {
        Map<Long, List<Long>> ids = new HashMap<>();
        getEntityManager().createQuery("""
                select l.course.id, l.id from Lesson l where l.course.id in ?1 and l.archivedAt is null
                order by l.sortOrder, l.slug""", Object[].class)
                .setParameter(1, courseIds).getResultList()
                .forEach(r -> ids.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]));
        return ids;
    }

    public static List<Lesson> listAllByCourse(Course course) {
        return list("course", course);
    }

    public static Optional<Lesson> findActive(Course course, String slug) {
        return find("course = ?1 and slug = ?2 and archivedAt is null", course, slug).firstResultOptional();
    }
}
