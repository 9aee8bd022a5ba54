package id.gcio.academy.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's copy of their own data: everything about them, nothing about anyone else, no answer keys. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    EntityManager em;

    @Test
    void aLearnerDownloadsTheirProfileCohortsProgressScoresSubmissionsAndCertificates() {
        GcioFixture fx = new GcioFixture(em);
        fx.reset("datasaya");
        String cohort = fx.cohort();
        String nip = fx.join(cohort, "datasaya", "Dra. Wulan Sari, M.M.");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update app_user set nip = ?1 where subject = 'datasaya'")
                .setParameter(1, nip).executeUpdate());
        fx.completeCourses("datasaya", 85);
        String learner = Tokens.bearer("datasaya");
        given().header("Authorization", learner).contentType("application/json")
                .body(Map.of("body", "## Rencana\n\nSatu Data OPD.")).post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions")
                .then().statusCode(201);

        String json = given().header("Authorization", learner).get("/api/v1/me/data").then().statusCode(200)
                .body("profile.nip", equalTo(nip)).body("profile.subject", equalTo("datasaya"))
                .body("cohorts.code", hasItem(cohort))
                .body("courses.progress.courseSlug", hasItem("transformasi-digital"))
                .body("quizAttempts", hasSize(GcioFixture.COURSES.size()))
                .body("quizAttempts.courseSlug", hasItem("kepemimpinan-digital"))
                .body("quizAttempts.attempt.percent", everyItem(equalTo(85.0f)))
                .body("assignments[0].code", equalTo(GcioFixture.CAPSTONE))
                .body("assignments[0].submission.state", equalTo("SUBMITTED"))
                .extract().asString();
        assertTrue(!json.contains("\"correct\"") && !json.contains("\"key\""), "no answer keys: " + json);

        // the page offers the same document as a download, and only one's own
        WebSession page = WebSession.signIn("datasaya");
        page.get("/profil").then().statusCode(200).body(containsString("href=\"/profil/data\""));
        page.get("/profil/data").then().statusCode(200).contentType(containsString("application/json"))
                .header("Content-Disposition", containsString("attachment"))
                .body("profile.nip", equalTo(nip)).body("cohorts.code", hasItem(cohort));
        given().header("Authorization", Tokens.bearer("peserta2")).get("/api/v1/me/data").then().statusCode(200)
                .body("profile.subject", equalTo("peserta2")).body("cohorts.code", not(hasItem(cohort)));
    }

    @Test
    void nobodyGetsItWithoutSigningIn() {
        given().get("/api/v1/me/data").then().statusCode(401);
        given().redirects().follow(false).get("/profil/data").then().statusCode(302)
                .header("Location", containsString("authorize"));
    }
}
