package id.gcio.academy.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A person known to the academy, identified by the identity provider's issuer and subject. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 500)
    public String issuer;

    @Column(nullable = false)
    public String subject;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(length = 320)
    public String email;

    @Column(length = 18)
    public String nip;

    @Column(name = "opd_name", length = 200)
    public String opdName;

    @Column(name = "position_title", length = 200)
    public String positionTitle;

    @Column(length = 40)
    public String echelon;

    @Column(nullable = false, length = 200)
    public String roles = "";

    @Column(length = 5)
    public String locale;

    @Column(name = "profile_completed_at")
    public Instant profileCompletedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<AppUser> findByIdentity(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    public static Optional<AppUser> findByNip(String nip) {
        return find("nip", nip).firstResultOptional();
    }

    public boolean profileComplete() {
        return profileCompletedAt != null;
    }
}
