package id.gcio.academy.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A GCIO (or other programme) certificate: what it states, frozen at issue, its signature and its revocation. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    /** Where a certificate stands. */
    public enum Status {
        PENDING_APPROVAL, VALID, REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 40)
    public String number;

    @Column(name = "programme_code", nullable = false, length = 40)
    public String programmeCode;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "participant_id", nullable = false)
    public long participantId;

    @Column(name = "cohort_id", nullable = false)
    public long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "holder_name", nullable = false, length = 200)
    public String holderName;

    @Column(nullable = false, length = 18)
    public String nip;

    @Column(name = "opd_name", nullable = false, length = 300)
    public String opdName;

    @Column(name = "programme_name", nullable = false, length = 300)
    public String programmeName;

    @Column(name = "cohort_name", nullable = false, length = 300)
    public String cohortName;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(nullable = false)
    public int hours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> competencies = new ArrayList<>();

    @Column(name = "final_percent", precision = 5, scale = 2)
    public BigDecimal finalPercent;

    @Column(name = "signatory_name", nullable = false, length = 200)
    public String signatoryName;

    @Column(name = "signatory_title", nullable = false, length = 300)
    public String signatoryTitle;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(columnDefinition = "text")
    public String payload;

    @Column(columnDefinition = "text")
    public String signature;

    @Column(name = "key_id", length = 64)
    public String keyId;

    @Column(name = "replaces_id")
    public Long replacesId;

    @Column(name = "replaces_number", length = 40)
    public String replacesNumber;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public Long revokedBy;

    @Column(name = "revoked_reason", columnDefinition = "text")
    public String revokedReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A certificate by its number as typed or scanned (any case, O/I/L in the check part: see CertificateNumber). */
    public static Optional<Certificate> findByNumber(String number) {
        String n = CertificateNumber.normalize(number);
        return n.length() > 40 ? Optional.empty() : find("number", n).firstResultOptional();
    }

    public static List<Certificate> listByUser(long userId) {
        return list("userId = ?1 order by createdAt desc", userId);
    }

    public static List<Certificate> listByCohort(long cohortId) {
        return list("cohortId = ?1 order by number nulls last, id", cohortId);
    }
}
