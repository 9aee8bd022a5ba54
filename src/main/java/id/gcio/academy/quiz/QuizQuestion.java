package id.gcio.academy.quiz;

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

/**
 * One stored version of a bank question. Rows are never changed after insert (only archived), so an attempt is graded
 * against exactly the question its learner saw. {@code definition} holds the answer key: never render it directly.
 */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion extends PanacheEntityBase {

    public static final String CONTENT = "content";
    public static final String IMPORT = "import";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quiz_id", nullable = false)
    public long quizId;

    @Column(nullable = false, length = 200)
    public String qkey;

    @Column(nullable = false, length = 10)
    public String origin;

    @Column(name = "import_id")
    public Long importId;

    @Column(nullable = false, length = 30)
    public String type;

    @Column(nullable = false)
    public double points;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Column(nullable = false, length = 10)
    public String difficulty;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Question definition;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    public static List<QuizQuestion> listActive(long quizId) {
        return list("quizId = ?1 and archivedAt is null order by id", quizId);
    }

    public static QuizQuestion of(long quizId, Question q, String origin, Long importId, String hash, Instant now) {
        QuizQuestion row = new QuizQuestion();
        row.quizId = quizId;
        row.qkey = q.key();
        row.origin = origin;
        row.importId = importId;
        row.type = q.type().name();
        row.points = q.points();
        row.tags = new ArrayList<>(q.tags());
        row.difficulty = q.difficulty().name();
        row.definition = q;
        row.contentHash = hash;
        row.createdAt = now;
        return row;
    }
}
