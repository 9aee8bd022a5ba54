package id.gcio.academy.quiz;

import id.gcio.academy.catalog.ContentSynced;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The active quiz of a course and the settings that decide whether a result passes, as a read model for pages (every
 * course and lesson page shows whether the quiz is passed). Quizzes change only with a content sync, which clears this
 * instance's copy once it has committed; other instances see the change within the expiry, as with the catalogue
 * (quarkus.cache.caffeine."quiz-rule"). Writes, such as completing a course, read the quiz itself.
 */
@ApplicationScoped
public class QuizRules {

    static final String CACHE = "quiz-rule";

    /** A course's active quiz: its id and pass rules. */
    public record Rule(long quizId, QuizSettings settings) {
    }

    @Inject
    @CacheName(CACHE)
    Cache cache;

    @CacheResult(cacheName = CACHE)
    public Optional<Rule> activeRule(long courseId) {
        // the two columns, not the entity: nothing for the persistence context to track, and never its stale copy
        return Quiz.getEntityManager().createQuery(
                "select new id.gcio.academy.quiz.QuizRules$Rule(q.id, q.settings) from Quiz q where q.courseId = ?1 and q.archivedAt is null",
                Rule.class).setParameter(1, courseId).getResultStream().findFirst();
    }

    void onContentSynced(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentSynced event) {
        cache.invalidateAll().await().indefinitely();
    }
}
