package id.gcio.academy.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One regional department (OPD) of the reference list: its code, official name and the aliases people write. */
@Entity
@Table(name = "opd")
public class Opd extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> aliases = new ArrayList<>();

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "edited_by")
    public Long editedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<Opd> listActive() {
        return list("active = true order by name");
    }
}
