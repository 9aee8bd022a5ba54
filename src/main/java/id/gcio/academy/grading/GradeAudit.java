package id.gcio.academy.grading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a submission's grade or state: who, when, before, after, why. Only ever added. */
@Entity
@Table(name = "grade_audit")
public class GradeAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id")
    public Long submissionId;

    /** For an essay answer of a quiz: its attempt and question (instead of a submission). */
    @Column(name = "attempt_id")
    public Long attemptId;

    @Column(name = "question_id")
    public Long questionId;

    @Column(name = "actor_id", nullable = false)
    public long actorId;

    @Column(nullable = false, length = 30)
    public String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state", nullable = false)
    public Map<String, Object> after;

    @Column(columnDefinition = "text")
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<GradeAudit> listBySubmission(long submissionId) {
        return list("submissionId = ?1 order by createdAt, id", submissionId);
    }

    public static List<GradeAudit> listByEssay(long attemptId, long questionId) {
        return list("attemptId = ?1 and questionId = ?2 order by createdAt, id", attemptId, questionId);
    }
}
