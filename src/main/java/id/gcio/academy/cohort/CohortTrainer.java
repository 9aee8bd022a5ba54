package id.gcio.academy.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A trainer assigned by an admin to grade a cohort's work. */
@Entity
@Table(name = "cohort_trainer")
@IdClass(CohortTrainer.Key.class)
public class CohortTrainer extends PanacheEntityBase {

    /** The composite key. */
    public static class Key implements Serializable {
        public long cohortId;
        public long userId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.cohortId == cohortId && k.userId == userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, userId);
        }
    }

    @Id
    @Column(name = "cohort_id")
    public long cohortId;

    @Id
    @Column(name = "user_id")
    public long userId;

    @Column(name = "assigned_by", nullable = false)
    public long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
}
