package id.gcio.academy.support;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real bearer tokens from the built-in OIDC dev server that runs in the test profile. */
public final class Tokens {

    private Tokens() {
    }

    public static String issuerUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** An access token for one of the configured test users (peserta, peserta2, pelatih, mitra, admin). */
    public static String accessToken(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "gcio-academy")
                .formParam("username", user).formParam("scope", "openid profile email")
                .post(issuerUrl() + "/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String bearer(String user) {
        return "Bearer " + accessToken(user);
    }
}
