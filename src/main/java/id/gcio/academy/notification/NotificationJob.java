package id.gcio.academy.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends the e-mails that are due, and queues the trainers' digest each morning. Every instance runs both: due rows are
 * taken with {@code FOR UPDATE SKIP LOCKED}, so two instances never send the same e-mail, and the digest is queued by
 * the one instance that records the day in {@code job_run}.
 */
@ApplicationScoped
public class NotificationJob {

    private static final Logger LOG = Logger.getLogger(NotificationJob.class);

    @Inject
    NotificationService notifications;

    @Inject
    NotificationConfig config;

    @Inject
    java.time.Clock clock;

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

    /**
     * The trainers' digest and the reminders of cohorts ending in a week, each morning in Samarinda's time (every
     * instance fires, one queues: see job_run), and the deletion of old e-mails (the same on every instance, so it
     * does not matter which deletes them).
     */
    @Scheduled(cron = "${academy.notification.digest-cron:0 0 7 * * ?}", timeZone = "Asia/Makassar",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void trainerDigest() {
        int queued = notifications.queueTrainerDigests(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Makassar"))));
        if (queued >= 0) {
            LOG.infof("Trainers' digest: %d e-mail(s) queued", queued);
        }
        int reminded = notifications.queueCohortReminders(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Makassar"))));
        if (reminded >= 0) {
            LOG.infof("Cohort reminders: %d e-mail(s) queued", reminded);
        }
        int forgotten = notifications.forgetOld();
        if (forgotten > 0) {
            LOG.infof("Deleted %d e-mail(s) sent or given up more than %d days ago", forgotten, config.keepDays());
        }
    }
}
