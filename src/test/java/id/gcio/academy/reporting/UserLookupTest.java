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
                .body("find { it.user?.nip == '" + nip + "' }.cohorts.code", hasItem(cohort));
        given().header("Authorization", admin).queryParam("q", "wulan sari PENCARIAN").get("/api/v1/admin/users").then()
                .statusCode(200).body("user.nip", hasItem(nip));
        // LIKE wildcards are plain characters: "%%%" finds nobody instead of everybody
        given().header("Authorization", admin).queryParam("q", "%%%").get("/api/v1/admin/users").then().statusCode(200)
                .body("size()", equalTo(0));

        WebSession.signIn("admin").get("/admin/pengguna?q=" + nip).then().statusCode(200)
                .body(containsString("Wulan Sari Pencarian")).body(containsString("/kohort/" + cohort));
    }

    @Test
    void anAdminFindsSomeoneOnARosterWhoNeverSignedInByNipTypedWithSpacesOrByName() {
        GcioFixture fx = new GcioFixture(em);
        String cohort = fx.cohort();
        String nip = String.format("198203152008012%03d", System.nanoTime() % 1000);
        String name = "Rosita Belum Masuk " + nip.substring(15);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from membership where participant_id in (select id from participant where nip = ?1)")
                    .setParameter(1, nip).executeUpdate();
            em.createNativeQuery("delete from participant where nip = ?1").setParameter(1, nip).executeUpdate();
            em.createNativeQuery("""
                    insert into participant (nip, full_name, opd_code, position_class, created_at, updated_at)
                    values (?1, ?2, (select code from opd order by code limit 1), 'JPT_PRATAMA', now(), now())""")
                    .setParameter(1, nip).setParameter(2, name).executeUpdate();
            em.createNativeQuery("""
                    insert into membership (cohort_id, participant_id, status, joined_at, status_changed_at, courses)
                    select c.id, p.id, 'ACTIVE', now(), now(), cast('[]' as jsonb) from cohort c, participant p
                    where c.code = ?1 and p.nip = ?2""").setParameter(1, cohort).setParameter(2, nip).executeUpdate();
        });
        String spaced = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
        String admin = Tokens.bearer("admin");
        // by default the API keeps its shape (every element a user); roster entries are asked for
        given().header("Authorization", admin).queryParam("q", spaced).get("/api/v1/admin/users").then().statusCode(200)
                .body("user", org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.nullValue())));
        given().header("Authorization", admin).queryParam("q", spaced).queryParam("roster", true).get("/api/v1/admin/users")
                .then().statusCode(200)
                .body("find { it.rosterEntry?.nip == '" + nip + "' }.user", equalTo(null))
                .body("find { it.rosterEntry?.nip == '" + nip + "' }.rosterEntry.fullName", equalTo(name))
                .body("find { it.rosterEntry?.nip == '" + nip + "' }.rosterEntry.cohorts.code", hasItem(cohort));
        given().header("Authorization", admin).queryParam("q", name.toLowerCase()).queryParam("roster", true)
                .get("/api/v1/admin/users").then().statusCode(200).body("rosterEntry.nip", hasItem(nip));

        WebSession.signIn("admin").request().queryParam("q", spaced).get("/admin/pengguna").then().statusCode(200)
                .body(containsString(name)).body(containsString("NIP " + nip)).body(containsString("belum pernah masuk"))
                .body(containsString("/kohort/" + cohort)).body(containsString("1 peserta di daftar angkatan belum pernah masuk"));
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
