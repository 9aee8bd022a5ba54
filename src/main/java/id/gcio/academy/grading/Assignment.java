package id.gcio.academy.grading;

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

/** An assignment (e.g. the GCIO capstone) as last synced from {@code content/assignments/}; archived, never deleted. */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(name = "programme_code", length = 40)
    public String programmeCode;

    @Column(name = "course_slug", length = 120)
    public String courseSlug;

    @Column(name = "title_id", nullable = false, length = 300)
    public String titleId;

    @Column(name = "title_en", nullable = false, length = 300)
    public String titleEn;

    @Column(name = "brief_id", nullable = false, columnDefinition = "text")
    public String briefId;

    @Column(name = "brief_en", columnDefinition = "text")
    public String briefEn;

    @Column(name = "rubric_code", nullable = false, length = 40)
    public String rubricCode;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "files_allowed", nullable = false)
    public boolean filesAllowed;

    @Column(name = "max_files", nullable = false)
    public int maxFiles;

    @Column(name = "second_marking", nullable = false)
    public boolean secondMarking;

    @Column(name = "moderation_threshold", nullable = false)
    public int moderationThreshold;

    @Column(name = "source_path", nullable = false, length = 500)
    public String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Assignment> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Assignment> listActive() {
        return list("archivedAt is null order by code");
    }

    public static List<Assignment> listByProgramme(String programmeCode) {
        return list("archivedAt is null and programmeCode = ?1 order by code", programmeCode);
    }
}
