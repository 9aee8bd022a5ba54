package id.gcio.academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.gcio.academy.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics, OpenAPI, security headers and error bodies. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void openApiDescribesOnlyTheJsonApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/me"))
                .body("paths.keySet()", hasItem("/api/v1/courses/{slug}"))
                .body("paths.keySet()", not(hasItem("/profil")));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void unknownPageGetsTheFriendly404Page() {
        given().get("/tidak-ada-di-sini").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Halaman tidak ditemukan"));
    }

    @Test
    void unknownCourseGetsThe404Page() {
        given().get("/kursus/tidak-ada").then().statusCode(404).body(containsString("Halaman tidak ditemukan"));
    }

    @Test
    void unknownApiPathGetsAProblemBody() {
        given().header("Authorization", Tokens.bearer("peserta")).get("/api/v1/tidak-ada").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
    }

    @Test
    void unknownCourseInTheApiGetsAProblemBody() {
        given().header("Authorization", Tokens.bearer("peserta")).get("/api/v1/courses/tidak-ada").then()
                .statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", equalTo("Kursus tidak ditemukan."));
    }

    @Test
    void malformedJsonGetsA400ProblemBody() {
        given().header("Authorization", Tokens.bearer("peserta")).contentType("application/json").body("{\"courseSlug\": ")
                .post("/api/v1/me/enrolments").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void missingFieldGetsA400ProblemBodyNamingTheField() {
        given().header("Authorization", Tokens.bearer("peserta")).contentType("application/json").body("{}")
                .post("/api/v1/me/enrolments").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("courseSlug"));
    }

    @Test
    void theLanguageSwitchOnlyRedirectsWithinTheSite() {
        given().redirects().follow(false).queryParam("kembali", "https://evil.example/").get("/bahasa/en").then()
                .statusCode(303).header("Location", not(containsString("evil")));
        given().redirects().follow(false).queryParam("kembali", "//evil.example/").get("/bahasa/en").then()
                .statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void englishSwitchTranslatesTheInterfaceAndCourseTitles() {
        given().cookie("lang", "en").get("/").then().statusCode(200)
                .body(containsString("Course catalogue"))
                .body(containsString("Digital Transformation"))
                .body(containsString("lang=\"en\""));
        given().get("/").then().statusCode(200).body(containsString("Katalog kursus")).body(containsString("lang=\"id\""));
    }

    @Test
    void benchmarkCeilingAnswersWhenEnabled() {
        given().get("/bench/ceiling").then().statusCode(200).body(equalTo("transformasi-digital"));
    }
}
