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
import java.time.LocalDate;
import java.util.Optional;

/** A cohort (angkatan) of a programme, run by a partner, e.g. {@code DLA-2026-01}. */
@Entity
@Table(name = "cohort")
public class Cohort extends PanacheEntityBase {

    /** Where a cohort stands. */
    public enum Status {
        PLANNED, ACTIVE, COMPLETED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "programme_id", nullable = false)
    public long programmeId;

    @Column(nullable = false)
    public int year;

    @Column(name = "partner_id")
    public Long partnerId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Cohort> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
