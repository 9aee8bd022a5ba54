package id.gcio.academy.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roster imports through the API against real PostgreSQL: dry run versus commit, all-or-nothing, valid rows only,
 * idempotent re-import, updates by NIP with history, partner scoping (also of participants shared between partners),
 * suspension keeping progress, learning paths; and the cohort's participant list and page (paging, filters).
 */
@QuarkusTest
class CohortImportTest {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final String HEADER = "NIP;Nama Lengkap;Email;No. HP;Jabatan;Eselon;OPD\r\n";
    static final String GOOD = HEADER
            + "1978 0510 2003 12 1 003;Dr. Ir. Siti Rahmawati, M.T.;siti@kaltimprov.go.id;0812-3456-7890;Kepala Dinas;II.a;Diskominfo\r\n"
            + "'198001152005011001;Budi Santoso, S.Kom.;budi@kaltimprov.go.id;;Kepala Bidang Aplikasi;Eselon III.a;Dinas Kesehatan\r\n"
            + "198512302010122002;Rina Wulandari, S.T.;;+62 813 1111 2222;Pranata Komputer Ahli Muda;Ahli Muda;BAPPEDA\r\n";
    static final String BAD_ROWS = "1.97805E+17;Salah Angka;x@kaltimprov.go.id;;Staf;III.b;Diskominfo\r\n"
            + "199003032015031004;OPD Tak Dikenal;;;Staf;IV.a;Dinas Antah Berantah\r\n"
            + "197012121995031001;Eselon Aneh;;;Staf;Eselon VII;Diskominfo\r\n"
            + "198001152005011001;NIP Ganda;;;Staf;III.a;Diskominfo\r\n";

    @Inject
    EntityManager em;

    String admin;
    String partner;
    String otherPartner;
    String cohort;
    String foreignCohort;

    @BeforeEach
    void cohorts() {
        admin = Tokens.bearer("admin");
        partner = Tokens.bearer("mitra");
        otherPartner = Tokens.bearer("mitra2");
        int n = SEQ.incrementAndGet();
        String a = "MITRA-A", b = "MITRA-B";
        for (String code : List.of(a, b)) {
            given().header("Authorization", admin).contentType("application/json").body(Map.of("code", code, "name", "Mitra " + code))
                    .post("/api/v1/partners").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(422)));
        }
        join("mitra", a);
        join("mitra2", b);
        cohort = "DLA-T" + System.nanoTime() % 1_000_000 + "-" + n;
        foreignCohort = "GCIO-T" + System.nanoTime() % 1_000_000 + "-" + n;
        given().header("Authorization", partner).contentType("application/json")
                .body(Map.of("code", cohort, "name", "Angkatan uji " + n, "programme", "DLA", "year", 2026))
                .post("/api/v1/cohorts").then().statusCode(201).body("partnerCode", equalTo(a));
        given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("code", foreignCohort, "name", "Angkatan lain " + n, "programme", "GCIO", "year", 2026, "partner", b))
                .post("/api/v1/cohorts").then().statusCode(201);
    }

    private void join(String subject, String partnerCode) {
        PartnerFixture.join(em, subject, partnerCode);
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private long members(String code) {
        return count("select count(*) from membership m join cohort c on c.id = m.cohort_id where c.code = ?1", code);
    }

    private RequestSpecification csv(String token, String body) {
        return given().header("Authorization", token).header("X-File-Name", "peserta.csv")
                .contentType("text/csv").body(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDryRunReportsEveryRowAndWritesNothing() {
        long participants = count("select count(*) from participant");
        csv(partner, GOOD + BAD_ROWS).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("rowsRead", equalTo(7)).body("created", equalTo(3)).body("rejected", equalTo(4))
                .body("rows.find { it.row == 5 }.errors[0].code", equalTo("NIP_AS_NUMBER"))
                .body("rows.find { it.row == 6 }.errors[0].code", equalTo("OPD_UNKNOWN"))
                .body("rows.find { it.row == 7 }.errors[0].code", equalTo("ECHELON_UNKNOWN"))
                .body("rows.find { it.row == 8 }.errors[0].code", equalTo("NIP_DUPLICATE_IN_FILE"));
        assertEquals(participants, count("select count(*) from participant"));
        assertEquals(0, members(cohort));
    }

    @Test
    void allOrNothingRefusesAFileWithRejectedRowsAndWritesNothing() {
        long participants = count("select count(*) from participant");
        csv(partner, GOOD + BAD_ROWS).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("import-refused"))
                .body("errors.field", hasItem("baris 5 NIP"));
        assertEquals(participants, count("select count(*) from participant"));
        assertEquals(0, members(cohort));
        assertEquals(0, count("select count(*) from cohort_import i join cohort c on c.id = i.cohort_id where c.code = ?1", cohort));
    }

    @Test
    void validRowsModeImportsTheGoodRowsAndReimportingChangesNothing() {
        csv(partner, GOOD + BAD_ROWS).post("/api/v1/cohorts/" + cohort + "/imports?mode=VALID_ROWS").then().statusCode(201)
                .body("created", equalTo(3)).body("rejected", equalTo(4));
        assertEquals(3, members(cohort));
        String before = QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "select max(updated_at) from participant where nip in ('197805102003121003', '198001152005011001')").getSingleResult()));
        csv(partner, GOOD).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        assertEquals(3, members(cohort));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "select max(updated_at) from participant where nip in ('197805102003121003', '198001152005011001')").getSingleResult())));
        given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(200)
                .body("size()", equalTo(2));
        String export = new String(given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/export?format=csv")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(export.startsWith("\uFEFFNIP;Nama"), export);
        assertTrue(export.contains("197805102003121003") && export.contains("Dr. Ir. Siti Rahmawati, M.T."), export);

        // titles kept as written, the path follows the position class, counts by echelon
        given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/participants").then().statusCode(200)
                .body("total", equalTo(3))
                .body("participants.find { it.nip == '197805102003121003' }.fullName", equalTo("Dr. Ir. Siti Rahmawati, M.T."))
                .body("participants.find { it.nip == '197805102003121003' }.courses.size()", equalTo(4))
                .body("participants.find { it.nip == '198512302010122002' }.courses.size()", equalTo(2))
                .body("byEchelon.key", hasItems("II.a", "III.a"));
    }

    @Test
    void aKnownNipIsUpdatedAndTheChangeRecorded() {
        csv(partner, GOOD).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201);
        String moved = GOOD.replace("Kepala Bidang Aplikasi;Eselon III.a;Dinas Kesehatan", "Kepala Bidang Aplikasi;Eselon III.a;Bappeda");
        csv(partner, moved).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201)
                .body("updated", equalTo(1)).body("unchanged", equalTo(2));
        assertEquals(1, count("""
                select count(*) from participant_change ch join participant p on p.id = ch.participant_id
                where p.nip = '198001152005011001' and ch.field = 'opd' and ch.new_value = 'BAPPEDA'"""));
    }

    @Test
    void aPartnerImportingAnotherPartnersParticipantNeitherSeesNorChangesTheirData() {
        String nip = "199205172018012001";
        String theirs = HEADER + nip + ";Asli Wijayanti, S.Sos.;asli.wijayanti@kaltimprov.go.id;0812-9999-0000;"
                + "Kepala Seksi Rahasia;III.b;Diskominfo\r\n";
        csv(otherPartner, theirs).post("/api/v1/cohorts/" + foreignCohort + "/imports").then().statusCode(201)
                .body("created", equalTo(1));
        List<String> secrets = List.of("S.Sos", "asli.wijayanti", "+628129999", "Rahasia", "DISKOMINFO", "III.b");

        // the NIP alone does not join (nor reveal) someone else's record: the row must know the name too
        String guess = HEADER + nip + ";Nama Lain;lain@contoh.go.id;0813-1111-2222;Staf;III.a;Bappeda\r\n";
        String refused = csv(partner, guess).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("rejected", equalTo(1)).body("rows[0].outcome", equalTo("REJECTED"))
                .body("rows[0].errors[0].column", equalTo("NAME")).body("rows[0].errors[0].code", equalTo("NAME_MISMATCH"))
                .extract().asString();
        assertTrue(!refused.contains("Asli") && !refused.contains("Wijayanti"), refused);
        secrets.forEach(secret -> assertTrue(!refused.contains(secret), secret + " leaked: " + refused));
        csv(partner, guess).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(422);
        assertEquals(0, members(cohort));

        // the same name written differently (no titles, capitals) joins, and stored data stays hidden and unchanged
        String mine = HEADER + nip + ";ASLI WIJAYANTI;lain@contoh.go.id;0813-1111-2222;Staf;III.a;Bappeda\r\n";
        String dryRun = csv(partner, mine).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(0)).body("rows[0].outcome", equalTo("CREATED"))
                .body("rows[0].changes.size()", equalTo(0))
                .body("rows[0].note", org.hamcrest.Matchers.containsString("dipertahankan")).extract().asString();
        secrets.forEach(secret -> assertTrue(!dryRun.contains(secret), secret + " leaked: " + dryRun));

        Number importId = csv(partner, mine).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201)
                .body("created", equalTo(1)).body("rows[0].changes.size()", equalTo(0)).extract().path("importId");
        assertEquals(1, members(cohort));
        assertEquals(1, count("""
                select count(*) from participant where nip = ?1 and full_name = 'Asli Wijayanti, S.Sos.'
                  and email = 'asli.wijayanti@kaltimprov.go.id' and phone = '+6281299990000' and opd_code = 'DISKOMINFO'
                  and position_title = 'Kepala Seksi Rahasia' and legacy_echelon = 'III.b'""", nip));
        assertEquals(0, count("select count(*) from participant_change ch join participant p on p.id = ch.participant_id "
                + "where p.nip = ?1", nip));

        String stored = given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/imports/" + importId)
                .then().statusCode(200).body("rows[0].note", org.hamcrest.Matchers.containsString("dipertahankan"))
                .extract().asString();
        secrets.forEach(secret -> assertTrue(!stored.contains(secret), secret + " leaked: " + stored));
        String report = id.gcio.academy.support.WebSession.signIn("mitra")
                .get("/kohort/" + cohort + "/impor/" + importId + "/laporan.csv").then().statusCode(200).extract().asString();
        assertTrue(report.contains(nip) && report.contains("dipertahankan"), report);
        String reportEn = id.gcio.academy.support.WebSession.signIn("mitra").request().cookie("lang", "en")
                .get("/kohort/" + cohort + "/impor/" + importId + "/laporan.csv").then().statusCode(200).extract().asString();
        assertTrue(reportEn.contains("the stored data is kept and only the membership of this cohort is created")
                && !reportEn.contains("dipertahankan"), reportEn);
        secrets.forEach(secret -> assertTrue(!report.contains(secret), secret + " leaked: " + report));

        // joining this partner's cohort did not make the record this partner's: a second import still keeps it
        csv(partner, mine).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("updated", equalTo(0)).body("rows[0].changes.size()", equalTo(0))
                .body("rows[0].note", org.hamcrest.Matchers.containsString("dipertahankan"));
        // and its cohort list (page, API, export) shows the person without the stored e-mail and phone
        String find = "participants.find { it.nip == '" + nip + "' }";
        given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/participants").then().statusCode(200)
                .body(find + ".email", org.hamcrest.Matchers.nullValue())
                .body(find + ".phone", org.hamcrest.Matchers.nullValue());
        String export = given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/export?format=csv")
                .then().statusCode(200).extract().asString();
        assertTrue(export.contains(nip) && !export.contains("asli.wijayanti") && !export.contains("9999"), export);
        given().header("Authorization", otherPartner).get("/api/v1/cohorts/" + foreignCohort + "/participants").then()
                .statusCode(200).body(find + ".email", equalTo("asli.wijayanti@kaltimprov.go.id"));

        // the other partner, who manages the participant, still sees and changes their data; so does an admin
        csv(otherPartner, theirs.replace("Kepala Seksi Rahasia", "Kepala Seksi")).post("/api/v1/cohorts/" + foreignCohort
                + "/imports?dryRun=true").then().statusCode(200).body("updated", equalTo(1))
                .body("rows[0].changes", hasItem("jabatan: Kepala Seksi Rahasia → Kepala Seksi"));
        csv(admin, mine).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("updated", equalTo(1)).body("rows[0].changes", hasItem("nama: Asli Wijayanti, S.Sos. → ASLI WIJAYANTI"));
        csv(admin, guess).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("rejected", equalTo(0)).body("rows[0].changes", hasItem("nama: Asli Wijayanti, S.Sos. → Nama Lain"));
    }

    @Test
    void aFileWithoutOptionalColumnsKeepsTheStoredEmailPhoneAndPosition() {
        csv(partner, GOOD).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201);
        String narrow = "NIP;Nama Lengkap;Eselon;OPD\r\n"
                + "197805102003121003;Dr. Ir. Siti Rahmawati, M.T.;II.a;Diskominfo\r\n"
                + "198001152005011001;Budi Santoso, S.Kom.;Eselon III.a;Dinas Kesehatan\r\n"
                + "198512302010122002;Rina Wulandari, S.T.;Ahli Muda;BAPPEDA\r\n";
        csv(partner, narrow).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201)
                .body("unchanged", equalTo(3)).body("updated", equalTo(0));
        assertEquals(1, count("""
                select count(*) from participant where nip = '197805102003121003' and email = 'siti@kaltimprov.go.id'
                  and phone = '+6281234567890' and position_title = 'Kepala Dinas'"""));
    }

    @Test
    void aChangeOfEmploymentTypeIsComparedAndSaved() {
        String header = "NIP;Nama Lengkap;Eselon;OPD;Status Kepegawaian\r\n";
        String pns = header + "198001152005011001;Budi Santoso, S.Kom.;Eselon III.a;Dinas Kesehatan;PNS\r\n";
        csv(partner, pns).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201);
        csv(partner, pns.replace(";PNS", ";PPPK")).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201)
                .body("updated", equalTo(1)).body("rows[0].changes", hasItem("status_kepegawaian: PNS → PPPK"));
        assertEquals(1, count("select count(*) from participant where nip = '198001152005011001' and employment_type = 'PPPK'"));
        assertEquals(1, count("""
                select count(*) from participant_change ch join participant p on p.id = ch.participant_id
                where p.nip = '198001152005011001' and ch.field = 'status_kepegawaian' and ch.new_value = 'PPPK'"""));
        csv(partner, pns).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201).body("updated", equalTo(1));
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() {
        csv(partner, GOOD).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201);
        given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/participants?page=21474837").then()
                .statusCode(200).body("page", equalTo(0)).body("total", equalTo(3)).body("participants.size()", equalTo(3));
        given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/participants?page=2147483647").then()
                .statusCode(200).body("page", equalTo(0));
        String html = id.gcio.academy.support.WebSession.signIn("mitra").get("/kohort/" + cohort + "?halaman=21474837")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("Rina Wulandari"), html);
    }

    @Test
    void pageLinksKeepTheFiltersAndTheNoEchelonGroupFiltersToIt() {
        StringBuilder roster = new StringBuilder(HEADER);
        for (int i = 1; i <= 101; i++) {
            roster.append(String.format("198609262015051%03d;Peserta %03d;;;Staf;III.a;Diskominfo\r\n", i, i));
        }
        roster.append("198609262015052001;Pranata Satu;;;Pranata Komputer;Ahli Muda;Diskominfo\r\n")
                .append("198609262015052002;Pranata Dua;;;Pranata Komputer;Ahli Muda;Diskominfo\r\n");
        csv(partner, roster.toString()).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201)
                .body("rejected", equalTo(0));
        var web = id.gcio.academy.support.WebSession.signIn("mitra");

        String filtered = web.get("/kohort/" + cohort + "?eselon=III.a&q=peserta").then().statusCode(200).extract().asString();
        assertTrue(filtered.contains("href=\"?eselon=III.a&amp;q=peserta&amp;halaman=1\""), filtered);
        String second = web.get("/kohort/" + cohort + "?eselon=III.a&q=peserta&halaman=1").then().statusCode(200).extract().asString();
        assertTrue(second.contains("href=\"?eselon=III.a&amp;q=peserta&amp;halaman=0\""), second);
        assertTrue(second.contains("Peserta 101") && !second.contains("Pranata Satu"), second);

        assertTrue(filtered.contains("href=\"?eselon=tanpa\""), filtered);
        String none = web.get("/kohort/" + cohort + "?eselon=tanpa").then().statusCode(200).extract().asString();
        assertTrue(none.contains("Pranata Satu") && none.contains("Pranata Dua") && !none.contains("Peserta 001"), none);
        given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort + "/participants?echelon=tanpa").then()
                .statusCode(200).body("total", equalTo(2));
    }

    @Test
    void aPartnerCannotSeeOrImportIntoAnotherPartnersCohort() {
        long before = members(foreignCohort);
        csv(partner, GOOD).post("/api/v1/cohorts/" + foreignCohort + "/imports").then().statusCode(403)
                .contentType("application/problem+json");
        csv(partner, GOOD).post("/api/v1/cohorts/" + foreignCohort + "/imports?dryRun=true").then().statusCode(403);
        given().header("Authorization", partner).get("/api/v1/cohorts/" + foreignCohort + "/participants").then().statusCode(403);
        given().header("Authorization", partner).get("/api/v1/cohorts").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.not(hasItem(foreignCohort)));
        assertEquals(before, members(foreignCohort));
        // a learner is not a partner
        csv(Tokens.bearer("peserta"), GOOD).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(403);
    }

    @Test
    void aTrainerReadsOnlyTheCohortsAnAdminAssignedThemTo() {
        String trainer = Tokens.bearer("pelatih2");
        given().header("Authorization", trainer).get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", trainer).get("/api/v1/cohorts/" + cohort).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", trainer).get("/api/v1/cohorts/" + cohort + "/participants").then().statusCode(403);
        given().header("Authorization", trainer).get("/api/v1/cohorts/" + cohort + "/export?format=csv").then().statusCode(403);
        given().header("Authorization", trainer).get("/api/v1/cohorts").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.not(hasItem(cohort)));

        String email = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select email from app_user where subject = 'pelatih2'").getSingleResult());
        given().header("Authorization", admin).contentType("application/json").body(Map.of("trainer", email))
                .post("/api/v1/cohorts/" + cohort + "/trainers").then().statusCode(200);
        given().header("Authorization", trainer).get("/api/v1/cohorts/" + cohort).then().statusCode(200);
        given().header("Authorization", trainer).get("/api/v1/cohorts").then().statusCode(200)
                .body("code", hasItem(cohort)).body("code", org.hamcrest.Matchers.not(hasItem(foreignCohort)));
    }

    @Test
    void anXlsxWithATitleRowAndNumbersImports() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Peserta");
            s.createRow(0).createCell(0).setCellValue("Daftar Peserta DLA Angkatan Uji");
            Row h = s.createRow(2);
            String[] headers = {"No", "NIP", "Nama", "Unit Kerja", "Eselon", "No HP"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row r = s.createRow(3);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("197805102003121003");
            r.createCell(2).setCellValue("Dr. Ir. Siti Rahmawati, M.T.");
            r.createCell(3).setCellValue("Dinas Komunikasi dan Informatika");
            r.createCell(4).setCellValue("II.a");
            r.createCell(5).setCellValue(81234567890d);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        given().header("Authorization", partner).header("X-File-Name", "peserta.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("format", equalTo("xlsx")).body("rowsRead", equalTo(1)).body("rejected", equalTo(0));
    }

    @Test
    void aFileThatIsNotARosterIsRefusedWithoutWriting() {
        given().header("Authorization", partner).header("X-File-Name", "peserta.xlsx").contentType("application/octet-stream")
                .body("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(422).body("errors[0].field", equalTo("file"));
        assertEquals(0, members(cohort));
    }

    @Test
    void aDryRunOfAFileThatIsNotARosterAnswers422WithAProblem() {
        csv(partner, "").post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("import-refused"))
                .body("errors[0].field", equalTo("file"));
        given().header("Authorization", partner).header("X-File-Name", "peserta.pdf").contentType("application/octet-stream")
                .body("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].message", org.hamcrest.Matchers.containsString("PDF"));
        assertEquals(0, members(cohort));
    }

    @Test
    void dryRunAcceptsOnlyTrueOrFalseAndARefusedValueWritesNothing() {
        for (String value : List.of("1", "yes", "", "ya")) {
            csv(partner, GOOD).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=" + value).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("dryRun"));
        }
        assertEquals(0, members(cohort));
        assertEquals(0, count("select count(*) from cohort_import i join cohort c on c.id = i.cohort_id where c.code = ?1", cohort));
        csv(partner, GOOD).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=TRUE").then().statusCode(200).body("created", equalTo(3));
        assertEquals(0, members(cohort));
        csv(partner, GOOD).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=False").then().statusCode(201);
        assertEquals(3, members(cohort));
    }

    @Test
    void joiningEnrolsALinkedLearnerAndSuspendingKeepsTheirProgress() {
        String learner = Tokens.bearer("kohort1");
        given().header("Authorization", learner).get("/api/v1/me").then().statusCode(200);
        String nip = "199003032015031004";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update app_user set nip = null where nip = ?1")
                .setParameter(1, nip).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update app_user set nip = ?1 where subject = 'kohort1'")
                .setParameter(1, nip).executeUpdate());
        String roster = HEADER + nip + ";Andi Pratama, S.Kom.;;;Pranata Komputer;Administrator;Diskominfo\r\n";
        csv(partner, roster).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201);
        given().header("Authorization", learner).get("/api/v1/me/enrolments").then().statusCode(200)
                .body("courseSlug", hasItems("transformasi-digital", "kepemimpinan-digital", "penerapan-kepemimpinan-digital-opd"));
        String lesson = given().header("Authorization", learner).get("/api/v1/courses/transformasi-digital").then()
                .extract().path("lessons[0].slug");
        given().header("Authorization", learner).put("/api/v1/me/progress/transformasi-digital/" + lesson).then().statusCode(200);

        // a change of echelon recomputes the path (JPT Pratama gets the fourth course) and keeps the progress
        csv(partner, roster.replace("Administrator", "JPT Pratama")).post("/api/v1/cohorts/" + cohort + "/imports").then()
                .statusCode(201).body("updated", equalTo(1));
        given().header("Authorization", learner).get("/api/v1/me/enrolments").then()
                .body("courseSlug", hasItem("atensi-kepemimpinan-digital"))
                .body("find { it.courseSlug == 'transformasi-digital' }.lessonsDone", equalTo(1));

        given().header("Authorization", partner).contentType("application/json").body(Map.of("status", "SUSPENDED"))
                .put("/api/v1/cohorts/" + cohort + "/participants/" + nip + "/status").then().statusCode(204);
        given().header("Authorization", partner).get("/api/v1/cohorts/" + cohort).then().body("activeParticipants", equalTo(0));
        given().header("Authorization", learner).get("/api/v1/me/enrolments").then()
                .body("find { it.courseSlug == 'transformasi-digital' }.lessonsDone", equalTo(1));
        assertTrue(members(cohort) == 1, "the membership is kept, suspended");
        String dashboard = id.gcio.academy.support.WebSession.signIn("kohort1").get("/belajar").then().statusCode(200)
                .extract().asString();
        assertTrue(dashboard.contains("Angkatan Anda") && dashboard.contains(cohort), "the learner sees their cohort");
    }

    @Test
    void anUnknownOpdComesWithTheOpdsItProbablyMeantButIsStillRejected() {
        String roster = HEADER + "197805102003121003;Siti Rahmawati;;;Kepala;II.a;Dinas Pariwisata Kaltim\r\n"
                + "198512302010122002;Rina Wulandari;;;Staf;IV.a;Dinas Antah Berantah\r\n";
        csv(partner, roster).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("rejected", equalTo(2))
                .body("rows[0].errors[0].code", equalTo("OPD_UNKNOWN"))
                .body("rows[0].errors[0].suggestions", equalTo(List.of(Map.of("code", "DISPAR", "name", "Dinas Pariwisata"))))
                .body("rows[0].errors[0].message", org.hamcrest.Matchers.containsString("Maksud Anda: Dinas Pariwisata (DISPAR)?"))
                .body("rows[1].errors[0].code", equalTo("OPD_UNKNOWN"))
                .body("rows[1].errors[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("suggestions")));
    }

    @Test
    void anOpdAnAdminAddsIsRecognisedAtTheNextImportAndSurvivesASync() {
        String roster = HEADER + "197805102003121003;Siti Rahmawati;;;Kepala;II.a;Biro Digitalisasi Uji\r\n";
        csv(partner, roster).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("rows[0].errors[0].code", equalTo("OPD_UNKNOWN"));
        given().header("Authorization", partner).contentType("application/json").body(Map.of("name", "x"))
                .put("/api/v1/opds/BIRO-UJI").then().statusCode(403);
        given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("name", "Biro Digitalisasi (uji)", "aliases", "Biro Digitalisasi Uji, BDU"))
                .put("/api/v1/opds/BIRO-UJI").then().statusCode(200).body("code", equalTo("BIRO-UJI"));
        csv(partner, roster).post("/api/v1/cohorts/" + cohort + "/imports?dryRun=true").then().statusCode(200)
                .body("created", equalTo(1));
        given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("name", "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur", "aliases", "Diskominfo, Kominfo"))
                .put("/api/v1/opds/DISKOMINFO").then().statusCode(200);
        given().header("Authorization", admin).contentType("application/json").post("/api/v1/admin/content/sync").then().statusCode(200);
        given().header("Authorization", partner).get("/api/v1/opds").then().statusCode(200)
                .body("find { it.code == 'DISKOMINFO' }.name", equalTo("Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur"));
        given().header("Authorization", partner).get("/api/v1/programmes").then().statusCode(200)
                .body("code", hasItems("DLA", "GCIO"));
    }
}
