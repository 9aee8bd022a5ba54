package id.gcio.academy.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.TestClock;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mails to learners: queued with the change, sent once by the job (SKIP LOCKED), retried, and given up. */
@QuarkusTest
class NotificationTest {

    static final String PLAN = "## Kondisi OPD\n\nIndeks SPBE kami perlu naik.\n\n## Inisiatif\n\n- Satu Data\n";

    @Inject
    EntityManager em;

    @Inject
    MockMailbox mailbox;

    @Inject
    NotificationService notifications;

    @Inject
    TestClock clock;

    GcioFixture fx;
    String email;
    long userId;
    long before; // the last notification id before the test: what it queues comes after

    @BeforeEach
    void setUp() {
        fx = new GcioFixture(em);
        fx.reset("kabar1");
        String cohort = fx.cohort();
        fx.join(cohort, "kabar1", "Rahmat Hidayat, S.Kom.");
        fx.assignTrainer(cohort, "pelatih");
        userId = fx.user("kabar1");
        email = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select email from app_user where id = ?1").setParameter(1, userId).getSingleResult());
        // e-mails other tests queued are not this test's business
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update notification set status = 'SENT', sent_at = now() where status = 'PENDING'").executeUpdate());
        mailbox.clear();
        before = fx.count("select coalesce(max(id), 0) from notification");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFinalGradeAndTheCertificateItBringsAreMailedToTheLearnerOnce() {
        fx.completeCourses("kabar1", 90);
        long id = submit();
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json")
                .body(fx.marks(new int[] { 20, 15, 15, 10, 20 }, "GRADED", "Rencana yang kuat."))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200).body("state", equalTo("GRADED"));
        assertEquals(2, pending(), "the grade and the certificate are queued, nothing is sent yet");
        assertEquals(0, mailbox.getTotalMessagesSent());

        NotificationService.Run run = notifications.sendDue(20);
        assertEquals(2, run.sent());
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(2, mails.size());
        Mail graded = mails.stream().filter(m -> m.getSubject().contains("Tugas sudah dinilai")).findFirst().orElseThrow();
        String name = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select display_name from app_user where id = ?1").setParameter(1, userId).getSingleResult());
        assertTrue(graded.getText().contains("Yth. " + name + ",") && graded.getText().contains("dinilai: 80,0 %")
                && graded.getText().contains("graded: 80.0 %")
                && graded.getText().contains("/tugas/" + GcioFixture.CAPSTONE)
                && graded.getText().contains("has been graded"), graded.getText());
        Mail certificate = mails.stream().filter(m -> m.getSubject().contains("Sertifikat")).findFirst().orElseThrow();
        String number = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select number from certificate where user_id = ?1 and status = 'VALID'").setParameter(1, userId).getSingleResult());
        assertTrue(certificate.getText().contains(number) && certificate.getText().contains("/verifikasi/" + number),
                certificate.getText());

        assertEquals(0, notifications.sendDue(20).taken(), "a sent e-mail is never sent again");
        assertEquals(2, mailbox.getTotalMessagesSent());
        assertEquals(2, fx.count("select count(*) from notification where user_id = ?1 and status = 'SENT' and id > ?2",
                userId, before));
    }

    @Test
    void aSubmissionReturnedForRevisionIsMailedWithWhereToRevise() {
        long id = submit();
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json")
                .body(fx.marks(new int[] { 10 }, "RETURNED", "Tambahkan indikator outcome."))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200);
        notifications.sendDue(20);
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().startsWith("Tugas dikembalikan untuk revisi"), mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("/tugas/" + GcioFixture.CAPSTONE), mails.get(0).getText());
    }

    @Test
    void aRefusedGradeQueuesNothing() {
        long id = submit();
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json")
                .body(fx.marks(new int[] { 20 }, "PUBLISHED", "x"))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(422);
        assertEquals(0, pending());
    }

    @Test
    void anEmailAnotherInstanceIsSendingIsSkippedAndSentOnlyOnce() throws Exception {
        long first = queue("Satu");
        long second = queue("Dua");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // "another instance": holds the first row locked, as the job does while it sends
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select id from notification where id = ?1 for update").setParameter(1, first).getResultList();
            locked.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(locked.await(20, TimeUnit.SECONDS));

        NotificationService.Run run = notifications.sendDue(20);
        assertEquals(1, run.sent());
        assertEquals(List.of("Dua"), mailbox.getMailsSentTo(email).stream().map(Mail::getSubject).toList());
        release.countDown();
        other.get(20, TimeUnit.SECONDS);

        assertEquals(1, notifications.sendDue(20).sent());
        assertEquals(List.of("Dua", "Satu"), mailbox.getMailsSentTo(email).stream().map(Mail::getSubject).toList());
        assertEquals(2, fx.count("select count(*) from notification where id in (?1, ?2) and status = 'SENT'", first, second));
    }

    @Test
    void aFailedSendWaitsLongerEachTimeAndIsGivenUpAfterTheLastAttempt() {
        QuarkusMock.installMockForType(new NotificationSender() {
            @Override
            public void send(String recipient, String subject, String body) {
                throw new IllegalStateException("421 server busy");
            }
        }, NotificationSender.class);
        long id = queue("Gagal");
        NotificationService.Run run = notifications.sendDue(20);
        assertEquals(1, run.retried());
        assertEquals(1, fx.count("""
                select count(*) from notification where id = ?1 and status = 'PENDING' and attempts = 1
                  and last_error like '%421%' and next_attempt_at > now() + interval '50 seconds'""", id));
        assertEquals(0, notifications.sendDue(20).taken(), "not due again before its wait is over");

        for (int attempt = 2; attempt <= 6; attempt++) {
            clock.advance(NotificationService.backoff(attempt - 1).plusSeconds(1));
            assertEquals(1, notifications.sendDue(20).taken());
        }
        assertEquals(1, fx.count("select count(*) from notification where id = ?1 and status = 'FAILED' and attempts = 6", id));
        clock.advance(Duration.ofDays(2));
        assertEquals(0, notifications.sendDue(20).taken(), "a given-up e-mail is not tried again");

        // the admins see it
        NotificationService.Summary summary = notifications.summary();
        assertTrue(summary.failed() >= 1);
        WebSession.signIn("admin").get("/admin").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(summary.failed() + " gagal"))
                .body(org.hamcrest.Matchers.containsString("periksa pengaturan server SMTP"));

        // once the mail server is mended, the admin tries them again: due at once, with a fresh set of attempts
        WebSession.signIn("admin").postForm("/admin", "/admin/email/coba-lagi", Map.of()).then().statusCode(303);
        assertEquals(1, fx.count("select count(*) from notification where id = ?1 and status = 'PENDING' and attempts = 0", id));
        List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        QuarkusMock.installMockForType(new NotificationSender() {
            @Override
            public void send(String recipient, String subject, String body) {
                delivered.add(subject);
            }
        }, NotificationSender.class);
        assertEquals(1, notifications.sendDue(50).sent());
        assertEquals(List.of("Gagal"), delivered);
        WebSession.signIn("peserta").postForm("/profil", "/admin/email/coba-lagi", Map.of()).then().statusCode(403);
    }

    @Test
    void eachTrainerWithWorkWaitingGetsOneDigestAMorning() {
        submit();
        String idleCohort = fx.cohort();
        fx.assignTrainer(idleCohort, "pelatih3"); // a trainer whose cohort has nothing waiting
        long trainer = fx.user("pelatih");
        long idle = fx.user("pelatih3");
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(System.nanoTime() % 3000);

        assertTrue(notifications.queueTrainerDigests(day) >= 1);
        assertEquals(-1, notifications.queueTrainerDigests(day), "the day's digest is queued once, whichever instance asks");
        assertEquals(1, digests(trainer));
        assertEquals(0, digests(idle));

        notifications.sendDue(50);
        String trainerEmail = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select email from app_user where id = ?1").setParameter(1, trainer).getSingleResult());
        List<Mail> mails = mailbox.getMailsSentTo(trainerEmail);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().matches("\\d+ menunggu dinilai / waiting to be graded"), mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("/pelatih/penilaian"), mails.get(0).getText());

        assertTrue(notifications.queueTrainerDigests(day.plusDays(1)) >= 1, "the next morning it comes again");
    }

    @Test
    void sentAndGivenUpEmailsAreDeletedAfterNinetyDaysPendingOnesNever() {
        long oldSent = queue("Lama terkirim");
        long oldFailed = queue("Lama gagal");
        long oldPending = queue("Lama menunggu");
        long recentSent = queue("Baru terkirim");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update notification set created_at = now() - interval '91 days' where id in (?1, ?2, ?3)""")
                    .setParameter(1, oldSent).setParameter(2, oldFailed).setParameter(3, oldPending).executeUpdate();
            em.createNativeQuery("update notification set status = 'SENT', sent_at = now() where id in (?1, ?2)")
                    .setParameter(1, oldSent).setParameter(2, recentSent).executeUpdate();
            em.createNativeQuery("update notification set status = 'FAILED' where id = ?1").setParameter(1, oldFailed)
                    .executeUpdate();
        });
        assertTrue(notifications.forgetOld() >= 2);
        assertEquals(2, fx.count("select count(*) from notification where id in (?1, ?2, ?3, ?4)",
                oldSent, oldFailed, oldPending, recentSent));
        assertEquals(1, fx.count("select count(*) from notification where id = ?1 and status = 'PENDING'", oldPending));
        assertEquals(1, fx.count("select count(*) from notification where id = ?1", recentSent));
    }

    @Test
    void aWeekBeforeTheCohortEndsMembersWithCoursesOpenAreRemindedOnce() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).plusDays(400 + System.nanoTime() % 3000);
        String cohort = "GCIO-AKHIR-" + System.nanoTime() % 1_000_000;
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("code", cohort, "name", "Angkatan yang segera berakhir", "programme", "GCIO", "year", 2026,
                        "endsOn", today.plusDays(7).toString()))
                .post("/api/v1/cohorts").then().statusCode(201);
        fx.join(cohort, "kabar1", "Rahmat Hidayat, S.Kom.");
        fx.completeCourses("kabar1", 90);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update enrolment set completed_at = null where user_id = ?1
                  and course_id = (select id from course where slug = 'atensi-kepemimpinan-digital')""")
                .setParameter(1, userId).executeUpdate());
        fx.join(cohort, "kabar2", "Dra. Wulan Sari, M.M.");
        fx.completeCourses("kabar2", 90); // done: no reminder
        long done = fx.user("kabar2");

        assertEquals(1, notifications.queueCohortReminders(today));
        assertEquals(-1, notifications.queueCohortReminders(today), "once a day, whichever instance asks");
        String reminders = "select count(*) from notification where user_id = ?1 and kind = 'COHORT_REMINDER' and id > ?2";
        assertEquals(1, fx.count(reminders, userId, before));
        assertEquals(0, fx.count(reminders, done, before));

        notifications.sendDue(50);
        Mail mail = mailbox.getMailsSentTo(email).stream().filter(m -> m.getSubject().contains(cohort)).findFirst().orElseThrow();
        assertTrue(mail.getText().contains("Atensi") && !mail.getText().contains("- Transformasi Digital"), mail.getText());
        assertEquals(0, notifications.queueCohortReminders(today.plusDays(1)), "the next day nobody's cohort ends in 7 days");
    }

    private long digests(long userId) {
        return fx.count("select count(*) from notification where user_id = ?1 and kind = 'TRAINER_DIGEST' and status = 'PENDING'",
                userId);
    }

    private long submit() {
        return given().header("Authorization", Tokens.bearer("kabar1")).contentType("application/json")
                .body(Map.of("body", PLAN)).post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long queue(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into notification (user_id, kind, recipient, subject, body, next_attempt_at, created_at)
                values (?1, 'TEST', ?2, ?3, 'Isi', ?4, ?4) returning id""")
                .setParameter(1, userId).setParameter(2, email).setParameter(3, subject)
                .setParameter(4, java.sql.Timestamp.from(clock.instant().minusSeconds(1))).getSingleResult()).longValue());
    }

    private long pending() {
        return fx.count("select count(*) from notification where user_id = ?1 and status = 'PENDING'", userId);
    }
}
