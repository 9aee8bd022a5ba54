package id.gcio.academy.grading;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learner's assignment page and the trainer's grading page as people read them: errors, rubric, language, history. */
@QuarkusTest
class GradingPagesTest {

    static final String PAGE = "/tugas/" + GcioFixture.CAPSTONE;

    @Inject
    EntityManager em;

    GcioFixture fx;
    String cohort;

    @BeforeEach
    void setUp() {
        fx = new GcioFixture(em);
        fx.reset("sertif1");
        cohort = fx.cohort();
        fx.join(cohort, "sertif1", "Dr. Ir. Siti Rahmawati, M.Si.");
        fx.assignTrainer(cohort, "pelatih");
    }

    private long submitOverApi() {
        return given().header("Authorization", Tokens.bearer("sertif1")).contentType("application/json")
                .body(Map.of("body", GradingWorkflowTest.PLAN)).post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void gradeOverApi(long id) {
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json")
                .body(fx.marks(new int[] { 20, 15, 15, 10, 20 }, "GRADED", "Rencana yang kuat."))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200);
    }

    @Test
    void aRefusedSubmissionSaysWhyAtTheTopOfThePageLinksToTheFieldAndKeepsTheText() {
        WebSession s = WebSession.signIn("sertif1");
        String token = s.csrfToken(PAGE);
        String typed = "Rencana saya yang belum selesai";
        String html = s.request().multiPart("csrf-token", token).multiPart("body", typed)
                .multiPart("berkas", "palsu.pdf", "ini bukan PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post(PAGE).then().statusCode(422).extract().asString();

        int summary = html.indexOf("class=\"error-summary\" role=\"alert\"");
        assertTrue(summary > 0, html);
        assertTrue(summary < html.indexOf("id=\"brief-heading\""), "the summary comes before the brief and the rubric");
        assertTrue(html.indexOf("<a href=\"#berkas\">") > summary, "the summary links to the file field");
        assertTrue(html.contains("bukan PDF yang sah"), "the file is said to be no valid PDF");
        assertTrue(html.contains(">" + typed + "</textarea>"), "the typed text is kept");

        String empty = s.request().multiPart("csrf-token", token).multiPart("body", " ").post(PAGE)
                .then().statusCode(422).extract().asString();
        assertTrue(empty.contains("<a href=\"#body\">Tuliskan isi tugas Anda.</a>"), empty);
        assertTrue(empty.contains("id=\"body\""), "the link's target exists");
    }

    @Test
    void theLongRubricFoldsAwayAndALinkLeadsStraightToTheForm() {
        String html = WebSession.signIn("sertif1").get(PAGE).then().statusCode(200).extract().asString();
        assertFalse(html.contains("error-summary"), "no errors, no summary");
        int jump = html.indexOf("href=\"#kirim\"");
        assertTrue(jump > 0 && jump < html.indexOf("id=\"brief-heading\""), html);
        assertTrue(html.contains("id=\"kirim\""), "the link's target exists");
        assertTrue(html.indexOf("<details class=\"fold\">") < html.indexOf("<table class=\"rubric\">"), "the rubric is folded");
    }

    @Test
    void eachRubricLevelIsItsOwnBlockWithTheDescriptionUnderItsPointsAndName() {
        long id = submitOverApi();
        WebSession t = WebSession.signIn("pelatih");
        t.postForm("/pelatih/penilaian/" + id, "/pelatih/penilaian/" + id + "/klaim", Map.of()).then().statusCode(303);
        String html = t.get("/pelatih/penilaian/" + id).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<label class=\"choice\"><span class=\"choice-head\"><input type=\"radio\" name=\"points.DIAGNOSIS\" value=\"0\">"
                + " <strong>0 · Belum memadai</strong></span><span class=\"choice-text\">"), html);
        String css = given().get("/static/academy.css").then().statusCode(200).extract().asString();
        assertTrue(css.contains(".choice {") && css.contains(".choice-text {") && css.contains(".choice:has(input:checked)"),
                "levels are blocks with a visible selected state");
    }

    @Test
    void theLearnerReadsTheGradeAndTheRefusalInEnglish() {
        gradeOverApi(submitOverApi());
        WebSession s = WebSession.signIn("sertif1");
        String en = s.request().cookie("lang", "en").get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(en.contains("This assignment has been graded."), en);
        assertFalse(en.contains("Tugas ini sudah dinilai."), "no Indonesian refusal in English");
        assertTrue(en.contains("<strong>Diagnosis of the OPD&#39;s digital state</strong>:")
                || en.contains("<strong>Diagnosis of the OPD's digital state</strong>:"), "criterion titles of the grade in English");
        String id = s.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(id.contains("Tugas ini sudah dinilai.") && id.contains("<strong>Diagnosis kondisi digital OPD</strong>:"), id);
    }

    @Test
    void theLearnersRubricReadsInThePageLanguage() {
        WebSession s = WebSession.signIn("sertif1");
        String en = s.request().cookie("lang", "en").get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(en.contains("<strong>15</strong> · Adequate: The OPD&#39;s applications, data and services are described")
                || en.contains("<strong>15</strong> · Adequate: The OPD's applications, data and services are described"), en);
        assertTrue(en.contains("Every figure names its source."), "level descriptions in English");
        assertTrue(en.contains("How far the initiatives align with SPBE"), "criterion descriptions in English");
        assertFalse(en.contains("Setiap angka menyebut sumbernya.") || en.contains("· Memadai:"), "no Indonesian levels in English");

        String id = s.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(id.contains("<strong>15</strong> · Memadai: Aplikasi, data dan layanan OPD diuraikan"), id);
        assertTrue(id.contains("Setiap angka menyebut sumbernya.") && id.contains("Sejauh mana inisiatif selaras dengan SPBE"), id);
        assertFalse(id.contains("Every figure names its source."), "no English levels by default");
    }

    @Test
    void theTrainerMarksWithTheRubricInThePageLanguage() {
        long id = submitOverApi();
        WebSession t = WebSession.signIn("pelatih");
        t.postForm("/pelatih/penilaian/" + id, "/pelatih/penilaian/" + id + "/klaim", Map.of()).then().statusCode(303);
        String en = t.request().cookie("lang", "en").get("/pelatih/penilaian/" + id).then().statusCode(200).extract().asString();
        assertTrue(en.contains("name=\"points.DIAGNOSIS\" value=\"10\"> <strong>10 · Developing</strong></span>"
                + "<span class=\"choice-text\">Part of the situation is described (for example a list of applications)"), en);
        assertTrue(en.contains("<p class=\"hint\">How far the initiatives align with SPBE"), "criterion descriptions in English");
        assertFalse(en.contains("Sebagian kondisi diuraikan") || en.contains("· Berkembang</strong>"), "no Indonesian levels in English");

        String idn = t.get("/pelatih/penilaian/" + id).then().statusCode(200).extract().asString();
        assertTrue(idn.contains("name=\"points.DIAGNOSIS\" value=\"10\"> <strong>10 · Berkembang</strong></span>"
                + "<span class=\"choice-text\">Sebagian kondisi diuraikan (misalnya daftar aplikasi)"), idn);
        assertFalse(idn.contains("Part of the situation is described"), "no English levels by default");
    }

    @Test
    void theGradeBreakdownNamesTheLevelsInThePageLanguage() {
        gradeOverApi(submitOverApi());
        WebSession s = WebSession.signIn("sertif1");
        String en = s.request().cookie("lang", "en").get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(en.contains("digital state</strong>: Very good (20/20)"), en);
        assertTrue(en.contains("</strong>: Developing (10/20)"), "the fourth criterion's level in English");
        String id = s.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(id.contains("<strong>Diagnosis kondisi digital OPD</strong>: Sangat baik (20/20)"), id);
    }

    @Test
    void theTrainerSeesTheAssignmentInTheirLanguageAndTheHistoryInWords() {
        long id = submitOverApi();
        gradeOverApi(id);
        WebSession t = WebSession.signIn("pelatih");
        String idn = t.get("/pelatih/penilaian/" + id).then().statusCode(200).extract().asString();
        assertTrue(idn.contains("<h1>Rencana Aksi Kepemimpinan Digital OPD</h1>"), idn);
        assertTrue(idn.contains("· Dikirim</li>") && idn.contains("· Dinilai</li>"), "the audit in words");
        assertTrue(idn.contains("Penilai pertama · Dinilai ·"), "the mark's role and decision in words");
        assertFalse(idn.contains("SUBMITTED") || idn.contains("FIRST ·") || idn.contains("· GRADED"), "no raw codes");

        String en = t.request().cookie("lang", "en").get("/pelatih/penilaian/" + id).then().statusCode(200).extract().asString();
        assertTrue(en.contains("<h1>OPD Digital Leadership Action Plan</h1>"), en);
        assertTrue(en.contains("· Submitted</li>") && en.contains("First marker · Graded ·"), en);
        assertTrue(en.contains("Diagnosis of the OPD"), "criterion titles in English");
        assertFalse(en.contains("Diagnosis kondisi digital OPD"), "no Indonesian criterion titles in English");

        String queue = t.request().cookie("lang", "en").get("/pelatih/penilaian?status=GRADED&angkatan=" + cohort)
                .then().statusCode(200).extract().asString();
        assertTrue(queue.contains("OPD Digital Leadership Action Plan · v1"), queue);
    }

    @Test
    void theQueuesCohortFilterOffersTheCohortsTheTrainerGrades() {
        String option = "<option value=\"" + cohort + "\"";
        String queue = WebSession.signIn("pelatih").get("/pelatih/penilaian?angkatan=" + cohort).then().statusCode(200)
                .extract().asString();
        assertTrue(queue.contains("<select id=\"angkatan\" name=\"angkatan\""), queue);
        assertTrue(queue.contains(option + " selected>" + cohort + " · Angkatan GCIO uji " + cohort + "</option>"), queue);
        String other = WebSession.signIn("pelatih3").get("/pelatih/penilaian").then().statusCode(200).extract().asString();
        assertFalse(other.contains(option), "another trainer's cohort is not offered");
        String admin = WebSession.signIn("admin").get("/pelatih/penilaian").then().statusCode(200).extract().asString();
        assertTrue(admin.contains(option + ">"), "an admin may choose any cohort");
    }
}
