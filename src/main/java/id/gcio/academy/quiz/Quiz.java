package id.gcio.academy.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A course's quiz as last synced from {@code content/courses/<slug>/quiz/}. */
@Entity
@Table(name = "quiz")
public class Quiz extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id", nullable = false)
    public long courseId;

    @Column(name = "title_id", nullable = false, length = 300)
    public String titleId;

    @Column(name = "title_en", nullable = false, length = 300)
    public String titleEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public QuizSettings settings;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "source_path", nullable = false, length = 500)
    public String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Quiz> findByCourse(long courseId) {
        return find("courseId", courseId).firstResultOptional();
    }

    public static Optional<Quiz> findActiveByCourse(long courseId) {
        return find("courseId = ?1 and archivedAt is null", courseId).firstResultOptional();
    }
}
