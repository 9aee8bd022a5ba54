package id.gcio.academy.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends the e-mails that are due. Every instance runs it; due rows are taken with {@code FOR UPDATE SKIP LOCKED}, so
 * two instances never send the same e-mail.
 */
@ApplicationScoped
public class NotificationJob {

    private static final Logger LOG = Logger.getLogger(NotificationJob.class);

    @Inject
    NotificationService notifications;

    @Inject
    NotificationConfig config;

    @Scheduled(every = "${academy.notification.send-every:30s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        NotificationService.Run run;
        do {
            run = notifications.sendDue(config.batchSize());
            if (run.taken() > 0) {
                LOG.infof("E-mail notifications: %d sent, %d to retry, %d given up", run.sent(), run.retried(), run.failed());
            }
        } while (run.taken() == config.batchSize() && run.sent() > 0);
    }
}
