package id.gcio.academy.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Announcements: posted by those who run a cohort, shown to its active members (sanitized) and e-mailed to them. */
@QuarkusTest
class AnnouncementTest {

    @Inject
    EntityManager em;

    GcioFixture fx;
    String cohort;
    String page;

    @BeforeEach
    void setUp() {
        fx = new GcioFixture(em);
        cohort = fx.cohort();
        fx.join(cohort, "pengumuman1", "Agus Salim, S.T.");
        fx.assignTrainer(cohort, "pelatih");
        page = "/kohort/" + cohort + "/pengumuman";
    }

    @Test
    void aTrainerPostsAndTheMembersSeeItSanitizedAndGetItByEmail() {
        String title = "Sesi daring " + cohort;
        WebSession.signIn("pelatih").postForm(page, page, Map.of("title", title,
                "body", "**Sesi 2** hari Kamis pukul 09.00 WITA.\n\n<script>alert('x')</script>\n\n- bawa rencana aksi"))
                .then().statusCode(303);

        String dashboard = WebSession.signIn("pengumuman1").get("/belajar").then().statusCode(200)
                .body(containsString(title)).body(containsString("<strong>Sesi 2</strong>"))
                .body(containsString("<li>bawa rencana aksi</li>"))
                .body(containsString("&lt;script&gt;")) // raw HTML is shown as text, never run
                .extract().asString();
        assertEquals(false, dashboard.contains("<script>alert"), "no script from an announcement reaches a page: " + dashboard);
        long learner = fx.user("pengumuman1");
        assertEquals(1, fx.count("""
                select count(*) from notification where user_id = ?1 and kind = 'COHORT_ANNOUNCEMENT' and subject = ?2""",
                learner, "[" + cohort + "] " + title));
        WebSession.signIn("pelatih").get(page).then().statusCode(200).body(containsString(title))
                .body(containsString("diterima 1 peserta"));

        WebSession.signIn("pengumuman1").get("/belajar/pengumuman").then().statusCode(200).body(containsString(title));

        // someone in another cohort does not see it
        WebSession.signIn("peserta2").get("/belajar").then().statusCode(200).body(not(containsString(title)));
        WebSession.signIn("peserta2").get("/belajar/pengumuman").then().statusCode(200).body(not(containsString(title)));
    }

    @Test
    void aMissingTitleIsExplainedAtTheFieldAndNothingIsPosted() {
        WebSession.signIn("pelatih").postForm(page, page, Map.of("title", " ", "body", "Isi tanpa judul"))
                .then().statusCode(422).body(containsString("id=\"title-error\"")).body(containsString("Isi tanpa judul"));
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("title", "Judul", "body", "x".repeat(5001))).post("/api/v1" + "/cohorts/" + cohort + "/announcements")
                .then().statusCode(422).body("errors.field", hasItem("body"));
        assertEquals(0, fx.count("select count(*) from cohort_announcement a join cohort c on c.id = a.cohort_id where c.code = ?1",
                cohort));
    }

    @Test
    void onlyThoseWhoRunTheCohortPost() {
        Map<String, String> body = Map.of("title", "Bukan urusan saya", "body", "Isi");
        given().header("Authorization", Tokens.bearer("pelatih2")).contentType("application/json").body(body)
                .post("/api/v1/cohorts/" + cohort + "/announcements").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("pengumuman1")).contentType("application/json").body(body)
                .post("/api/v1/cohorts/" + cohort + "/announcements").then().statusCode(403);
        WebSession.signIn("pengumuman1").get(page).then().statusCode(403);
        assertEquals(0, fx.count("select count(*) from cohort_announcement a join cohort c on c.id = a.cohort_id where c.code = ?1",
                cohort));

        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(body)
                .post("/api/v1/cohorts/" + cohort + "/announcements").then().statusCode(201).body("recipients", equalTo(1));
        given().header("Authorization", Tokens.bearer("pelatih")).get("/api/v1/cohorts/" + cohort + "/announcements")
                .then().statusCode(200).body("title", hasItem("Bukan urusan saya"));
    }
}
