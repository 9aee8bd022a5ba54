package id.gcio.academy.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Certificate pages: revocation asks first, history and grades in words, "check now" says what it did. */
@QuarkusTest
class CertificatePagesTest {

    @Inject
    EntityManager em;

    GcioFixture fx;

    /** Completes everything and has the capstone graded in the cohort; returns the certificate number. */
    private String earn(String cohort, String subject, String name) {
        fx.reset(subject);
        fx.join(cohort, subject, name);
        return fx.earnCertificate(subject);
    }

    private String cohortWithTrainer() {
        fx = new GcioFixture(em);
        String cohort = fx.cohort();
        fx.assignTrainer(cohort, "pelatih");
        return cohort;
    }

    @Test
    void revokingShowsHolderNumberAndReasonAndRevokesOnlyWhenConfirmed() {
        String cohort = cohortWithTrainer();
        String number = earn(cohort, "sertifp1", "Drs. Bambang Sutejo, M.Si.");
        WebSession admin = WebSession.signIn("admin");
        String page = "/admin/sertifikat/" + number;

        admin.postForm(page, page + "/cabut", Map.of("reason", "x")).then().statusCode(422)
                .body(containsString("id=\"reason-error\"")).body(not(containsString("Ya, cabut sertifikat")));

        String confirm = admin.postForm(page, page + "/cabut", Map.of("reason", "Data kelulusan keliru")).then()
                .statusCode(200).extract().asString();
        for (String shown : new String[] { "Cabut sertifikat ini?", "Drs. Bambang Sutejo, M.Si.", number,
                "Data kelulusan keliru", "tidak dapat dibatalkan", "name=\"confirmed\" value=\"ya\"", "name=\"csrf-token\"" }) {
            assertEquals(true, confirm.contains(shown), shown);
        }
        given().get("/api/v1/certificates/" + number).then().body("status", equalTo("VALID"));

        admin.postFormWithoutCsrf(page + "/cabut", Map.of("reason", "Data kelulusan keliru", "confirmed", "ya")).then()
                .statusCode(400);
        given().get("/api/v1/certificates/" + number).then().body("status", equalTo("VALID"));

        admin.postForm(page, page + "/cabut", Map.of("reason", "Data kelulusan keliru", "confirmed", "ya")).then()
                .statusCode(303).header("Location", containsString(page));
        given().get("/api/v1/certificates/" + number).then().body("status", equalTo("REVOKED"))
                .body("revokedReason", equalTo("Data kelulusan keliru"));

        // the history in words of the page's language, not ISSUED/REVOKED
        admin.get(page).then().statusCode(200).body(containsString(" · Diterbitkan")).body(containsString(" · Dicabut · Data"))
                .body(not(containsString("ISSUED"))).body(not(containsString("REVOKED")));
        admin.request().cookie("lang", "en").get(page).then().body(containsString(" · Issued"))
                .body(containsString(" · Revoked · Data")).body(not(containsString("ISSUED")));
    }

    @Test
    void checkingACohortSaysHowManyWereIssuedAndHowManyAreNotYetEligible() {
        String cohort = cohortWithTrainer();
        String number = earn(cohort, "sertifp2", "Hj. Nurul Aini, S.E.");
        fx.reset("sertifp3");
        fx.join(cohort, "sertifp3", "Yohanes Lewi");
        // as if the certificate had not been issued when the capstone was graded
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from certificate_event where certificate_id = (select id from certificate where number = ?1)")
                    .setParameter(1, number).executeUpdate();
            em.createNativeQuery("delete from certificate where number = ?1").setParameter(1, number).executeUpdate();
        });
        WebSession admin = WebSession.signIn("admin");
        String results = "/kohort/" + cohort + "/hasil";
        admin.postForm(results, "/kohort/" + cohort + "/sertifikat/periksa", Map.of()).then().statusCode(303);
        admin.get(results).then().statusCode(200)
                .body(containsString("Pemeriksaan syarat selesai: 1 sertifikat diterbitkan; 1 peserta belum memenuhi syarat"))
                .body(not(containsString("Sertifikat diperbarui")));
        admin.postForm(results, "/kohort/" + cohort + "/sertifikat/periksa", Map.of()).then().statusCode(303);
        admin.get(results).then()
                .body(containsString("Pemeriksaan syarat selesai: tidak ada sertifikat baru; 1 peserta belum memenuhi syarat"));

        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .post("/api/v1/cohorts/" + cohort + "/certificates/evaluate").then().statusCode(200)
                .body("issued", equalTo(0)).body("notYetEligible", equalTo(1)).body("alreadyCertified", equalTo(1))
                .body("queuedForApproval", equalTo(0));
    }

    @Test
    void theLearnersPageLinksWhatIsMissingAndCallsTheGradeFinalOnceTheCertificateIsIssued() {
        String cohort = cohortWithTrainer();
        fx.reset("sertifp4");
        fx.join(cohort, "sertifp4", "Agus Salim");
        String second = GcioFixture.COURSES.get(1);
        long userId = fx.user("sertifp4");
        // every lesson of the second course done, its quiz not yet passed: the link leads to the quiz
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into enrolment (user_id, course_id, source, enrolled_at)
                    select ?1, c.id, 'path', now() from course c where c.slug = ?2 on conflict do nothing""")
                    .setParameter(1, userId).setParameter(2, second).executeUpdate();
            em.createNativeQuery("""
                    insert into lesson_progress (enrolment_id, lesson_id, completed_at)
                    select e.id, l.id, now() from enrolment e join lesson l on l.course_id = e.course_id
                    join course c on c.id = e.course_id where e.user_id = ?1 and c.slug = ?2 and l.archived_at is null
                    on conflict do nothing""").setParameter(1, userId).setParameter(2, second).executeUpdate();
        });
        String open = WebSession.signIn("sertifp4").get("/sertifikat").then().statusCode(200).extract().asString();
        String first = GcioFixture.COURSES.get(0);
        assertEquals(true, open.contains("<a href=\"/kursus/" + first + "\">Kursus &quot;"), open);
        assertEquals(true, open.contains("<a href=\"/belajar/kursus/" + second + "/kuis\">Kursus &quot;"), open);
        assertEquals(true, open.contains("<a href=\"/tugas/" + GcioFixture.CAPSTONE + "\">Tugas &quot;"), open);
        assertEquals(false, open.contains("(semua materi dan kuisnya lulus)"), open);

        earn(cohort, "sertifp5", "Siti Aminah, S.Kom.");
        WebSession.signIn("sertifp5").get("/sertifikat").then().statusCode(200)
                .body(containsString("Nilai akhir: ")).body(not(containsString("sementara")));
    }
}
