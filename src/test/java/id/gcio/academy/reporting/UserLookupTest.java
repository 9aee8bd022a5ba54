package id.gcio.academy.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import id.gcio.academy.web.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** Admins look users up by NIP, name or e-mail, with the cohorts their NIP links them to. */
@QuarkusTest
class UserLookupTest {

    @Inject
    EntityManager em;

    @Test
    void anAdminFindsALearnerByNipOrNameWithTheirCohorts() {
        GcioFixture fx = new GcioFixture(em);
        String cohort = fx.cohort();
        String nip = fx.join(cohort, "datasaya", "Dra. Wulan Sari, M.M.");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set nip = ?1, display_name = 'Wulan Sari Pencarian' where subject = 'datasaya'")
                .setParameter(1, nip).executeUpdate());
        String admin = Tokens.bearer("admin");
        String byNip = nip.substring(0, 8) + " " + nip.substring(8, 14);
        given().header("Authorization", admin).queryParam("q", byNip).get("/api/v1/admin/users").then().statusCode(200)
                .body("user.nip", hasItem(nip))
                .body("find { it.user.nip == '" + nip + "' }.cohorts.code", hasItem(cohort));
        given().header("Authorization", admin).queryParam("q", "wulan sari PENCARIAN").get("/api/v1/admin/users").then()
                .statusCode(200).body("user.nip", hasItem(nip));
        // LIKE wildcards are plain characters: "%%%" finds nobody instead of everybody
        given().header("Authorization", admin).queryParam("q", "%%%").get("/api/v1/admin/users").then().statusCode(200)
                .body("size()", equalTo(0));

        WebSession.signIn("admin").get("/admin/pengguna?q=" + nip).then().statusCode(200)
                .body(containsString("Wulan Sari Pencarian")).body(containsString("/kohort/" + cohort));
    }

    @Test
    void aSearchShorterThanThreeCharactersIsExplainedAtTheField() {
        given().header("Authorization", Tokens.bearer("admin")).queryParam("q", "ab").get("/api/v1/admin/users").then()
                .statusCode(422).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("q"));
        WebSession.signIn("admin").get("/admin/pengguna?q=ab").then().statusCode(400)
                .body(containsString("id=\"q-error\"")).body(containsString("paling sedikit 3"));
    }

    @Test
    void onlyAdminsLookUsersUp() {
        for (String user : new String[] { "peserta", "pelatih", "mitra" }) {
            given().header("Authorization", Tokens.bearer(user)).queryParam("q", "admin").get("/api/v1/admin/users")
                    .then().statusCode(403);
            WebSession.signIn(user).get("/admin/pengguna?q=admin").then().statusCode(403)
                    .body(not(containsString("Cari pengguna")));
        }
    }
}
