package id.gcio.academy.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A participant in a cohort, with the courses of their learning path. Leaving suspends the membership; nothing the
 * participant did (progress, grades, certificates) is ever deleted.
 */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    /** Where a membership stands. */
    public enum Status {
        ACTIVE, SUSPENDED, COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cohort_id", nullable = false)
    public long cohortId;

    @Column(name = "participant_id", nullable = false)
    public long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    /** Course slugs of the participant's path in this cohort's programme. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> courses = new ArrayList<>();
}
