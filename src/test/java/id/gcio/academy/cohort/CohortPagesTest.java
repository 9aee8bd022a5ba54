package id.gcio.academy.cohort;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The cohort pages: the new-cohort form asks each caller only what they can choose (admins any partner, a partner among
 * its own); tables name courses and assignments by title in the page's language.
 */
@QuarkusTest
class CohortPagesTest {

    @Inject
    EntityManager em;

    @Test
    void anAdminNamesThePartnerByCode() {
        String page = WebSession.signIn("admin").get("/kohort").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<input id=\"partner\" name=\"partner\""), "a free partner code field");
        assertTrue(page.contains("kosongkan bila angkatan tanpa mitra"), "the hint is written for admins");
    }

    @Test
    void aPartnerOfOneOrganisationIsToldWhichOneAndGetsNoField() {
        partner("FORM-SATU", "Mitra Formulir Satu");
        join("formmitra1", "FORM-SATU");
        String page = WebSession.signIn("formmitra1").get("/kohort").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Angkatan dibuat untuk organisasi Anda: Mitra Formulir Satu."), page);
        assertFalse(page.contains("id=\"partner\""), "no partner field");
        assertTrue(page.contains("action=\"/kohort\""), "the form is there");
    }

    @Test
    void aPartnerOfSeveralOrganisationsChoosesAmongOnlyThose() {
        partner("FORM-DUA-A", "Mitra Formulir Dua A");
        partner("FORM-DUA-B", "Mitra Formulir Dua B");
        partner("FORM-LAIN", "Mitra Formulir Lain");
        join("formmitra3", "FORM-DUA-A");
        join("formmitra3", "FORM-DUA-B");
        String page = WebSession.signIn("formmitra3").get("/kohort").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<select id=\"partner\" name=\"partner\""), "a choice of organisations");
        assertTrue(page.contains("<option value=\"FORM-DUA-A\"") && page.contains("<option value=\"FORM-DUA-B\""), page);
        assertFalse(page.contains("FORM-LAIN"), "another partner's organisation is not offered");
    }

    /** The new-cohort form sent with the English interface; it must be refused (422). */
    private static String refusedInEnglish(WebSession s, Map<String, String> form) {
        return s.request().cookie("lang", "en").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", s.csrfToken("/kohort")).formParams(form).post("/kohort").then().statusCode(422)
                .extract().asString();
    }

    @Test
    void theNewCohortFormsYearAndDateErrorsFollowThePagesLanguage() {
        WebSession admin = WebSession.signIn("admin");
        Map<String, String> form = Map.of("code", "FORM-EN-1", "name", "Angkatan", "programme", "DLA", "year", "dua ribu",
                "startsOn", "01/12/2026", "endsOn", "2026-12-31");
        String english = refusedInEnglish(admin, form);
        assertTrue(english.contains("The year must be a number, e.g. 2026.")
                && english.contains("Write the date as YYYY-MM-DD, e.g. 2026-12-01."), english);
        assertFalse(english.contains("Tahun harus angka") || english.contains("TTTT-BB-HH"), english);

        String indonesian = admin.postForm("/kohort", "/kohort", form).then().statusCode(422).extract().asString();
        assertTrue(indonesian.contains("Tahun harus angka, mis. 2026.")
                && indonesian.contains("Tanggal ditulis TTTT-BB-HH, mis. 2026-12-01."), indonesian);
    }

    @Test
    void theNewCohortFormsOtherErrorsFollowThePagesLanguageWhileTheApiKeepsBahasaIndonesia() {
        WebSession admin = WebSession.signIn("admin");
        Map<String, String> form = Map.of("code", "x", "name", " ", "programme", "TIDAK-ADA", "year", "2026",
                "startsOn", "2026-12-31", "endsOn", "2026-12-01");
        String english = refusedInEnglish(admin, form);
        assertTrue(english.contains("Cohort code: capital letters, digits and")
                && english.contains("The cohort name is required") && english.contains("Choose a programme (e.g. DLA or GCIO).")
                && english.contains("The end date cannot be before the start date."), english);
        assertFalse(english.contains("Nama angkatan wajib diisi") || english.contains("Pilih program"), english);

        String indonesian = admin.postForm("/kohort", "/kohort", form).then().statusCode(422).extract().asString();
        assertTrue(indonesian.contains("Nama angkatan wajib diisi") && indonesian.contains("Pilih program (mis. DLA atau GCIO)."),
                indonesian);
        given().header("Authorization", Tokens.bearer("admin")).header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("code", "x", "name", " ", "programme", "TIDAK-ADA")).post("/api/v1/cohorts").then()
                .statusCode(422)
                .contentType(org.hamcrest.Matchers.containsString("application/problem+json"))
                .body(org.hamcrest.Matchers.containsString("Pilih program"));
    }

    @Test
    void aCohortWithoutParticipantsShowsItsImportFormFirstAndAFilledOneBelowTheList() {
        WebSession admin = WebSession.signIn("admin");
        admin.postForm("/kohort", "/kohort", Map.of("code", "KOSONG-URUT-1", "name", "Angkatan Kosong", "programme", "DLA",
                "year", "2026")).then().statusCode(303);
        String empty = admin.get("/kohort/KOSONG-URUT-1").then().statusCode(200).extract().asString();
        assertTrue(empty.indexOf("id=\"import-heading\"") >= 0
                && empty.indexOf("id=\"import-heading\"") < empty.indexOf("id=\"groups-heading\""), "the import comes first");

        GcioFixture gcio = new GcioFixture(em);
        String cohort = gcio.cohort();
        gcio.join(cohort, "tabel1", "Tabel Satu");
        String filled = admin.get("/kohort/" + cohort).then().statusCode(200).extract().asString();
        assertTrue(filled.indexOf("id=\"import-heading\"") > filled.indexOf("id=\"participants-heading\""),
                "the list comes first once there are participants");
        assertEquals(1, filled.split("id=\"import-heading\"", -1).length - 1, "one import form");
    }

    @Test
    void aPartnerWithoutAnOrganisationIsToldWhyThereIsNoForm() {
        String page = WebSession.signIn("formmitra2").get("/kohort").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Akun Anda belum terhubung dengan organisasi mitra"), page);
        assertFalse(page.contains("action=\"/kohort\""), "no form that could only be refused");
    }

    @Test
    void tablesNameCoursesAndAssignmentsByTitleInThePagesLanguage() {
        GcioFixture gcio = new GcioFixture(em);
        String cohort = gcio.cohort();
        gcio.join(cohort, "tabel1", "Tabel Satu");
        WebSession admin = WebSession.signIn("admin");

        String results = admin.get("/kohort/" + cohort + "/hasil").then().statusCode(200).extract().asString();
        assertTrue(results.contains("<th scope=\"col\">Transformasi Digital</th>"), results);
        assertTrue(results.contains("<th scope=\"col\">Rencana Aksi Kepemimpinan Digital OPD</th>"), results);
        assertFalse(results.contains(">transformasi-digital</th>") || results.contains(">RENCANA-AKSI-OPD</th>"), "no slugs or codes");
        String resultsEn = admin.request().cookie("lang", "en").get("/kohort/" + cohort + "/hasil").then().statusCode(200)
                .extract().asString();
        assertTrue(resultsEn.contains("<th scope=\"col\">Digital Transformation</th>"), resultsEn);

        String roster = admin.get("/kohort/" + cohort).then().statusCode(200).extract().asString();
        assertTrue(roster.contains("<th scope=\"col\">Kepemimpinan Digital</th>"), roster);
        assertTrue(roster.contains("Pelatihan dan Sertifikasi GCIO") && roster.contains("1 peserta aktif"), roster);
        String rosterEn = admin.request().cookie("lang", "en").get("/kohort/" + cohort).then().statusCode(200).extract().asString();
        assertTrue(rosterEn.contains("GCIO Training and Certification · 2026") && rosterEn.contains("1 active participant</p>"),
                rosterEn);
        assertTrue(rosterEn.contains("<th scope=\"col\">Digital Leadership</th>"), rosterEn);
    }

    @Test
    void theGradingQueueFiltersByCourseTitleAndSaysWhatItsDefaultShows() {
        String queue = WebSession.signIn("admin").get("/pelatih/penilaian").then().statusCode(200).extract().asString();
        assertTrue(queue.contains("<select id=\"kursus\" name=\"kursus\">"), queue);
        assertTrue(queue.contains("<option value=\"transformasi-digital\">Transformasi Digital</option>"), queue);
        assertTrue(queue.contains("<option value=\"\">Semua yang menunggu Anda</option>"), queue);
        assertFalse(queue.contains("(slug)"), "no developer words");
    }

    private void partner(String code, String name) {
        PartnerFixture.partner(code, name);
    }

    private void join(String subject, String partnerCode) {
        PartnerFixture.join(em, subject, partnerCode);
    }
}
