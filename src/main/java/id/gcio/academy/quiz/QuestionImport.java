package id.gcio.academy.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A GIFT file a trainer or admin imported into a quiz's bank: who, when, which file, what it changed. */
@Entity
@Table(name = "question_import")
public class QuestionImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quiz_id", nullable = false)
    public long quizId;

    @Column(name = "imported_by", nullable = false)
    public long importedBy;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(name = "file_hash", nullable = false, length = 64)
    public String fileHash;

    @Column(name = "questions_created", nullable = false)
    public int questionsCreated;

    @Column(name = "questions_replaced", nullable = false)
    public int questionsReplaced;

    @Column(name = "questions_unchanged", nullable = false)
    public int questionsUnchanged;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<QuestionImport> listRecent(long quizId, int max) {
        return find("quizId = ?1 order by createdAt desc", quizId).page(0, max).list();
    }
}
