package id.gcio.academy.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A user acting for a partner organisation (assigned by an admin). */
@Entity
@Table(name = "partner_member")
@IdClass(PartnerMember.Key.class)
public class PartnerMember extends PanacheEntityBase {

    /** The composite key. */
    public static class Key implements Serializable {
        public Long partnerId;
        public Long userId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(partnerId, k.partnerId) && java.util.Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(partnerId, userId);
        }
    }

    @Id
    @Column(name = "partner_id")
    public Long partnerId;

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
