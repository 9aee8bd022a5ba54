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
import java.util.Optional;

/**
 * A learner's submission for one assignment, as a state machine: SUBMITTED (waiting for a trainer) → GRADED, or →
 * RETURNED (for revision) → SUBMITTED again with a new version; with second marking SUBMITTED → SECOND_MARKING →
 * GRADED, or → MODERATION (markers differ too much) → GRADED by an admin.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    /** Where a submission stands. */
    public enum State {
        SUBMITTED, SECOND_MARKING, MODERATION, RETURNED, GRADED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id", nullable = false)
    public long assignmentId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "cohort_id")
    public Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public State state;

    @Column(nullable = false)
    public int version;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "claimed_by")
    public Long claimedBy;

    @Column(name = "claim_expires_at")
    public Instant claimExpiresAt;

    @Column(name = "first_marker")
    public Long firstMarker;

    @Column(precision = 7, scale = 2)
    public BigDecimal points;

    @Column(precision = 5, scale = 2)
    public BigDecimal percent;

    @Column(name = "graded_at")
    public Instant gradedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Submission> findByAssignmentAndUser(long assignmentId, long userId) {
        return find("assignmentId = ?1 and userId = ?2", assignmentId, userId).firstResultOptional();
    }

    public boolean claimedByOther(long userId, Instant now) {
        return claimedBy != null && claimedBy != userId && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }
}
