package id.gcio.academy.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roster import and participant pages as a partner uses them on a phone: the preview's rows (rejected ones with
 * the name as written and readable problems, valid ones listed), the import report and the exports people open in
 * Excel, a NIP searched in its spaced official format, suspension asked first, and the English interface.
 */
@QuarkusTest
class CohortImportPagesTest {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final String HEADER = "NIP;Nama Lengkap;Email;No. HP;Jabatan;Eselon;OPD\r\n";
    static final String GOOD = HEADER
            + "197805102003121003;Dr. Ir. Siti Rahmawati, M.T.;siti@kaltimprov.go.id;0812-3456-7890;Kepala Dinas;II.a;Diskominfo\r\n"
            + "198512302010122002;Rina Wulandari, S.T.;;+62 813 1111 2222;Pranata Komputer Ahli Muda;Ahli Muda;BAPPEDA\r\n";
    static final String BAD = "199003032015031004;Andi Tak Dikenal;;;Staf;IV.a;Dinas Antah Berantah\r\n";

    @Inject
    EntityManager em;

    String partner;
    String cohort;
    WebSession web;

    @BeforeEach
    void cohort() {
        PartnerFixture.partner("MITRA-A", "Mitra MITRA-A");
        PartnerFixture.join(em, "mitra", "MITRA-A");
        partner = Tokens.bearer("mitra");
        cohort = "DLA-P" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
        given().header("Authorization", partner).contentType("application/json")
                .body(Map.of("code", cohort, "name", "Angkatan halaman", "programme", "DLA", "year", 2026))
                .post("/api/v1/cohorts").then().statusCode(201);
        web = WebSession.signIn("mitra");
    }

    private void importApi(String body) {
        given().header("Authorization", partner).header("X-File-Name", "peserta.csv").contentType("text/csv")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/cohorts/" + cohort + "/imports?mode=VALID_ROWS")
                .then().statusCode(201);
    }

    private String preview(String body, String lang) {
        String token = web.csrfToken("/kohort/" + cohort);
        var request = web.request();
        if (lang != null) {
            request = request.cookie("lang", lang);
        }
        return request.multiPart("csrf-token", token).multiPart("berkas", "peserta.csv", body.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/kohort/" + cohort + "/impor").then().statusCode(200).extract().asString();
    }

    @Test
    void thePreviewShowsRejectedRowsAsCardsWithTheNameAndListsTheValidRows() {
        String page = preview(GOOD + BAD, null);
        assertTrue(page.contains("<ol class=\"import-rows\""), "rejected rows are cards, not a squeezed table: " + page);
        assertFalse(page.contains("<table class=\"rejected\""), page);
        assertTrue(page.contains("Andi Tak Dikenal"), "the rejected row's name as the file wrote it: " + page);
        assertTrue(page.contains("Kolom &quot;OPD&quot;: OPD &quot;Dinas Antah Berantah&quot; tidak dikenal"), page);
        assertFalse(page.contains("<strong>OPD</strong>: Kolom"), "the column is not named twice");
        assertTrue(page.contains("Peserta baru (2)") && page.contains("Rina Wulandari, S.T."), "valid rows are listed: " + page);
    }

    @Test
    void anUnknownOpdSuggestsTheClosestEntryAndThePreviewShowsTheOpdList() {
        String row = "199003032015031004;Andi Pariwisata;;;Staf;IV.a;Dinas Pariwisata Kaltim\r\n";
        String page = preview(HEADER + row, null);
        assertTrue(page.contains("OPD &quot;Dinas Pariwisata Kaltim&quot; tidak dikenal. Maksud Anda: Dinas Pariwisata "
                + "(DISPAR)?"), page);
        assertTrue(page.contains("<details class=\"import-list\" id=\"daftar-opd\" open>") && page.contains("Daftar OPD (")
                && page.contains("<strong>DISPAR</strong> · Dinas Pariwisata"), "the list the hint refers to: " + page);

        String english = preview(HEADER + row, "en");
        assertTrue(english.contains("OPD: Unknown OPD. Write the official name, code or abbreviation from the OPD list. "
                + "Did you mean Dinas Pariwisata (DISPAR)?"), english);
        assertTrue(english.contains("OPD list ("), english);

        String good = preview(GOOD, null);
        assertFalse(good.contains("daftar-opd"), "no list when every OPD is known: " + good);
        String cohortPage = web.get("/kohort/" + cohort).then().statusCode(200).extract().asString();
        assertTrue(cohortPage.contains("<details class=\"import-list\" id=\"daftar-opd\"><summary>Daftar OPD ("), cohortPage);
    }

    @Test
    void confirmingAnImportSaysHowManyRowsWereAddedUpdatedAndSkipped() {
        importApi(HEADER + GOOD.lines().skip(2).findFirst().orElseThrow() + "\r\n");
        String page = preview(GOOD.replace("Pranata Komputer Ahli Muda;", "Pranata Komputer;") + BAD, null);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("action=\"(/kohort/[^\"]+/konfirmasi)\"").matcher(page);
        assertTrue(m.find(), page);
        String location = web.postForm("/kohort/" + cohort, m.group(1), Map.of("hanyaValid", "ya")).then().statusCode(303)
                .extract().header("Location");
        String after = web.get(location).then().statusCode(200).extract().asString();
        assertTrue(after.contains("Daftar peserta diimpor: 1 peserta ditambahkan, 1 diperbarui, 0 tidak berubah, 1 baris ditolak dilewati."),
                after);
    }

    @Test
    void inEnglishRowErrorsAndTheNoEchelonGroupAreEnglish() {
        String page = preview(GOOD + BAD, "en");
        assertTrue(page.contains("OPD: Unknown OPD."), page);
        assertFalse(page.contains("tidak dikenal"), page);
        assertTrue(page.contains("New participants (2)"), page);

        importApi(GOOD);
        String cohortPage = web.request().cookie("lang", "en").get("/kohort/" + cohort).then().statusCode(200).extract().asString();
        assertTrue(cohortPage.contains("(no echelon)</a>: 1") && cohortPage.contains("Echelon II.a</a>: 1"), cohortPage);
        assertFalse(cohortPage.contains("tanpa eselon"), cohortPage);
    }

    private String previewFile(String name, byte[] body, String type, String lang, int status) {
        String token = web.csrfToken("/kohort/" + cohort);
        return web.request().cookie("lang", lang).multiPart("csrf-token", token).multiPart("berkas", name, body, type)
                .post("/kohort/" + cohort + "/impor").then().statusCode(status).extract().asString();
    }

    @Test
    void inEnglishFileProblemsAreEnglish() {
        String pdf = previewFile("daftar.pdf", "%PDF-1.4 bukan tabel".getBytes(StandardCharsets.ISO_8859_1), "application/pdf",
                "en", 200);
        assertTrue(pdf.contains("The file &quot;daftar.pdf&quot; is a PDF."), pdf);
        assertFalse(pdf.contains("adalah PDF"), pdf);
        assertTrue(previewFile("daftar.pdf", "%PDF-1.4 bukan tabel".getBytes(StandardCharsets.ISO_8859_1), "application/pdf",
                "id", 200).contains("File &quot;daftar.pdf&quot; adalah PDF."), "Bahasa Indonesia as before");

        String missing = previewFile("peserta.csv", "NIP;Nama;Eselon\r\n197805102003121003;Siti;II.a\r\n"
                .getBytes(StandardCharsets.UTF_8), "text/csv", "en", 200);
        assertTrue(missing.contains("The OPD column is missing from the header row."), missing);
        assertFalse(missing.contains("tidak ditemukan"), missing);

        String extra = previewFile("peserta.csv", (GOOD.replace("OPD\r\n", "OPD;Catatan\r\n")).getBytes(StandardCharsets.UTF_8),
                "text/csv", "en", 200);
        assertTrue(extra.contains("These columns are not recognised and were ignored: &quot;Catatan&quot;."), extra);
        assertTrue(previewFile("peserta.csv", (GOOD.replace("OPD\r\n", "OPD;Catatan\r\n")).getBytes(StandardCharsets.UTF_8),
                "text/csv", "id", 200).contains("Kolom berikut tidak dikenali dan diabaikan: &quot;Catatan&quot;."),
                "an ignored column is listed in the preview");
    }

    @Test
    void inEnglishChangedFieldsAndARefusedCommitAreEnglish() {
        importApi(GOOD);
        String changed = GOOD.replace("Pranata Komputer Ahli Muda;", "Pranata Komputer;") + BAD;
        String page = preview(changed, "en");
        assertTrue(page.contains("Position: Pranata Komputer Ahli Muda → Pranata Komputer"), page);
        assertFalse(page.contains("jabatan:"), page);
        assertTrue(preview(changed, null).contains("Jabatan: Pranata Komputer Ahli Muda → Pranata Komputer"),
                "the field is named in words in Bahasa Indonesia too");

        java.util.regex.Matcher m = java.util.regex.Pattern.compile("action=\"(/kohort/[^\"]+/konfirmasi)\"").matcher(page);
        assertTrue(m.find(), page);
        String refused = web.request().cookie("lang", "en").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", web.csrfToken("/kohort/" + cohort)).post(m.group(1)).then().statusCode(422)
                .extract().asString();
        assertTrue(refused.contains("Rows rejected: 1. Nothing was imported."), refused);
        assertFalse(refused.contains("baris ditolak; tidak ada"), refused);
    }

    @Test
    void theImportReportNamesRejectedRowsInWordsSeparatedLikeTheTemplate() {
        Number id = given().header("Authorization", partner).header("X-File-Name", "peserta.csv").contentType("text/csv")
                .body((GOOD + BAD).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/cohorts/" + cohort + "/imports?mode=VALID_ROWS").then().statusCode(201).extract().path("importId");
        String report = web.get("/kohort/" + cohort + "/impor/" + id + "/laporan.csv").then().statusCode(200).extract().asString();
        assertTrue(report.startsWith("\uFEFFBaris;NIP;Nama;Hasil;Kolom;Kode;Keterangan\r\n"), report);
        assertTrue(report.contains("4;199003032015031004;Andi Tak Dikenal;Ditolak;OPD;OPD_UNKNOWN;"), report);
        assertTrue(report.contains(";Baru;"), report);
        assertFalse(report.contains("REJECTED") || report.contains("CREATED"), report);
    }

    @Test
    void theExportUsesWordsTitlesTheTemplatesSeparatorAndNoApostropheInXlsx() throws Exception {
        importApi(GOOD);
        String csv = new String(web.get("/kohort/" + cohort + "/ekspor?format=csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNIP;Nama;Email;No. HP;OPD;Jabatan;Eselon;Kelas jabatan;Status;Sudah masuk;"
                + "Transformasi Digital (%);"), csv);
        assertTrue(csv.contains(";Aktif;belum;"), csv);
        assertTrue(csv.contains(";'+6281234567890;"), "the CSV keeps its formula protection: " + csv);
        assertFalse(csv.contains("ACTIVE") || csv.contains("transformasi-digital"), csv);

        byte[] xlsx = web.get("/kohort/" + cohort + "/ekspor?format=xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = wb.getSheetAt(0).getRow(0);
            int phone = column(header, "No. HP");
            int status = column(header, "Status");
            List<String> phones = new java.util.ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    phones.add(row.getCell(phone).getStringCellValue());
                    assertEquals("Aktif", row.getCell(status).getStringCellValue());
                }
            }
            assertTrue(phones.contains("+6281234567890"), phones.toString());
            Cell siti = wb.getSheetAt(0).getRow(1 + phones.indexOf("+6281234567890")).getCell(phone);
            assertTrue(siti.getCellStyle().getQuotePrefixed(), "Excel keeps it text when edited");
        }
        String csvEn = web.request().cookie("lang", "en").get("/kohort/" + cohort + "/ekspor?format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csvEn.contains("Digital Transformation (%)") && csvEn.contains(";Active;not yet;"), csvEn);
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void aNipTypedInItsSpacedOfficialFormatIsFound() {
        importApi(GOOD);
        given().header("Authorization", partner).queryParam("q", "19780510 200312 1 003")
                .get("/api/v1/cohorts/" + cohort + "/participants").then().statusCode(200).body("total", equalTo(1))
                .body("participants[0].fullName", equalTo("Dr. Ir. Siti Rahmawati, M.T."));
        given().header("Authorization", partner).queryParam("q", "19780510.200312.1.003")
                .get("/api/v1/cohorts/" + cohort + "/participants").then().statusCode(200).body("total", equalTo(1));
        String page = web.request().queryParam("q", "19780510 200312 1 003").get("/kohort/" + cohort).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("Siti Rahmawati") && !page.contains("Rina Wulandari"), page);
    }

    @Test
    void suspendingAsksFirstOnAPageThatPostsWithCsrf() {
        importApi(GOOD);
        String nip = "197805102003121003";
        String page = web.get("/kohort/" + cohort).then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/kohort/" + cohort + "/peserta/" + nip + "/tangguhkan\""), page);
        assertFalse(page.contains("name=\"status\" value=\"SUSPENDED\""), "no one-tap suspension in the table");

        String confirm = web.get("/kohort/" + cohort + "/peserta/" + nip + "/tangguhkan").then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("Tangguhkan Dr. Ir. Siti Rahmawati, M.T. (NIP " + nip + ")"), confirm);
        assertTrue(confirm.contains("name=\"csrf-token\"") && confirm.contains("name=\"status\" value=\"SUSPENDED\""), confirm);
        web.get("/kohort/" + cohort + "/peserta/199003032015031004/tangguhkan").then().statusCode(404);

        web.postForm("/kohort/" + cohort + "/peserta/" + nip + "/tangguhkan", "/kohort/" + cohort + "/peserta/" + nip + "/status",
                Map.of("status", "SUSPENDED")).then().statusCode(303);
        given().header("Authorization", partner).queryParam("q", nip).get("/api/v1/cohorts/" + cohort + "/participants").then()
                .statusCode(200).body("participants[0].status", equalTo("SUSPENDED"));
    }
}
