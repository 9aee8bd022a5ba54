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

/**
 * A participant, keyed by NIP: name with academic titles as written, contact, OPD, position and both the legacy
 * echelon (when known) and the current position class. Linked to an academy user once someone signs in with that NIP.
 */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String nip;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(length = 320)
    public String email;

    @Column(length = 20)
    public String phone;

    @Column(name = "opd_code", nullable = false, length = 40)
    public String opdCode;

    @Column(name = "position_title", length = 200)
    public String positionTitle;

    @Column(name = "legacy_echelon", length = 10)
    public String legacyEchelon;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_class", nullable = false, length = 30)
    public PositionClass positionClass;

    @Column(name = "employment_type", nullable = false, length = 10)
    public String employmentType = "PNS";

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
