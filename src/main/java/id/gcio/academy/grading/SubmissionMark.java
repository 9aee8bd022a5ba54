package id.gcio.academy.grading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A marking of one submission version with the rubric: the level chosen and feedback per criterion, and overall. */
@Entity
@Table(name = "submission_mark")
public class SubmissionMark extends PanacheEntityBase {

    /** Who marked: the first or second trainer, or the moderating admin. */
    public enum Role {
        FIRST, SECOND, MODERATION
    }

    /** What the marker decided. */
    public enum Decision {
        GRADED, RETURNED
    }

    /** The level (by its points) and feedback for one criterion. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record CriterionMark(String criterion, int points, String feedback) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public long submissionId;

    @Column(nullable = false)
    public int version;

    @Column(name = "marker_id", nullable = false)
    public long markerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Decision decision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CriterionMark> criteria = new ArrayList<>();

    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal points;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal percent;

    @Column(columnDefinition = "text")
    public String feedback;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<SubmissionMark> listBySubmission(long submissionId) {
        return list("submissionId = ?1 order by createdAt, id", submissionId);
    }
}
