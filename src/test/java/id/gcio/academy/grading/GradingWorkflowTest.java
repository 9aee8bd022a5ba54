package id.gcio.academy.grading;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.support.TestClock;
import id.gcio.academy.support.WebSession;
import id.gcio.academy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grading workflow over the API: submit, claim, grade, return, resubmit, second marking, moderation, audit, access. */
@QuarkusTest
class GradingWorkflowTest {

    static final String PLAN = "## Kondisi OPD\n\nIndeks SPBE kami perlu naik.\n\n## Inisiatif\n\n- Satu Data\n";

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    GcioFixture fx;
    String cohort;
    String learner;
    String trainer;

    @BeforeEach
    void setUp() {
        fx = new GcioFixture(em);
        fx.reset("sertif1");
        fx.reset("sertif2");
        cohort = fx.cohort();
        fx.join(cohort, "sertif1", "Dr. Ir. Siti Rahmawati, M.Si.");
        fx.assignTrainer(cohort, "pelatih");
        learner = Tokens.bearer("sertif1");
        trainer = Tokens.bearer("pelatih");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    private long submit(String token, String body) {
        return as(token).contentType("application/json").body(Map.of("body", body)).post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    private int[] top() {
        return new int[] { 20 };
    }

    @Test
    void aTrainerOfTheCohortClaimsAndGradesWithTheRubricAndTheLearnerSeesTheFeedback() {
        long id = submit(learner, PLAN);
        as(trainer).get("/api/v1/grading/queue?cohort=" + cohort).then().statusCode(200)
                .body("id", hasItems((int) id)).body("find { it.id == " + id + " }.state", equalTo("SUBMITTED"))
                .body("find { it.id == " + id + " }.learnerName", equalTo("Dr. Ir. Siti Rahmawati, M.Si."));
        as(trainer).contentType("application/json").post("/api/v1/submissions/" + id + "/claim").then().statusCode(200)
                .body("claimedByMe", equalTo(true)).body("learner.name", equalTo("Dr. Ir. Siti Rahmawati, M.Si."));
        Map<String, Object> marks = fx.marks(new int[] { 20, 15, 15, 10, 20 }, "GRADED", "Rencana yang kuat.");
        as(trainer).contentType("application/json").body(marks).post("/api/v1/submissions/" + id + "/marks").then()
                .statusCode(200).body("state", equalTo("GRADED")).body("percent", equalTo(80.0f));
        as(learner).get("/api/v1/assignments/" + GcioFixture.CAPSTONE).then().statusCode(200)
                .body("submission.state", equalTo("GRADED")).body("submission.percent", equalTo(80.0f))
                .body("submission.marks[0].feedback", equalTo("Rencana yang kuat."))
                .body("submission.marks[0].criteria", hasSize(5)).body("canSubmit", equalTo(false));
        assertEquals(2, fx.count("select count(*) from grade_audit where submission_id = ?1", id));
    }

    @Test
    void theApiKeepsRubricTextsInIndonesianAndAddsTheirEnglish() {
        as(learner).get("/api/v1/assignments/" + GcioFixture.CAPSTONE).then().statusCode(200)
                .body("rubric.criteria[0].title.en", equalTo("Diagnosis of the OPD's digital state"))
                .body("rubric.criteria[0].description", org.hamcrest.Matchers.startsWith("Seberapa jelas dan berbukti"))
                .body("rubric.criteria[0].descriptionEn", org.hamcrest.Matchers.startsWith("How clearly, and with what evidence"))
                .body("rubric.criteria[0].levels[3].title", equalTo("Sangat baik"))
                .body("rubric.criteria[0].levels[3].titleEn", equalTo("Very good"))
                .body("rubric.criteria[0].levels[3].description", org.hamcrest.Matchers.startsWith("Semua unsur tingkat Memadai"))
                .body("rubric.criteria[0].levels[3].descriptionEn", org.hamcrest.Matchers.startsWith("Everything at the Adequate level"));
    }

    @Test
    void aTrainerOutsideTheCohortIsRefusedAndNothingChanges() {
        long id = submit(learner, PLAN);
        String other = Tokens.bearer("pelatih2");
        as(other).get("/api/v1/submissions/" + id).then().statusCode(403).contentType("application/problem+json");
        as(other).contentType("application/json").post("/api/v1/submissions/" + id + "/claim").then().statusCode(403);
        as(other).contentType("application/json").body(fx.marks(top(), "GRADED", "x"))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(403);
        as(other).get("/api/v1/grading/queue").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItems((int) id)));
        assertEquals(0, fx.count("select count(*) from submission_mark where submission_id = ?1", id));
        assertEquals("SUBMITTED", state(id));
    }

    @Test
    void aClaimedSubmissionCannotBeTakenByASecondTrainer() {
        fx.assignTrainer(cohort, "pelatih2");
        long id = submit(learner, PLAN);
        as(trainer).contentType("application/json").post("/api/v1/submissions/" + id + "/claim").then().statusCode(200);
        String second = Tokens.bearer("pelatih2");
        as(second).contentType("application/json").post("/api/v1/submissions/" + id + "/claim").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("sedang dinilai"));
        as(second).contentType("application/json").body(fx.marks(top(), "GRADED", "x"))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(409);
        as(trainer).contentType("application/json").post("/api/v1/submissions/" + id + "/release").then().statusCode(204);
        as(second).contentType("application/json").post("/api/v1/submissions/" + id + "/claim").then().statusCode(200);
    }

    @Test
    void returningForRevisionLetsTheLearnerResubmitAndKeepsEveryVersion() {
        long id = submit(learner, PLAN);
        Map<String, Object> back = fx.marks(new int[] { 10 }, "RETURNED", "Tambahkan indikator outcome.");
        as(trainer).contentType("application/json").body(back).post("/api/v1/submissions/" + id + "/marks").then()
                .statusCode(200).body("state", equalTo("RETURNED"));
        as(learner).get("/api/v1/assignments/" + GcioFixture.CAPSTONE).then().statusCode(200)
                .body("submission.marks[0].feedback", equalTo("Tambahkan indikator outcome.")).body("canSubmit", equalTo(true));
        long again = submit(learner, PLAN + "\n## Indikator outcome\n\nWaktu layanan turun.");
        assertEquals(id, again);
        as(learner).get("/api/v1/assignments/" + GcioFixture.CAPSTONE).then().statusCode(200)
                .body("submission.version", equalTo(2)).body("submission.versions", hasSize(2))
                .body("submission.state", equalTo("SUBMITTED"));
        as(trainer).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("audit.action", hasItems("SUBMITTED", "RETURNED", "RESUBMITTED"));
    }

    @Test
    void pointsThatAreNotALevelOfTheRubricAreRefusedAndNothingIsRecorded() {
        long id = submit(learner, PLAN);
        as(trainer).contentType("application/json").body(fx.marks(new int[] { 25 }, "GRADED", "x"))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("points." + fx.criteria().get(0)));
        as(trainer).contentType("application/json").body(fx.marks(new int[] { -1 }, "GRADED", "x"))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(422);
        assertEquals(0, fx.count("select count(*) from submission_mark where submission_id = ?1", id));
        assertEquals("SUBMITTED", state(id));
    }

    @Test
    void changingAFinalGradeNeedsAReasonAndIsAudited() {
        long id = submit(learner, PLAN);
        as(trainer).contentType("application/json").body(fx.marks(new int[] { 10 }, "GRADED", "Cukup."))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200).body("percent", equalTo(50.0f));
        as(trainer).contentType("application/json").body(fx.marks(new int[] { 15 }, "GRADED", "Dinilai ulang."))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(422).body("errors.field", hasItems("reason"));
        Map<String, Object> regrade = new java.util.HashMap<>(fx.marks(new int[] { 15 }, "GRADED", "Dinilai ulang."));
        regrade.put("reason", "Lampiran anggaran terlewat pada penilaian pertama.");
        as(trainer).contentType("application/json").body(regrade).post("/api/v1/submissions/" + id + "/marks").then()
                .statusCode(200).body("percent", equalTo(75.0f));
        String audit = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                select cast(before_state as text) || ' ' || cast(after_state as text) || ' ' || reason from grade_audit
                where submission_id = ?1 and action = 'REGRADED'""").setParameter(1, id).getSingleResult());
        org.hamcrest.MatcherAssert.assertThat(audit, org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("50.00"), org.hamcrest.Matchers.containsString("75.00"),
                org.hamcrest.Matchers.containsString("Lampiran anggaran")));
    }

    @Test
    void secondMarkingAveragesCloseMarksAndSendsFarApartMarksToModeration() {
        fx.assignTrainer(cohort, "pelatih2");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update assignment set second_marking = true, moderation_threshold = 10 where code = ?1")
                .setParameter(1, GcioFixture.CAPSTONE).executeUpdate());
        try {
            long id = submit(learner, PLAN);
            String second = Tokens.bearer("pelatih2");
            as(trainer).contentType("application/json").body(fx.marks(new int[] { 20 }, "GRADED", "Baik."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200).body("state", equalTo("SECOND_MARKING"));
            // The first marker cannot be the second; the second marker does not see the first marks.
            as(trainer).contentType("application/json").body(fx.marks(new int[] { 20 }, "GRADED", "Lagi."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(409);
            as(second).get("/api/v1/submissions/" + id).then().statusCode(200).body("marks", hasSize(0))
                    .body("percent", equalTo(null));
            as(second).contentType("application/json").body(fx.marks(new int[] { 10 }, "GRADED", "Kurang data."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200).body("state", equalTo("MODERATION"));
            as(trainer).contentType("application/json").body(fx.marks(new int[] { 15 }, "GRADED", "x"))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(403);
            String admin = Tokens.bearer("admin");
            as(admin).get("/api/v1/grading/queue?state=MODERATION").then().statusCode(200).body("id", hasItems((int) id));
            as(admin).contentType("application/json").body(fx.marks(new int[] { 15 }, "GRADED", "Moderasi: 75."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200)
                    .body("state", equalTo("GRADED")).body("percent", equalTo(75.0f));

            fx.reset("sertif1");
            long close = submit(learner, PLAN);
            as(trainer).contentType("application/json").body(fx.marks(new int[] { 20 }, "GRADED", "Baik."))
                    .post("/api/v1/submissions/" + close + "/marks").then().statusCode(200);
            as(second).contentType("application/json").body(fx.marks(new int[] { 20, 20, 20, 20, 15 }, "GRADED", "Baik."))
                    .post("/api/v1/submissions/" + close + "/marks").then().statusCode(200)
                    .body("state", equalTo("GRADED")).body("percent", equalTo(97.5f));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update assignment set second_marking = false where code = ?1").setParameter(1, GcioFixture.CAPSTONE).executeUpdate());
        }
    }

    @Test
    void aLearnerNeverSeesAnotherLearnersSubmissionOrFiles() {
        fx.join(cohort, "sertif2", "Budi Santoso, S.Kom.");
        as(learner).contentType("application/json").body(Map.of("body", PLAN, "files", java.util.List.of(file("lampiran.pdf", pdfBytes()))))
                .post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions").then().statusCode(201);
        long fileId = fx.count("""
                select f.id from submission_file f join submission_version v on v.id = f.version_id
                join submission s on s.id = v.submission_id join app_user u on u.id = s.user_id where u.subject = 'sertif1'""");
        as(learner).get("/api/v1/submission-files/" + fileId).then().statusCode(200).contentType("application/pdf");
        String other = Tokens.bearer("sertif2");
        as(other).get("/api/v1/submission-files/" + fileId).then().statusCode(404);
        as(other).get("/api/v1/assignments/" + GcioFixture.CAPSTONE).then().statusCode(200).body("submission", equalTo(null));
        as(other).get("/api/v1/grading/queue").then().statusCode(403);
        as(trainer).get("/api/v1/submission-files/" + fileId).then().statusCode(200);
    }

    @Test
    void anUploadThatLiesAboutItsTypeIsRefusedAndNothingIsStored() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        as(learner).contentType("application/json").body(Map.of("body", PLAN, "files", java.util.List.of(file("laporan.pdf", png))))
                .post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("files"));
        as(learner).contentType("application/json").body(Map.of("body", "  ")).post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions")
                .then().statusCode(422).body("errors.field", hasItems("body"));
        assertEquals(0, fx.count("select count(*) from submission s join app_user u on u.id = s.user_id where u.subject = 'sertif1'"));
    }

    @Test
    void someoneOutsideTheProgrammeCannotSubmit() {
        String outsider = Tokens.bearer("sertif3");
        fx.reset("sertif3");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update participant set user_id = null where user_id = (select id from app_user where subject = 'sertif3')").executeUpdate());
        as(outsider).contentType("application/json").body(Map.of("body", PLAN)).post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions")
                .then().statusCode(409);
        assertEquals(0, fx.count("select count(*) from submission s join app_user u on u.id = s.user_id where u.subject = 'sertif3'"));
    }

    @Test
    void refusesFirstSubmissionAfterDeadline() {
        WebSession page = WebSession.signIn("sertif1");
        String token = page.csrfToken("/tugas/" + GcioFixture.CAPSTONE);
        // The cohort ends in a month: its last day, 23:59 WITA, is the capstone's deadline.
        clock.advance(java.time.Duration.ofDays(40));
        as(learner).get("/api/v1/assignments/" + GcioFixture.CAPSTONE).then().statusCode(200).body("canSubmit", equalTo(false));
        as(learner).contentType("application/json").body(Map.of("body", PLAN))
                .post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Batas waktu"));
        page.request().multiPart("csrf-token", token).multiPart("body", PLAN)
                .post("/tugas/" + GcioFixture.CAPSTONE).then().statusCode(409)
                .body(containsString("Batas waktu pengumpulan sudah lewat"));
        page.request().cookie(id.gcio.academy.web.Ui.LANG_COOKIE, "en").multiPart("csrf-token", token).multiPart("body", PLAN)
                .post("/tugas/" + GcioFixture.CAPSTONE).then().statusCode(409)
                .body(containsString("The deadline has passed"));
        assertEquals(0, fx.count("select count(*) from submission s join app_user u on u.id = s.user_id where u.subject = 'sertif1'"));
    }

    @Test
    void acceptsFirstSubmissionBeforeDeadline() {
        clock.advance(java.time.Duration.ofDays(20));
        submit(learner, PLAN);
    }

    @Test
    void refusesAnUnknownDecisionAndWritesNothing() {
        long id = submit(learner, PLAN);
        for (String decision : new String[] { "RETURN", "", "graded!" }) {
            as(trainer).contentType("application/json").body(fx.marks(top(), decision, "Baik."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(422)
                    .contentType("application/problem+json").body("errors.field", hasItems("decision"));
        }
        Map<String, Object> noDecision = new java.util.HashMap<>(fx.marks(top(), "GRADED", "Baik."));
        noDecision.remove("decision");
        as(trainer).contentType("application/json").body(noDecision).post("/api/v1/submissions/" + id + "/marks").then()
                .statusCode(422).body("errors.field", hasItems("decision"));
        assertEquals(0, fx.count("select count(*) from submission_mark where submission_id = ?1", id));
        assertEquals(1, fx.count("select count(*) from grade_audit where submission_id = ?1", id));
        assertEquals("SUBMITTED", state(id));
    }

    @Test
    void onlyAnAdminChangesAGradeSettledBySecondMarkingOrModeration() {
        fx.assignTrainer(cohort, "pelatih2");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update assignment set second_marking = true, moderation_threshold = 10 where code = ?1")
                .setParameter(1, GcioFixture.CAPSTONE).executeUpdate());
        long id;
        String second = Tokens.bearer("pelatih2");
        try {
            id = submit(learner, PLAN);
            as(trainer).contentType("application/json").body(fx.marks(new int[] { 20 }, "GRADED", "Baik."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200).body("state", equalTo("SECOND_MARKING"));
            as(second).contentType("application/json").body(fx.marks(new int[] { 10 }, "GRADED", "Kurang data."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200).body("state", equalTo("MODERATION"));
            as(Tokens.bearer("admin")).contentType("application/json").body(fx.marks(new int[] { 15 }, "GRADED", "Moderasi."))
                    .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200).body("percent", equalTo(75.0f));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update assignment set second_marking = false where code = ?1").setParameter(1, GcioFixture.CAPSTONE).executeUpdate());
        }
        // Even with second marking switched off since, the overruled first marker (or any trainer) cannot override it.
        Map<String, Object> regrade = new java.util.HashMap<>(fx.marks(new int[] { 20 }, "GRADED", "Tetap sempurna."));
        regrade.put("reason", "Saya tidak setuju dengan moderasi.");
        // the trainer is not offered the claim at all: the page says who may change the grade
        as(trainer).get("/api/v1/submissions/" + id).then().statusCode(200).body("claimable", equalTo(false));
        as(Tokens.bearer("admin")).get("/api/v1/submissions/" + id).then().statusCode(200).body("claimable", equalTo(true));
        WebSession.signIn("pelatih").get("/pelatih/penilaian/" + id).then().statusCode(200)
                .body(not(containsString("/pelatih/penilaian/" + id + "/klaim")))
                .body(containsString("hanya admin yang dapat mengubahnya"));
        as(trainer).contentType("application/json").post("/api/v1/submissions/" + id + "/claim").then().statusCode(403)
                .contentType("application/problem+json");
        as(trainer).contentType("application/json").body(regrade).post("/api/v1/submissions/" + id + "/marks").then()
                .statusCode(403);
        as(second).contentType("application/json").body(regrade).post("/api/v1/submissions/" + id + "/marks").then()
                .statusCode(403);
        assertEquals(3, fx.count("select count(*) from submission_mark where submission_id = ?1", id));
        assertEquals(0, fx.count("select count(*) from grade_audit where submission_id = ?1 and action = 'REGRADED'", id));
        as(Tokens.bearer("admin")).contentType("application/json").body(regrade).post("/api/v1/submissions/" + id + "/marks")
                .then().statusCode(200).body("state", equalTo("GRADED")).body("percent", equalTo(100.0f));
        assertEquals(1, fx.count("select count(*) from grade_audit where submission_id = ?1 and action = 'REGRADED'", id));
    }

    @Test
    void aRegradeNeedsAReasonOfAtLeastFiveCharacters() {
        long id = submit(learner, PLAN);
        as(trainer).contentType("application/json").body(fx.marks(new int[] { 10 }, "GRADED", "Cukup."))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200);
        Map<String, Object> regrade = new java.util.HashMap<>(fx.marks(new int[] { 15 }, "GRADED", "Ulang."));
        regrade.put("reason", "x");
        as(trainer).contentType("application/json").body(regrade).post("/api/v1/submissions/" + id + "/marks").then()
                .statusCode(422).body("errors.field", hasItems("reason"));
        assertEquals(1, fx.count("select count(*) from submission_mark where submission_id = ?1", id));
    }

    @Test
    void aFileEntryWithoutNameOrContentIsRefusedAndNothingIsStored() {
        java.util.List<Object> nullEntry = new java.util.ArrayList<>();
        nullEntry.add(null);
        Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("body", PLAN);
        withNull.put("files", nullEntry);
        as(learner).contentType("application/json").body(withNull)
                .post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("files"));
        Map<String, Object> nameless = new java.util.HashMap<>();
        nameless.put("contentBase64", java.util.Base64.getEncoder().encodeToString(pdfBytes()));
        as(learner).contentType("application/json").body(Map.of("body", PLAN, "files", java.util.List.of(nameless)))
                .post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("files"));
        as(learner).contentType("application/json").body(Map.of("body", PLAN, "files", java.util.List.of(Map.of("name", "a.pdf"))))
                .post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions").then().statusCode(422)
                .body("errors.field", hasItems("files"));
        assertEquals(0, fx.count("select count(*) from submission s join app_user u on u.id = s.user_id where u.subject = 'sertif1'"));
    }

    @Test
    void anUnknownQueueFilterShowsTheQueueWithTheMessageAtTheField() {
        WebSession page = WebSession.signIn("pelatih");
        page.get("/pelatih/penilaian?status=FOO").then().statusCode(422)
                .body(containsString("id=\"status-error\"")).body(containsString("FOO")).body(containsString("tidak dikenal"))
                .body(containsString("name=\"angkatan\""));
        page.get("/pelatih/penilaian?angkatan=NOPE").then().statusCode(422)
                .body(containsString("id=\"angkatan-error\"")).body(containsString("value=\"NOPE\""));
        page.get("/pelatih/penilaian?angkatan=" + cohort).then().statusCode(200).body(not(containsString("field-error")));
    }

    static Map<String, String> file(String name, byte[] bytes) {
        return Map.of("name", name, "contentBase64", java.util.Base64.getEncoder().encodeToString(bytes));
    }

    static byte[] pdfBytes() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    private String state(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select state from submission where id = ?1").setParameter(1, id).getSingleResult());
    }
}
