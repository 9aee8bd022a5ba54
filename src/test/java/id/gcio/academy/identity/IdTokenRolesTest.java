package id.gcio.academy.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deployment option for identity providers that put the roles into the ID token: pages read the roles from it and
 * the session cookie keeps no access token; the API still reads bearer access tokens.
 */
@QuarkusTest
@TestProfile(IdTokenRolesTest.RolesFromIdToken.class)
class IdTokenRolesTest {

    public static class RolesFromIdToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.roles.source", "idtoken",
                    "quarkus.oidc.token-state-manager.strategy", "id-refresh-tokens");
        }
    }

    @Test
    void pagesTakeTheRolesFromTheIdToken() {
        WebSession.signIn("admin").get("/admin").then().statusCode(200).body(containsString("href=\"/admin\""));
        WebSession.signIn("pelatih").get("/pelatih/penilaian").then().statusCode(200);
        WebSession.signIn("peserta").get("/admin").then().statusCode(403);
        WebSession.signIn("peserta").get("/belajar").then().statusCode(200).body(not(containsString("href=\"/admin\"")));
    }

    @Test
    void theApiStillReadsTheAccessToken() {
        given().header("Authorization", Tokens.bearer("mitra")).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("mitra"));
    }
}
