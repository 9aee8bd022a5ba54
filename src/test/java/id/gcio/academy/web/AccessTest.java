package id.gcio.academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every role against every endpoint family, with real tokens and real sessions from the OIDC dev server. */
@QuarkusTest
class AccessTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/me", "/api/v1/courses", "/api/v1/me/enrolments", "/api/v1/admin/content/sync-runs" })
    void anonymousApiCallsGetJson401NeverALoginRedirect(String path) {
        given().redirects().follow(false).get(path).then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/me", "/api/v1/courses" })
    void aForgedTokenIsRefusedWithJson401(String path) {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .redirects().follow(false).get(path).then()
                .statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest
    @CsvSource({ "peserta,peserta", "pelatih,pelatih", "mitra,mitra", "admin,admin" })
    void meReturnsTheCallersProfileAndRoles(String user, String role) {
        given().header("Authorization", Tokens.bearer(user)).get("/api/v1/me").then()
                .statusCode(200)
                .body("roles", hasItem(role))
                .body("roles.size()", equalTo(1))
                .body("id", org.hamcrest.Matchers.notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "peserta", "pelatih", "mitra", "admin" })
    void everyRoleReadsTheCatalogue(String user) {
        given().header("Authorization", Tokens.bearer(user)).get("/api/v1/courses").then()
                .statusCode(200).body("slug", hasItem("transformasi-digital"));
    }

    @ParameterizedTest
    @CsvSource({ "peserta,200", "pelatih,200", "admin,200", "mitra,403" })
    void learningApiIsForLearnersTrainersAndAdmins(String user, int status) {
        given().header("Authorization", Tokens.bearer(user)).get("/api/v1/me/enrolments").then().statusCode(status);
    }

    @ParameterizedTest
    @CsvSource({ "peserta,403", "pelatih,403", "mitra,403", "admin,200" })
    void contentAdministrationIsForAdminsOnly(String user, int status) {
        given().header("Authorization", Tokens.bearer(user)).get("/api/v1/admin/content/sync-runs").then()
                .statusCode(status);
    }

    @ParameterizedTest
    @CsvSource({ "peserta", "mitra" })
    void forbiddenApiCallsAnswerWithAProblemBody(String user) {
        given().header("Authorization", Tokens.bearer(user)).post("/api/v1/admin/content/sync").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE).body("status", equalTo(403));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/kursus/transformasi-digital" })
    void catalogueAndCoursePagesArePublic(String path) {
        WebSession.anonymous().get(path).then().statusCode(200).contentType(containsString("text/html"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/kursus/transformasi-digital", "/verifikasi" })
    void publicPagesGreetASignedInReaderByName(String path) {
        WebSession.signIn("peserta").get(path).then().statusCode(200).body(containsString("Masuk sebagai Peserta · peserta"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/kursus/transformasi-digital", "/verifikasi" })
    void aBrokenSessionCookieOnAPublicPageLeadsToSigningInAgainNotAnError(String path) {
        given().redirects().follow(false).cookie("q_session", "not.a.session").get(path).then()
                .statusCode(303).header("Location", containsString("/masuk"))
                .header("Set-Cookie", allOf(startsWith("q_session=;"), containsString("Max-Age=0")));
    }

    @org.junit.jupiter.api.Test
    void aBrokenSessionCookieIsDroppedSoSigningInStartsAfreshInsteadOfLooping() {
        // e.g. after ACADEMY_SESSION_SECRET changed: /masuk itself cannot read the session
        given().redirects().follow(false).cookie("q_session", "not.a.session").get("/masuk").then()
                .statusCode(303).header("Location", containsString("/masuk"))
                .header("Set-Cookie", allOf(startsWith("q_session=;"), containsString("Max-Age=0")));
        // the browser comes back without it and is sent to the identity provider
        given().redirects().follow(false).get("/masuk").then()
                .statusCode(302).header("Location", containsString("/authorize"));
    }

    @org.junit.jupiter.api.Test
    void behindATrustedHttpsProxyTheLoginReturnAddressIsHttps() {
        given().redirects().follow(false).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "academy.example.go.id")
                .get("/belajar").then().statusCode(302)
                .header("Location", containsString("redirect_uri=https%3A%2F%2Facademy.example.go.id%2F"));
        given().redirects().follow(false).get("/belajar").then().statusCode(302)
                .header("Location", containsString("redirect_uri=http%3A%2F%2Flocalhost"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/belajar", "/profil", "/admin", "/belajar/kursus/transformasi-digital/apa-itu-transformasi-digital" })
    void personalPagesSendAnonymousVisitorsToTheLoginPage(String path) {
        WebSession.anonymous().get(path).then().statusCode(302).header("Location", containsString("/authorize"));
    }

    @ParameterizedTest
    @CsvSource({ "peserta,403", "pelatih,403", "mitra,403", "admin,200" })
    void adminPageIsForAdminsOnly(String user, int status) {
        WebSession.signIn(user).get("/admin").then().statusCode(status).contentType(containsString("text/html"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "peserta", "pelatih", "mitra", "admin" })
    void everyRoleHasADashboardAndProfile(String user) {
        WebSession s = WebSession.signIn(user);
        s.get("/belajar").then().statusCode(200).body(containsString("Pembelajaran saya"));
        s.get("/profil").then().statusCode(200).body(containsString("name=\"nip\""));
    }

    @org.junit.jupiter.api.Test
    void signingOutEndsTheSessionAtTheIdentityProvider() {
        WebSession s = WebSession.signIn("pelatih");
        s.postFormWithoutCsrf("/keluar", java.util.Map.of()) // the sign-out form carries no token (see LogoutPages)
                .then().statusCode(302).header("Location", containsString("/logout"));
        s.get("/belajar").then().statusCode(302).header("Location", containsString("/authorize"));
    }

    @org.junit.jupiter.api.Test
    void aLinkToTheLogoutAddressAsksFirstAndKeepsTheSession() {
        WebSession s = WebSession.signIn("pelatih");
        s.get("/keluar").then().statusCode(303).header("Location", "/keluar/konfirmasi");
        s.get("/keluar/konfirmasi").then().statusCode(200).body(containsString("Keluar dari GCIO Academy?"))
                .body(containsString("<form method=\"post\" action=\"/keluar\""));
        s.get("/belajar").then().statusCode(200);
    }

    @org.junit.jupiter.api.Test
    void aLogoutPostedFromAnotherSiteIsRefusedAndKeepsTheSession() {
        WebSession s = WebSession.signIn("pelatih");
        s.request().contentType("application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .post("/keluar").then().statusCode(403);
        s.request().contentType("application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .post("/keluar").then().statusCode(403);
        s.get("/belajar").then().statusCode(200);
        // the same form sent from this site's own pages (the browser names this origin) signs out
        s.request().contentType("application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:" + io.restassured.RestAssured.port).post("/keluar")
                .then().statusCode(302).header("Location", containsString("/logout"));
    }


    @ParameterizedTest
    @CsvSource({ "peserta,303", "pelatih,303", "admin,303", "mitra,403" })
    void enrolmentFormIsForLearnersTrainersAndAdmins(String user, int status) {
        WebSession s = WebSession.signIn(user);
        s.postForm("/profil", "/belajar/kursus/kepemimpinan-digital/daftar", java.util.Map.of())
                .then().statusCode(status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "application/json", "text/plain" })
    void aPagePostThatIsNotAFormIsRefusedBeforeItChangesAnything(String contentType) {
        // Without a form body the CSRF check has no token to compare: such a post must not reach the page.
        String course = "penerapan-kepemimpinan-digital-opd";
        WebSession s = WebSession.signIn("tamu");
        given().header("Authorization", Tokens.bearer("tamu")).get("/api/v1/me/enrolments").then()
                .statusCode(200).body("courseSlug", org.hamcrest.Matchers.not(hasItem(course)));
        // REST Assured would otherwise send a form type with an empty post
        var post = contentType.isEmpty() ? s.request().noContentType() : s.request().contentType(contentType).body("{}");
        post.post("/belajar/kursus/" + course + "/daftar").then().statusCode(415);
        given().header("Authorization", Tokens.bearer("tamu")).get("/api/v1/me/enrolments").then()
                .statusCode(200).body("courseSlug", org.hamcrest.Matchers.not(hasItem(course)));
    }

    @org.junit.jupiter.api.Test
    void theJsonApiStillTakesJsonPosts() {
        given().header("Authorization", Tokens.bearer("tamu")).contentType("application/json")
                .body("{\"courseSlug\":\"atensi-kepemimpinan-digital\"}").post("/api/v1/me/enrolments").then()
                .statusCode(200).body("courseSlug", equalTo("atensi-kepemimpinan-digital"));
    }

    /** A page refused by its role check still shows the signed-in menu: the learner has not lost their session. */
    @ParameterizedTest
    @ValueSource(strings = { "/admin", "/admin/laporan", "/kohort", "/pelatih/penilaian" })
    void aRefusedPageKeepsTheSignedInMenu(String path) {
        WebSession.signIn("peserta").get(path).then().statusCode(403)
                .body(allOf(containsString("href=\"/belajar\""), containsString("action=\"/keluar\"")))
                .body(org.hamcrest.Matchers.not(containsString("class=\"nav-login\"")))
                .body(org.hamcrest.Matchers.not(containsString("href=\"/admin\"")));
    }
}
