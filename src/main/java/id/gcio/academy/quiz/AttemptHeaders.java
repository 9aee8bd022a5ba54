package id.gcio.academy.quiz;

import id.gcio.academy.web.DomainException;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;

/**
 * What never changes about an attempt once started (its learner, seed, questions and deadline), cached per instance so
 * an answer save needs a single statement. The attempt's state is never cached: the save's statement checks it.
 */
@ApplicationScoped
public class AttemptHeaders {

    /** The immutable part of an attempt. */
    public record Header(long attemptId, long userId, long seed, Set<Long> questionIds, Instant deadline) {
    }

    @CacheResult(cacheName = "quiz-attempt-header")
    public Header get(long attemptId) {
        QuizAttempt a = QuizAttempt.findById(attemptId);
        if (a == null) {
            throw new DomainException(404, "ATTEMPT_NOT_FOUND", "Percobaan kuis tidak ditemukan.", null);
        }
        return new Header(a.id, a.userId, a.seed, Set.of(a.questionIds), a.deadline);
    }
}
