package id.gcio.academy.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** E-mail notifications: whether they are queued at all, and how the sending job retries. */
@ConfigMapping(prefix = "academy.notification")
public interface NotificationConfig {

    /** Off: nothing is queued (a deployment without a mail server). */
    @WithDefault("true")
    boolean enabled();

    /** How often each instance's job looks for due e-mails ({@code off} in tests, which call the job themselves). */
    @WithDefault("30s")
    String sendEvery();

    /** When the trainers' digest is queued (Quarkus cron, Samarinda time; {@code off} in tests). */
    @WithDefault("0 0 7 * * ?")
    String digestCron();

    /** Days a sent or given-up e-mail is kept (for questions like "did the learner get it?") before it is deleted. */
    @WithDefault("90")
    int keepDays();

    /** Sends before a notification is given up as FAILED; waits between them grow (1, 5, 15, 60 minutes, …). */
    @WithDefault("6")
    int maxAttempts();

    /** Notifications one run takes (and keeps locked while it sends them). */
    @WithDefault("20")
    int batchSize();
}
