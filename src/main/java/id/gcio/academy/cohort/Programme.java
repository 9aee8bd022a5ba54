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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A training programme (DLA, GCIO) as last synced from {@code content/programs/<code>.yaml}. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(name = "name_id", nullable = false, length = 300)
    public String nameId;

    @Column(name = "name_en", nullable = false, length = 300)
    public String nameEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ProgrammeContent.ProgrammeFile definition;

    @Column(name = "source_path", nullable = false, length = 500)
    public String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Programme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Programme> listActive() {
        return list("archivedAt is null order by code");
    }

    /** The courses of the path for a position class, or empty when the programme has no path for it. */
    public Optional<ProgrammeContent.PathFile> pathFor(PositionClass positionClass) {
        return definition.paths().stream().filter(p -> p.classes().contains(positionClass)).findFirst();
    }
}
