package id.gcio.academy.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One step in a certificate's history: issued, queued, approved, revoked, re-issued. Only ever added. */
@Entity
@Table(name = "certificate_event")
public class CertificateEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "certificate_id", nullable = false)
    public long certificateId;

    @Column(nullable = false, length = 30)
    public String action;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(columnDefinition = "text")
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<CertificateEvent> listByCertificate(long certificateId) {
        return list("certificateId = ?1 order by createdAt, id", certificateId);
    }
}
