package id.gcio.academy.quiz;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Closes quiz attempts whose time ran out, with the answers saved so far. Every instance runs it; the rows are taken
 * with {@code FOR UPDATE SKIP LOCKED}, so each attempt is closed exactly once.
 */
@ApplicationScoped
public class OverdueAttemptJob {

    private static final Logger LOG = Logger.getLogger(OverdueAttemptJob.class);
    private static final int BATCH = 200;

    @Inject
    AttemptService attempts;

    @Scheduled(every = "${academy.quiz.overdue-check:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeOverdue() {
        int closed;
        do {
            closed = attempts.closeOverdue(BATCH);
            if (closed > 0) {
                LOG.infof("Closed %d overdue quiz attempt(s)", closed);
            }
        } while (closed == BATCH);
    }
}
