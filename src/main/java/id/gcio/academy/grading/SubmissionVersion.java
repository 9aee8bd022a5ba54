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

/** One version of a submission as the learner sent it; every version is kept. */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public long submissionId;

    @Column(nullable = false)
    public int version;

    @Column(name = "body_md", nullable = false, columnDefinition = "text")
    public String bodyMd;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    public static List<SubmissionVersion> listBySubmission(long submissionId) {
        return list("submissionId = ?1 order by version desc", submissionId);
    }
}
