package id.gcio.academy.notification;

import id.gcio.academy.certificate.CertificateIssued;
import id.gcio.academy.cohort.AnnouncementService;
import id.gcio.academy.cohort.CohortService;
import id.gcio.academy.grading.GradingEvents.Decision;
import id.gcio.academy.grading.GradingEvents.SubmissionDecided;
import id.gcio.academy.grading.GradingService;
import id.gcio.academy.identity.UserService;
import id.gcio.academy.learning.LearningService;
import id.gcio.academy.web.Timestamps;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * E-mails that tell a learner what happened to their work (a submission graded, re-graded or returned, a certificate
 * issued), the announcements of their cohort, a reminder a week before their cohort ends while courses are still
 * open, and each trainer, once a morning, what waits in their grading queue. Each is queued in the transaction of the change (an outbox row: nothing is sent for a change that rolls
 * back) and sent later by {@link NotificationJob}, with retries. Plain text, Bahasa Indonesia first, English second.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);
    private static final Duration[] BACKOFF = { Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12) };

    /** What one run of the job did. */
    public record Run(int taken, int sent, int retried, int failed) {
    }

    /** Queue figures for the admin page. */
    public record Summary(long pending, long failed, long sentLastDay) {
    }

    @CheckedTemplate(basePath = "notification/NotificationService")
    static class Templates {
        /** {@code percent} with a decimal point; the Indonesian text writes it with a comma. */
        static native TemplateInstance graded(String name, String titleId, String titleEn, String percent, boolean regraded,
                String link);

        static native TemplateInstance returned(String name, String titleId, String titleEn, String link);

        static native TemplateInstance certificate(String name, String number, String programme, boolean reissued,
                String link, String verifyLink);

        static native TemplateInstance digest(String name, int count, long days, String link);

        static native TemplateInstance announcement(String name, String cohortName, String title, String body, String author,
                String link);

        static native TemplateInstance reminder(String name, String cohortName, String endsOn, List<String> coursesId,
                List<String> coursesEn, String link);
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UserService users;

    @Inject
    NotificationConfig config;

    @Inject
    NotificationSender sender;

    @Inject
    GradingService grading;

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @ConfigProperty(name = "academy.public-url")
    String publicUrl;

    void onSubmissionDecided(@Observes SubmissionDecided e) {
        String link = url("/tugas/" + encode(e.assignmentCode()));
        if (e.decision() == Decision.RETURNED) {
            queue(e.userId(), "SUBMISSION_RETURNED", "Tugas dikembalikan untuk revisi / Assignment returned: " + e.titleId(),
                    name -> Templates.returned(name, e.titleId(), e.titleEn(), link));
        } else {
            String percent = String.format(Locale.ROOT, "%.1f", e.percent());
            boolean regraded = e.decision() == Decision.REGRADED;
            queue(e.userId(), "SUBMISSION_" + e.decision(), (regraded ? "Nilai tugas diperbarui / Grade updated: "
                    : "Tugas sudah dinilai / Assignment graded: ") + e.titleId(),
                    name -> Templates.graded(name, e.titleId(), e.titleEn(), percent, regraded, link));
        }
    }

    void onAnnouncementPosted(@Observes AnnouncementService.AnnouncementPosted e) {
        if (!config.enabled()) {
            return;
        }
        var people = users.summaries(e.recipientIds()); // one query for the whole cohort
        for (long userId : e.recipientIds()) {
            queue(userId, people.get(userId), "COHORT_ANNOUNCEMENT", "[" + e.cohortCode() + "] " + e.title(),
                    name -> Templates.announcement(name, e.cohortName(), e.title(), e.bodyMarkdown(), e.author(), url("/belajar")));
        }
    }

    void onCertificateIssued(@Observes CertificateIssued e) {
        queue(e.userId(), e.reissued() ? "CERTIFICATE_REISSUED" : "CERTIFICATE_ISSUED",
                "Sertifikat Anda telah terbit / Your certificate: " + e.programmeName(),
                name -> Templates.certificate(e.holderName(), e.number(), e.programmeName(), e.reissued(), url("/sertifikat"),
                        url("/verifikasi/" + encode(e.number()))));
    }

    /**
     * Queues the trainers' morning digest for {@code day}: one e-mail to each trainer with work waiting in their queue.
     * Every instance's job calls this; the first to record (trainer-digest, day) in {@code job_run} does the work in
     * the same transaction, the others find the row and return -1, so each trainer gets one digest a day. If the
     * work fails, the row rolls back with it and a later run may try again.
     *
     * @return the number of digests queued, or -1 when the day's digests were already queued
     */
    @Transactional
    public int queueTrainerDigests(LocalDate day) {
        if (!claimRun("trainer-digest", day)) {
            return -1;
        }
        int queued = 0;
        for (GradingService.Waiting w : grading.waitingPerTrainer()) {
            long days = w.oldest() == null ? 0 : Math.max(0, Duration.between(w.oldest(), clock.instant()).toDays());
            queued += queue(w.trainerId(), "TRAINER_DIGEST", w.count() + " menunggu dinilai / waiting to be graded",
                    name -> Templates.digest(name, w.count(), days, url("/pelatih/penilaian"))) ? 1 : 0;
        }
        return queued;
    }

    /**
     * Records that {@code job} runs for {@code day}, in the caller's transaction: true for the one instance whose insert
     * lands (it does the work; the row rolls back with it if the work fails), false for everyone after it.
     */
    private boolean claimRun(String job, LocalDate day) {
        return em.createNativeQuery("""
                insert into job_run (job, period, started_at) values (?1, ?2, ?3)
                on conflict (job, period) do nothing""")
                .setParameter(1, job).setParameter(2, day.toString()).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }

    /** Days before a cohort's end date when its members who have not finished their path are reminded. */
    static final int REMIND_DAYS_BEFORE_END = 7;

    /**
     * Queues, once for {@code today} across instances ({@code job_run} as for the digest), a reminder to every active
     * member of the cohorts ending in {@value #REMIND_DAYS_BEFORE_END} days who has not completed every course of their
     * path, naming the courses still open. Members who are done hear nothing.
     *
     * @return the number of reminders queued, or -1 when today's were already queued
     */
    @Transactional
    public int queueCohortReminders(LocalDate today) {
        if (!claimRun("cohort-reminder", today)) {
            return -1;
        }
        int queued = 0;
        LocalDate endsOn = today.plusDays(REMIND_DAYS_BEFORE_END);
        String date = endsOn.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
        for (CohortService.EndingMember m : cohorts.activeMembersOfCohortsEnding(endsOn)) {
            List<LearningService.Progress> open = m.courses().stream().map(slug -> progress(m.userId(), slug))
                    .flatMap(java.util.Optional::stream).filter(p -> !p.complete()).toList();
            if (open.isEmpty()) {
                continue;
            }
            List<String> titlesId = open.stream().map(LearningService.Progress::titleId).toList();
            List<String> titlesEn = open.stream().map(LearningService.Progress::titleEn).toList();
            queued += queue(m.userId(), "COHORT_REMINDER", "Angkatan " + m.cohortCode() + " berakhir " + date
                    + " / Your cohort ends " + endsOn, name -> Templates.reminder(name, m.cohortName(), date, titlesId,
                            titlesEn, url("/belajar"))) ? 1 : 0;
        }
        return queued;
    }

    /** Progress in a course of the path; none when the course has been archived since (it cannot be finished now). */
    private java.util.Optional<LearningService.Progress> progress(long userId, String courseSlug) {
        try {
            return java.util.Optional.of(learning.progress(userId, courseSlug));
        } catch (id.gcio.academy.web.DomainException archived) {
            return java.util.Optional.empty();
        }
    }

    /** Queues one e-mail to the user's current address, in the caller's transaction; no address, no e-mail. */
    private boolean queue(long userId, String kind, String subject, java.util.function.Function<String, TemplateInstance> body) {
        return config.enabled() && queue(userId, users.summaries(Set.of(userId)).get(userId), kind, subject, body);
    }

    private boolean queue(long userId, UserService.UserSummary user, String kind, String subject,
            java.util.function.Function<String, TemplateInstance> body) {
        if (!config.enabled()) {
            return false;
        }
        if (user == null || user.email() == null || user.email().isBlank()) {
            LOG.debugf("No e-mail address for user %d: %s not queued", userId, kind);
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("""
                insert into notification (user_id, kind, recipient, subject, body, next_attempt_at, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?6)""")
                .setParameter(1, userId).setParameter(2, kind).setParameter(3, user.email().trim())
                .setParameter(4, subject.length() > 300 ? subject.substring(0, 299) + "…" : subject)
                .setParameter(5, body.apply(user.name()).render()).setParameter(6, now)
                .executeUpdate();
        return true;
    }

    /**
     * Sends up to {@code batch} due e-mails. The rows stay locked until this transaction ends, and rows another
     * instance holds are skipped, so each e-mail is sent by one instance. A failed send waits longer each time
     * ({@link #backoff}) and is given up as FAILED after {@code academy.notification.max-attempts}.
     */
    @Transactional
    public Run sendDue(int batch) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select id, recipient, subject, body, attempts from notification
                where status = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at, id limit ?2
                for update skip locked""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, batch).getResultList();
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            int attempts = ((Number) row[4]).intValue() + 1;
            try {
                sender.send((String) row[1], (String) row[2], (String) row[3]);
                em.createNativeQuery("update notification set status = 'SENT', sent_at = ?2, attempts = ?3, last_error = null where id = ?1")
                        .setParameter(1, id).setParameter(2, Timestamp.from(now)).setParameter(3, attempts).executeUpdate();
                sent++;
            } catch (RuntimeException ex) {
                boolean giveUp = attempts >= config.maxAttempts();
                String error = String.valueOf(ex.getMessage());
                em.createNativeQuery("""
                        update notification set attempts = ?2, last_error = ?3, status = ?4, next_attempt_at = ?5 where id = ?1""")
                        .setParameter(1, id).setParameter(2, attempts)
                        .setParameter(3, error.length() > 500 ? error.substring(0, 500) : error)
                        .setParameter(4, giveUp ? "FAILED" : "PENDING")
                        .setParameter(5, Timestamp.from(now.plus(backoff(attempts)))).executeUpdate();
                LOG.warnf("E-mail notification %d not sent (attempt %d%s): %s", id, attempts, giveUp ? ", given up" : "", error);
                if (giveUp) {
                    failed++;
                } else {
                    retried++;
                }
            }
        }
        return new Run(due.size(), sent, retried, failed);
    }

    /** How long to wait after the n-th failed attempt: 1, 5, 15 minutes, 1, 4, then 12 hours. */
    static Duration backoff(int failedAttempts) {
        return BACKOFF[Math.min(Math.max(failedAttempts, 1), BACKOFF.length) - 1];
    }

    /**
     * Deletes sent and given-up e-mails older than {@code academy.notification.keep-days}: their bodies hold names and
     * grades, which the academy keeps elsewhere and need not keep twice. Pending ones are never deleted.
     *
     * @return how many were deleted
     */
    @Transactional
    public int forgetOld() {
        return em.createNativeQuery("delete from notification where status in ('SENT', 'FAILED') and created_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(config.keepDays())))).executeUpdate();
    }

    /** An e-mail the academy queued for a user, without its body (for their personal data export). */
    public record SentMail(String kind, String recipient, String subject, String status, Instant createdAt, Instant sentAt) {
    }

    /** The e-mails queued for a user (kept for {@code keep-days} once sent), newest first. */
    @Transactional
    public List<SentMail> forUser(long userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select kind, recipient, subject, status, created_at, sent_at from notification
                where user_id = ?1 order by created_at desc, id desc""").setParameter(1, userId).getResultList();
        return rows.stream().map(r -> new SentMail((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                Timestamps.of(r[4]), Timestamps.of(r[5]))).toList();
    }

    /**
     * Puts every given-up e-mail back in the queue with a fresh set of attempts, due now (for after the mail server's
     * settings were mended). Those older than {@code keep-days} are gone already.
     *
     * @return how many were requeued
     */
    @Transactional
    public int retryFailed() {
        return em.createNativeQuery("""
                update notification set status = 'PENDING', attempts = 0, next_attempt_at = ?1 where status = 'FAILED'""")
                .setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** Pending, failed and recently sent e-mails, for the admins. */
    @Transactional
    public Summary summary() {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'FAILED'),
                       count(*) filter (where status = 'SENT' and sent_at > ?1)
                from notification""").setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .getSingleResult();
        return new Summary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }

    private String url(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
