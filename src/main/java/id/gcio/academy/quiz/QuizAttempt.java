package id.gcio.academy.quiz;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One attempt of a learner at a quiz; its life is {@link AttemptState}. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quiz_id", nullable = false)
    public long quizId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "attempt_no", nullable = false)
    public int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AttemptState state;

    @Column(nullable = false)
    public long seed;

    /** The attempt's questions (quiz_question ids) in the order shown. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "question_ids", nullable = false, columnDefinition = "bigint[]")
    public Long[] questionIds;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    public Instant deadline;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "graded_at")
    public Instant gradedAt;

    public Double points;

    @Column(name = "max_points", nullable = false)
    public double maxPoints;

    public Double percent;

    public Boolean passed;

    public List<Long> questionIdList() {
        return List.of(questionIds);
    }

    public boolean finished() {
        return state != AttemptState.IN_PROGRESS;
    }

    public static List<QuizAttempt> listByUserAndQuiz(long userId, long quizId) {
        return list("userId = ?1 and quizId = ?2 order by attemptNo", userId, quizId);
    }

    /** {@link #gradedPercents} of every quiz a learner has graded attempts at, in one query: quiz id to percentages. */
    public static Map<Long, List<Double>> gradedPercentsByQuiz(long userId) {
        Map<Long, List<Double>> percents = new HashMap<>();
        getEntityManager().createQuery("""
                select a.quizId, a.percent from QuizAttempt a
                where a.userId = ?1 and a.state = ?2 and a.percent is not null
                order by a.quizId, a.attemptNo""", Object[].class)
                .setParameter(1, userId).setParameter(2, AttemptState.GRADED).getResultList()
                .forEach(r -> percents.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Double) r[1]));
        return percents;
    }

    /** The percentages of a learner's graded attempts at a quiz, oldest first (what the final score is made of). */
    public static List<Double> gradedPercents(long userId, long quizId) {
        return getEntityManager().createQuery("""
                select a.percent from QuizAttempt a
                where a.userId = ?1 and a.quizId = ?2 and a.state = ?3 and a.percent is not null
                order by a.attemptNo""", Double.class)
                .setParameter(1, userId).setParameter(2, quizId).setParameter(3, AttemptState.GRADED).getResultList();
    }
}
