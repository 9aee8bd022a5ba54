package id.gcio.academy.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A partner organisation (a Kominfo training provider) that runs cohorts and imports their rosters. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Partner> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The partners a user acts for (normally one). */
    public static List<Partner> listByMember(long userId) {
        return find("id in (select m.partnerId from PartnerMember m where m.userId = ?1) order by code", userId).list();
    }
}
