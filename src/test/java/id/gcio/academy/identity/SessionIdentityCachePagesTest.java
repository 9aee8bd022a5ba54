package id.gcio.academy.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Signed-in pages through the real code flow with the session cache in front of Quarkus OIDC's token check. */
@QuarkusTest
class SessionIdentityCachePagesTest {

    @Inject
    SessionIdentityCache cache;

    @Inject
    SessionCookieCache cookies;

    @Test
    void twoSignedInUsersAlwaysSeeThemselvesWhenTheirRequestsInterleave() {
        WebSession learner = WebSession.signIn("peserta");
        WebSession trainer = WebSession.signIn("pelatih");
        for (int i = 0; i < 3; i++) {
            learner.get("/belajar").then().statusCode(200).body(containsString("Masuk sebagai Peserta · peserta"))
                    .body(not(containsString("href=\"/pelatih/penilaian\"")));
            trainer.get("/belajar").then().statusCode(200).body(containsString("· pelatih"));
            learner.get("/pelatih/penilaian").then().statusCode(403);
            trainer.get("/pelatih/penilaian").then().statusCode(200);
        }
        assertTrue(cache.size() >= 2, "both sessions are remembered");
        assertTrue(cookies.size() >= 2, "both session cookies are remembered decrypted");
    }

    @Test
    void aRememberedSessionsCookieAlteredByOneCharacterIsStillRefused() {
        WebSession learner = WebSession.signIn("peserta");
        learner.get("/belajar").then().statusCode(200);
        String cookie = learner.cookies().get("q_session");
        int i = cookie.length() / 2;
        String altered = cookie.substring(0, i) + (cookie.charAt(i) == 'A' ? 'B' : 'A') + cookie.substring(i + 1);
        given().redirects().follow(false).cookie("q_session", altered).get("/belajar").then()
                .statusCode(303).header("Location", containsString("/masuk"))
                .header("Set-Cookie", allOf(startsWith("q_session=;"), containsString("Max-Age=0")));
        learner.get("/belajar").then().statusCode(200).body(containsString("Masuk sebagai Peserta · peserta"));
    }
}
