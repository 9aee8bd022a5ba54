package id.gcio.academy.catalog;

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

/** One run of the content sync: when, why, what changed and which files were refused. */
@Entity
@Table(name = "content_sync_run")
public class ContentSyncRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(nullable = false, length = 20)
    public String trigger;

    @Column(name = "triggered_by")
    public Long triggeredBy;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(name = "courses_changed", nullable = false)
    public int coursesChanged;

    @Column(name = "courses_archived", nullable = false)
    public int coursesArchived;

    @Column(name = "lessons_changed", nullable = false)
    public int lessonsChanged;

    @Column(name = "lessons_archived", nullable = false)
    public int lessonsArchived;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ContentError> errors = new ArrayList<>();

    /** {@link ContentParser#treeHash} of the folder this run read; null for runs before it was recorded. */
    @Column(name = "tree_hash", length = 64)
    public String treeHash;

    public static List<ContentSyncRun> listRecent(int max) {
        return find("order by startedAt desc").page(0, max).list();
    }
}
