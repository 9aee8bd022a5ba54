package id.gcio.academy.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Extra time or attempts a trainer or admin granted one learner on one quiz, with the reason. */
@Entity
@Table(name = "quiz_override")
public class QuizOverride extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quiz_id", nullable = false)
    public long quizId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "extra_minutes", nullable = false)
    public int extraMinutes;

    @Column(name = "extra_attempts", nullable = false)
    public int extraAttempts;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "set_by", nullable = false)
    public long setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    public Duration extraTime() {
        return Duration.ofMinutes(extraMinutes);
    }

    public static Optional<QuizOverride> findFor(long quizId, long userId) {
        return find("quizId = ?1 and userId = ?2", quizId, userId).firstResultOptional();
    }
}
