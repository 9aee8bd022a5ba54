package id.gcio.academy.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admins' partner pages: create a partner, let a user act for it, stop them acting for it. */
@QuarkusTest
class AdminPartnerPagesTest {

    @Inject
    EntityManager em;

    @Test
    void anAdminCreatesAPartnerAndGrantsAndRemovesAMembersAccess() {
        String code = "MITRA-P" + System.nanoTime() % 1_000_000;
        String member = Tokens.bearer("mitra3");
        given().header("Authorization", member).get("/api/v1/me").then().statusCode(200);
        String email = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select email from app_user where subject = 'mitra3'").getSingleResult());
        WebSession admin = WebSession.signIn("admin");

        // a malformed code is explained at its field and nothing is created
        admin.postForm("/admin/mitra", "/admin/mitra", Map.of("code", "mitra baru!", "name", "Mitra Uji " + code))
                .then().statusCode(422).body(containsString("id=\"code-error\"")).body(containsString("Kode mitra"));
        assertEquals(0L, count("select count(*) from partner where name = ?1", "Mitra Uji " + code));

        admin.postForm("/admin/mitra", "/admin/mitra", Map.of("code", code.toLowerCase(), "name", "Mitra Uji " + code))
                .then().statusCode(303).header("Location", endsWith("/admin/mitra/" + code));
        admin.get("/admin/mitra").then().statusCode(200).body(containsString("/admin/mitra/" + code));

        // an unknown user is explained at the field; a known one becomes a member
        String page = "/admin/mitra/" + code;
        admin.postForm(page, page + "/anggota", Map.of("user", "belum.pernah.masuk@contoh.go.id")).then().statusCode(422)
                .body(containsString("id=\"user-error\"")).body(containsString("belum pernah masuk"));
        admin.postForm(page, page + "/anggota", Map.of("user", email)).then().statusCode(303);
        admin.get(page).then().statusCode(200).body(containsString(email)).body(containsString("Cabut akses"));

        // the member now acts for the partner: its cohort opens
        String cohort = "DLA-P" + System.nanoTime() % 1_000_000;
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("code", cohort, "name", "Angkatan mitra " + code, "programme", "DLA", "year", 2026, "partner", code))
                .post("/api/v1/cohorts").then().statusCode(201);
        given().header("Authorization", member).get("/api/v1/cohorts/" + cohort).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/partners/" + code).then().statusCode(200)
                .body("members.email", hasItem(email)).body("cohorts", hasItem(cohort));

        // removing the member closes the partner's cohorts to them at once
        long userId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from app_user where subject = 'mitra3'").getSingleResult()).longValue());
        admin.postForm(page, page + "/anggota/" + userId + "/hapus", Map.of()).then().statusCode(303);
        admin.get(page).then().statusCode(200).body(not(containsString(email)));
        given().header("Authorization", member).get("/api/v1/cohorts/" + cohort).then().statusCode(403);

        // who granted and who removed the access stays on record
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/partners/" + code).then().statusCode(200)
                .body("history.action", org.hamcrest.Matchers.contains("REMOVED", "ADDED"))
                .body("history.actor", org.hamcrest.Matchers.everyItem(equalTo(QuarkusTransaction.requiringNew().call(() ->
                        (String) em.createNativeQuery("select display_name from app_user where subject = 'admin'").getSingleResult()))));
        admin.get(page).then().statusCode(200).body(containsString("Riwayat akses")).body(containsString("dicabut oleh"));
    }

    @Test
    void removingAMemberWithoutTheCsrfTokenChangesNothing() {
        String code = "MITRA-Q" + System.nanoTime() % 1_000_000;
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("code", code, "name", "Mitra Q")).post("/api/v1/partners").then().statusCode(201);
        given().header("Authorization", Tokens.bearer("mitra3")).get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("user", QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select email from app_user where subject = 'mitra3'").getSingleResult())))
                .put("/api/v1/partners/" + code + "/members").then().statusCode(200).body("members.size()", equalTo(1));
        long userId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from app_user where subject = 'mitra3'").getSingleResult()).longValue());

        WebSession.signIn("admin").postFormWithoutCsrf("/admin/mitra/" + code + "/anggota/" + userId + "/hapus", Map.of())
                .then().statusCode(400);
        assertEquals(1L, count("select count(*) from partner_member m join partner p on p.id = m.partner_id where p.code = ?1", code));
    }

    @Test
    void onlyAdminsOpenThePartnerPages() {
        WebSession.signIn("mitra").get("/admin/mitra").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("mitra")).delete("/api/v1/partners/MITRA-A/members/1").then().statusCode(403);
    }

    private long count(String sql, Object param) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, param)
                .getSingleResult()).longValue());
    }
}
