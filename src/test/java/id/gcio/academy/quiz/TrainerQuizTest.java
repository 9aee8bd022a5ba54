package id.gcio.academy.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** GIFT imports (API and pages), the trainer's attempt list, statistics and exports, and who may use them. */
@QuarkusTest
class TrainerQuizTest {

    /** What Moodle's "Export questions → GIFT" writes: id comments, a category, [html] texts, escapes. */
    static final String MOODLE_EXPORT = """
            // question: 0  name: Switch category to $course$/top/Impor Pelatih
            $CATEGORY: $course$/top/Impor Pelatih


            // question: 3041  name: imp-indeks-spbe
            ::imp-indeks-spbe::[html]<p>Indeks SPBE dinilai dengan skala 1 sampai berapa?</p>{#5:0}


            // question: 3042  name: imp-satu-data
            ::imp-satu-data::[html]<p>Portal Satu Data mengikuti Perpres 39/2019 tentang Satu Data Indonesia.</p>{TRUE#Periksa kembali Perpres 39/2019.#Benar.}


            // question: 3043  name: imp-escape
            ::imp-escape::[moodle]Rumus 1 \\= 1 dan tanda \\{kurung\\} dibaca sebagai teks\\: pilih yang benar.{
            \t=Teks biasa
            \t~Perintah
            }

            """;

    static final String BROKEN = """
            ::ok-1::Pertanyaan yang baik? {T}

            ::rusak-1::Pertanyaan tanpa kurung tutup? {
            =satu
            ~dua

            ::rusak-2::Pilihan ganda tanpa jawaban benar {~a ~b}
            """;

    @Inject
    EntityManager em;

    private long questions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from quiz_question q join quiz z on z.id = q.quiz_id join course c on c.id = z.course_id "
                        + "where c.slug = 'atensi-kepemimpinan-digital'").getSingleResult()).longValue());
    }

    private static io.restassured.specification.RequestSpecification api(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType("text/plain; charset=UTF-8");
    }

    @Test
    void aDryRunPreviewsAMoodleExportAndStoresNothing() {
        long before = questions();
        api("pelatih").header("X-File-Name", "moodle.gift").body(MOODLE_EXPORT)
                .post("/api/v1/courses/atensi-kepemimpinan-digital/quiz/questions/imports?dryRun=true").then()
                .statusCode(200).body("questions", hasSize(3)).body("problems", hasSize(0))
                .body("questions.type", org.hamcrest.Matchers.contains("NUMERIC", "TRUE_FALSE", "SINGLE_CHOICE"))
                .body("questions[2].text", org.hamcrest.Matchers.containsString("1 = 1 dan tanda {kurung} dibaca sebagai teks:"));
        assertEquals(before, questions());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "1", "yes", "" })
    void aDryRunFlagOtherThanTrueOrFalseIsRefusedAndImportsNothing(String value) {
        // "?dryRun=1" meant a preview; read as false it imported for real
        long before = questions();
        api("pelatih").header("X-File-Name", "moodle.gift").body(MOODLE_EXPORT)
                .post("/api/v1/courses/atensi-kepemimpinan-digital/quiz/questions/imports?dryRun=" + value).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("dryRun"));
        assertEquals(before, questions());
    }

    @Test
    void aBrokenFileIsRefusedWithLineNumbersAndNothingIsImported() {
        long before = questions();
        long imports = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from question_import").getSingleResult()).longValue());
        api("admin").body(BROKEN).post("/api/v1/courses/atensi-kepemimpinan-digital/quiz/questions/imports").then()
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("gift-refused"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("baris 3", "baris 7"));
        assertEquals(before, questions(), "the good question of a broken file is not imported either");
        assertEquals(imports, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from question_import").getSingleResult()).longValue()));
    }

    @Test
    void importingAddsQuestionsOnceAndTheSameFileAgainChangesNothing() {
        String gift = MOODLE_EXPORT.replace("imp-", "sekali-");
        long before = questions();
        api("pelatih").body(gift).post("/api/v1/courses/atensi-kepemimpinan-digital/quiz/questions/imports").then()
                .statusCode(201).body("created", equalTo(3));
        assertEquals(before + 3, questions());
        api("pelatih").body(gift).post("/api/v1/courses/atensi-kepemimpinan-digital/quiz/questions/imports").then()
                .statusCode(201).body("created", equalTo(0)).body("unchanged", equalTo(3));
        assertEquals(before + 3, questions());
        // a changed question is a new version; the old one is archived, not overwritten
        api("pelatih").body(gift.replace("skala 1 sampai berapa", "skala berapa")).post(
                "/api/v1/courses/atensi-kepemimpinan-digital/quiz/questions/imports").then()
                .statusCode(201).body("replaced", equalTo(1));
        assertEquals(before + 4, questions());
    }

    @Test
    void aKeyOfTheCoursesOwnQuestionsCannotBeOverwritten() {
        String key = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select qkey from quiz_question where origin = 'content' limit 1").getSingleResult());
        String course = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                select c.slug from quiz_question q join quiz z on z.id = q.quiz_id join course c on c.id = z.course_id
                where q.qkey = ?1""").setParameter(1, key).getSingleResult());
        api("pelatih").body("::" + key + "::Mengganti soal bawaan? {T}")
                .post("/api/v1/courses/" + course + "/quiz/questions/imports").then().statusCode(422)
                .body("errors[0].field", equalTo("baris 1"));
    }

    @Test
    void anOverrideWithoutABodyIsABadRequestWithAProblemBody() {
        String path = "/api/v1/courses/transformasi-digital/quiz/overrides";
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json").put(path).then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-input"));
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json").body("null").put(path)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-input"));
        // and a body missing its fields names them
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json").body("{}").put(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("learner", "reason"));
    }

    @Test
    void learnersAndPartnersCannotImportOrSeeAttempts() {
        for (String user : new String[] {"peserta", "mitra"}) {
            api(user).body("::x::Boleh? {T}").post("/api/v1/courses/atensi-kepemimpinan-digital/quiz/questions/imports")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", Tokens.bearer(user)).get("/api/v1/courses/atensi-kepemimpinan-digital/quiz/attempts")
                    .then().statusCode(403);
        }
        WebSession.signIn("peserta").get("/pelatih/kuis").then().statusCode(403);
    }

    @Test
    void theTrainerSeesAttemptsAndStatisticsAndExportsThemSafely() throws Exception {
        QuizFixture f = new QuizFixture(em);
        f.reset("kuisjourney");
        // the trainer sees the learners of the cohorts they train
        id.gcio.academy.grading.GcioFixture cohorts = new id.gcio.academy.grading.GcioFixture(em);
        String cohort = cohorts.cohort();
        cohorts.join(cohort, "kuisjourney", "Peserta Kuis");
        cohorts.assignTrainer(cohort, "pelatih");
        String learner = Tokens.bearer("kuisjourney");
        QuizFixture.start(learner, QuizFixture.COURSE);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set display_name = '=HYPERLINK(\"http://jahat.example\",\"klik\")' where subject = 'kuisjourney'")
                .executeUpdate());
        long id = QuizFixture.start(learner, QuizFixture.COURSE).getLong("id");
        f.answerAll(learner, id, 2);
        given().header("Authorization", learner).contentType("application/json").post("/api/v1/quiz-attempts/" + id + "/submit")
                .then().statusCode(200);

        String trainer = Tokens.bearer("pelatih");
        given().header("Authorization", trainer).get("/api/v1/courses/" + QuizFixture.COURSE + "/quiz/attempts").then()
                .statusCode(200).body("find { it.attemptId == " + id + " }.percent", equalTo(80.0f));
        given().header("Authorization", trainer).get("/api/v1/courses/" + QuizFixture.COURSE + "/quiz/statistics").then()
                .statusCode(200).body("attempts", greaterThan(0)).body("items.size()", greaterThan(0));

        String csv = new String(given().header("Authorization", trainer)
                .get("/api/v1/courses/" + QuizFixture.COURSE + "/quiz/attempts/export?format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        byte[] xlsx = given().header("Authorization", trainer)
                .get("/api/v1/courses/" + QuizFixture.COURSE + "/quiz/attempts/export?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cells");
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                        assertTrue(cell.getCellStyle().getQuotePrefixed(), "kept text by Excel's quote prefix");
                        found = true;
                    }
                }
            }
            assertTrue(found);
        }
        given().header("Authorization", trainer)
                .get("/api/v1/courses/" + QuizFixture.COURSE + "/quiz/attempts/export?format=pdf").then().statusCode(422);

        WebSession page = WebSession.signIn("pelatih");
        String html = page.get("/pelatih/kuis/" + QuizFixture.COURSE).then().statusCode(200).extract().asString();
        assertTrue(html.contains("=HYPERLINK(&quot;http://jahat.example&quot;"), "names are escaped in the page");
        assertTrue(html.contains("Statistik soal"));
    }

    @Test
    void aTrainerSeesAndHelpsOnlyTheLearnersOfTheCohortsTheyTrain() {
        QuizFixture f = new QuizFixture(em);
        f.reset("kuis12");
        String learner = Tokens.bearer("kuis12");
        long id = QuizFixture.start(learner, QuizFixture.COURSE).getLong("id");
        id.gcio.academy.grading.GcioFixture cohorts = new id.gcio.academy.grading.GcioFixture(em);
        String cohort = cohorts.cohort();
        String nip = cohorts.join(cohort, "kuis12", "Peserta Angkatan Lain");
        String attempts = "/api/v1/courses/" + QuizFixture.COURSE + "/quiz/attempts";
        String overrides = "/api/v1/courses/" + QuizFixture.COURSE + "/quiz/overrides";
        Map<String, Object> grant = Map.of("learner", nip, "extraMinutes", 10, "extraAttempts", 1, "reason", "Listrik padam");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set nip = ?1 where subject = 'kuis12'").setParameter(1, nip).executeUpdate());

        // pelatih2 trains no cohort of this learner: no attempt of theirs, in the list or the export, and no extra time
        String other = Tokens.bearer("pelatih2");
        given().header("Authorization", other).get(attempts).then().statusCode(200)
                .body("attemptId", org.hamcrest.Matchers.not(hasItem((int) id)));
        String csv = given().header("Authorization", other).get(attempts + "/export?format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(!csv.contains("Peserta Angkatan Lain") && !csv.contains(nip), csv);
        given().header("Authorization", other).contentType("application/json").body(grant).put(overrides).then()
                .statusCode(422).body("errors.field", hasItem("peserta"));

        // assigned to the learner's cohort, the same trainer sees the attempt and may grant the extra time
        cohorts.assignTrainer(cohort, "pelatih2");
        given().header("Authorization", other).get(attempts).then().statusCode(200).body("attemptId", hasItem((int) id));
        given().header("Authorization", other).contentType("application/json").body(grant).put(overrides).then()
                .statusCode(200);
        given().header("Authorization", other).get(overrides).then().statusCode(200).body("nip", hasItem(nip));
    }

    @Test
    void theImportPageShowsAPreviewThenImportsOnConfirm() {
        WebSession s = WebSession.signIn("pelatih");
        String page = "/pelatih/kuis/penerapan-kepemimpinan-digital-opd";
        String token = s.csrfToken(page);
        Response preview = s.request().multiPart("csrf-token", token)
                .multiPart("berkas", "dari-moodle.gift", MOODLE_EXPORT.replace("imp-", "web-").getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(page + "/impor");
        assertEquals(200, preview.statusCode());
        String html = preview.asString();
        assertTrue(html.contains("Impor 3 soal"), html);

        Response broken = s.request().multiPart("csrf-token", token)
                .multiPart("berkas", "rusak.gift", BROKEN.getBytes(StandardCharsets.UTF_8), "text/plain").post(page + "/impor");
        assertTrue(broken.asString().contains("Baris 3"), "problems are listed by line");

        String gift = html.substring(html.indexOf("<textarea name=\"gift\" hidden>") + 29, html.indexOf("</textarea>"))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        Response done = s.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token).formParam("namaBerkas", "dari-moodle.gift").formParam("gift", gift)
                .post(page + "/impor/konfirmasi");
        assertEquals(303, done.statusCode());
        assertTrue(s.get(page).asString().contains("dari-moodle.gift"), "the import is in the history");
    }
}
