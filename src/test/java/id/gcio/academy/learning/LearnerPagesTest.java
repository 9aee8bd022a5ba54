package id.gcio.academy.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cohort member's dashboard and capstone page, in both interface languages. */
@QuarkusTest
class LearnerPagesTest {

    @Inject
    EntityManager em;

    @Test
    void pathCoursesNotStartedAreOfferedAndOneFormEnrolsInThem() {
        GcioFixture gcio = new GcioFixture(em);
        String cohort = gcio.cohort();
        gcio.join(cohort, "jalur1", "Jalur Satu");
        given().header("Authorization", Tokens.bearer("jalur1")).get("/api/v1/me/enrolments").then().statusCode(200)
                .body("$", empty());

        WebSession s = WebSession.signIn("jalur1");
        String before = s.get("/belajar").then().statusCode(200).extract().asString();
        assertTrue(before.contains("Jalur belajar angkatan Anda memuat 4 kursus yang belum Anda mulai"), before);
        assertTrue(before.contains("<a href=\"/kursus/penerapan-kepemimpinan-digital-opd\">Penerapan Kepemimpinan Digital"),
                "the courses are named by title");
        assertTrue(before.contains("action=\"/belajar/jalur\""), before);

        s.postFormWithoutCsrf("/belajar/jalur", Map.of()).then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        given().header("Authorization", Tokens.bearer("jalur1")).get("/api/v1/me/enrolments").then().body("$", empty());

        s.postForm("/belajar", "/belajar/jalur", Map.of()).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/belajar"));
        given().header("Authorization", Tokens.bearer("jalur1")).get("/api/v1/me/enrolments").then().statusCode(200)
                .body("courseSlug", containsInAnyOrder(GcioFixture.COURSES.toArray()));
        String after = s.get("/belajar").then().statusCode(200).extract().asString();
        assertFalse(after.contains("action=\"/belajar/jalur\""), "nothing left to start");
    }

    @Test
    void everyLessonDoneButTheQuizNotPassedLeadsToTheQuizNotToAFinishedLook() {
        String token = Tokens.bearer("kuistunda1");
        String course = "transformasi-digital";
        given().header("Authorization", token).contentType("application/json").body(Map.of("courseSlug", course))
                .post("/api/v1/me/enrolments").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        java.util.List<String> lessons = given().header("Authorization", token).get("/api/v1/courses/" + course).then()
                .statusCode(200).extract().path("lessons.slug");
        WebSession s = WebSession.signIn("kuistunda1");
        given().header("Authorization", token).put("/api/v1/me/progress/" + course + "/" + lessons.get(0)).then().statusCode(200);
        String halfway = s.get("/belajar").then().statusCode(200).extract().asString();
        assertFalse(halfway.contains("Semua pelajaran sudah selesai"), "lessons remain: the next lesson is offered");
        String coursePage = s.get("/kursus/" + course).then().statusCode(200).extract().asString();
        String doneLine = "<li class=\"done\">\n        <a href=\"/belajar/kursus/" + course + "/";
        assertTrue(coursePage.contains(doneLine + lessons.get(0) + "\""), "the finished lesson is marked: " + coursePage);
        assertFalse(coursePage.contains(doneLine + lessons.get(1) + "\""), "the next one is not");
        assertTrue(coursePage.split("class=\"done-mark\"", -1).length == 2, "one lesson says it is done");

        lessons.forEach(l -> given().header("Authorization", token).put("/api/v1/me/progress/" + course + "/" + l).then().statusCode(200));
        String page = s.get("/belajar").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Semua pelajaran sudah selesai. Kursus ini baru selesai setelah Anda lulus kuisnya."), page);
        assertTrue(page.contains("<a class=\"button\" href=\"/belajar/kursus/" + course + "/kuis\">Buka kuis</a>"), page);
        String en = s.request().cookie("lang", "en").get("/belajar").then().statusCode(200).extract().asString();
        assertTrue(en.contains("Every lesson is done. The course is complete once you pass its quiz."), en);
    }

    @Test
    void theCapstoneReadsInEnglishWhenTheInterfaceIsEnglish() {
        GcioFixture gcio = new GcioFixture(em);
        gcio.join(gcio.cohort(), "jalur2", "Jalur Dua");
        WebSession s = WebSession.signIn("jalur2");
        String id = s.get("/tugas/" + GcioFixture.CAPSTONE).then().statusCode(200).extract().asString();
        assertTrue(id.contains("<h1>Rencana Aksi Kepemimpinan Digital OPD</h1>"), id);
        assertTrue(id.contains("Diagnosis kondisi digital OPD"), "criterion titles in Bahasa Indonesia");

        String en = s.request().cookie("lang", "en").get("/tugas/" + GcioFixture.CAPSTONE).then().statusCode(200).extract().asString();
        assertTrue(en.contains("<h1>OPD Digital Leadership Action Plan</h1>"), en);
        assertTrue(en.contains("Write a <strong>12-month digital leadership action plan"), "the English brief");
        assertTrue(en.contains("Diagnosis of the OPD&#39;s digital state") || en.contains("Diagnosis of the OPD's digital state"),
                "criterion titles in English");
        String list = s.request().cookie("lang", "en").get("/tugas").then().statusCode(200).extract().asString();
        assertTrue(list.contains(">OPD Digital Leadership Action Plan</a>"), list);
    }

    @Test
    void whatAMemberStillMissesForTheCertificateFollowsTheLanguage() {
        GcioFixture gcio = new GcioFixture(em);
        gcio.join(gcio.cohort(), "jalur2", "Jalur Dua");
        WebSession s = WebSession.signIn("jalur2");
        String id = s.get("/sertifikat").then().statusCode(200).extract().asString();
        assertTrue(id.contains("Kursus \"Transformasi Digital\" belum selesai") || id.contains("Kursus &quot;Transformasi Digital&quot; belum selesai"), id);
        assertTrue(id.contains("Pelatihan dan Sertifikasi GCIO"), id);
        String en = s.request().cookie("lang", "en").get("/sertifikat").then().statusCode(200).extract().asString();
        assertTrue(en.contains("Course \"Digital Transformation\" is not complete")
                || en.contains("Course &quot;Digital Transformation&quot; is not complete"), en);
        assertTrue(en.contains("GCIO Training and Certification"), en);
        assertFalse(en.contains("belum selesai"), "nothing left in Bahasa Indonesia");
    }
}
