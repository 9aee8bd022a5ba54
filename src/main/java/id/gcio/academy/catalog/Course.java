package id.gcio.academy.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A course as last synced from {@code content/courses/<slug>/course.yaml}. */
@Entity
@Table(name = "course")
public class Course extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 120)
    public String slug;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public int hours;

    @Column(name = "title_id", nullable = false, length = 300)
    public String titleId;

    @Column(name = "title_en", nullable = false, length = 300)
    public String titleEn;

    @Column(name = "summary_id", nullable = false)
    public String summaryId;

    @Column(name = "summary_en", nullable = false)
    public String summaryEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "objectives_id", nullable = false)
    public List<String> objectivesId = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "objectives_en", nullable = false)
    public List<String> objectivesEn = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "spbe_domains", nullable = false)
    public List<String> spbeDomains = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ContentSource> sources = new ArrayList<>();

    @Column(name = "source_path", nullable = false, length = 500)
    public String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Course> findActiveBySlug(String slug) {
        return find("slug = ?1 and archivedAt is null", slug).firstResultOptional();
    }

    public static Optional<Course> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Course> listActive() {
        return list("archivedAt is null order by sortOrder, slug");
    }
}
