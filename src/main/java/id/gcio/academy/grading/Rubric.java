package id.gcio.academy.grading;

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

/** A rubric as last synced from {@code content/rubrics/}: criteria with their levels and points. */
@Entity
@Table(name = "rubric")
public class Rubric extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(name = "title_id", nullable = false, length = 300)
    public String titleId;

    @Column(name = "title_en", nullable = false, length = 300)
    public String titleEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<GradingContent.Criterion> criteria = new ArrayList<>();

    @Column(name = "max_points", nullable = false)
    public int maxPoints;

    @Column(name = "source_path", nullable = false, length = 500)
    public String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Rubric> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<GradingContent.Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
