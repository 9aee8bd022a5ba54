package id.gcio.academy.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import id.gcio.academy.web.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The province's report per OPD: people by level, completed paths and valid certificates, each person once. */
@QuarkusTest
class OpdReportTest {

    static final int YEAR = 2041;
    static final String HEADER = "NIP;Nama Lengkap;Email;No. HP;Jabatan;Eselon;OPD\r\n";
    static final String HEAD_OF_OPD = "197103142001121005;Dr. Hj. Nurul Hidayah, M.Si.;;;Kepala Dinas;II.a;Diskominfo\r\n";
    static final String ROSTER = HEADER + HEAD_OF_OPD
            + "198203152008012007;Yusuf Pratama, S.Kom.;;;Kepala Bidang;III.a;Dinkes\r\n"
            + "199002202015032003;Maya Sari, S.T.;;;Pranata Komputer;Ahli Muda;Bappeda\r\n"
            + "198807072012121004;Arif Wibowo, S.E.;;;Kepala Seksi;IV.a;Diskominfo\r\n";

    @Inject
    EntityManager em;

    String admin;

    @BeforeEach
    void cohorts() {
        admin = Tokens.bearer("admin");
        if (count("select count(*) from cohort where code = 'DLA-LAPORAN'") > 0) {
            return;
        }
        for (String[] c : new String[][] { { "DLA-LAPORAN", "DLA" }, { "GCIO-LAPORAN", "GCIO" } }) {
            given().header("Authorization", admin).contentType("application/json")
                    .body(Map.of("code", c[0], "name", "Angkatan laporan " + c[1], "programme", c[1], "year", YEAR))
                    .post("/api/v1/cohorts").then().statusCode(201);
        }
        import_("DLA-LAPORAN", ROSTER);
        import_("GCIO-LAPORAN", HEADER + HEAD_OF_OPD); // the head of OPD is in both cohorts: counted once
        // Yusuf finished every course of his path and holds a valid certificate; Maya's certificate has expired
        given().header("Authorization", Tokens.bearer("laporan1")).get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("laporan2")).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            link("laporan1", "198203152008012007");
            link("laporan2", "199002202015032003");
            em.createNativeQuery("""
                    insert into enrolment (user_id, course_id, source, enrolled_at, completed_at)
                    select p.user_id, co.id, 'cohort', now(), now()
                    from membership m join participant p on p.id = m.participant_id join cohort c on c.id = m.cohort_id
                    join course co on co.slug in (select jsonb_array_elements_text(m.courses))
                    where c.code = 'DLA-LAPORAN' and p.nip = '198203152008012007'""").executeUpdate();
            certificate("198203152008012007", "GCIO-2041-000001-AAAAAAAA", "null");
            certificate("199002202015032003", "GCIO-2041-000002-BBBBBBBB", "current_date - 1");
        });
    }

    @Test
    void countsEachOpdsPeopleByLevelWithCompletedPathsAndValidCertificates() {
        String opd = "rows.find { it.opdCode == '%s' }.";
        given().header("Authorization", admin).get("/api/v1/reports/opd?year=" + YEAR).then().statusCode(200)
                .body("total.participants", equalTo(4))
                .body(opd.formatted("DISKOMINFO") + "participants", equalTo(2))
                .body(opd.formatted("DISKOMINFO") + "leaders", equalTo(1))
                .body(opd.formatted("DISKOMINFO") + "supervisors", equalTo(1))
                .body(opd.formatted("DINKES") + "supervisors", equalTo(1))
                .body(opd.formatted("DINKES") + "pathCompleted", equalTo(1))
                .body(opd.formatted("DINKES") + "certified", equalTo(1))
                .body(opd.formatted("BAPPEDA") + "others", equalTo(1))
                .body(opd.formatted("BAPPEDA") + "pathCompleted", equalTo(0))
                .body(opd.formatted("BAPPEDA") + "certified", equalTo(0))
                .body(opd.formatted("DISPAR") + "participants", equalTo(0))
                .body("total.pathCompleted", equalTo(1)).body("total.certified", equalTo(1));
    }

    @Test
    void filtersByProgramme() {
        given().header("Authorization", admin).get("/api/v1/reports/opd?year=" + YEAR + "&programme=gcio").then().statusCode(200)
                .body("filter.programme", equalTo("GCIO")).body("total.participants", equalTo(1))
                .body("total.leaders", equalTo(1)).body("total.certified", equalTo(0));
        given().header("Authorization", admin).get("/api/v1/reports/opd").then().statusCode(200)
                .body("total.participants", greaterThan(3));
    }

    @Test
    void aBadFilterIsAProblemNamingTheField() {
        given().header("Authorization", admin).get("/api/v1/reports/opd?year=20x1").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE).body("errors.field", org.hamcrest.Matchers.hasItem("year"));
        given().header("Authorization", admin).get("/api/v1/reports/opd?programme=TIDAK-ADA").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("programme"));
        WebSession.signIn("admin").get("/admin/laporan?year=20x1").then().statusCode(400)
                .body(containsString("id=\"year-error\"")).body(containsString("Tahun angkatan"));
    }

    @Test
    void thePageAndTheDownloadsShowTheSameFigures() {
        WebSession page = WebSession.signIn("admin");
        page.get("/admin/laporan?year=" + YEAR).then().statusCode(200).body(containsString("Rekap per OPD"))
                .body(containsString("4 peserta dari"))
                .body(containsString("/admin/laporan/ekspor?format=csv&amp;year=" + YEAR));
        String csv = page.get("/admin/laporan/ekspor?format=csv&year=" + YEAR).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("DINKES") && csv.contains("Total"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("DISKOMINFO") && l.contains(";2;1;1;0;0;0")
                || l.startsWith("DISKOMINFO") && l.contains(",2,1,1,0,0,0")), csv);
        page.get("/admin/laporan/ekspor?format=xlsx&year=" + YEAR).then().statusCode(200)
                .header("Content-Disposition", containsString("rekap-opd-" + YEAR + ".xlsx"));
    }

    @Test
    void onlyAdminsSeeTheReport() {
        for (String user : new String[] { "peserta", "pelatih", "mitra" }) {
            given().header("Authorization", Tokens.bearer(user)).get("/api/v1/reports/opd").then().statusCode(403);
            WebSession.signIn(user).get("/admin/laporan").then().statusCode(403);
        }
    }

    private void import_(String cohort, String csv) {
        given().header("Authorization", admin).contentType("text/csv").header("X-File-Name", "laporan.csv")
                .body(csv).post("/api/v1/cohorts/" + cohort + "/imports").then().statusCode(201);
    }

    private void link(String subject, String nip) {
        em.createNativeQuery("update participant set user_id = (select id from app_user where subject = ?1) where nip = ?2")
                .setParameter(1, subject).setParameter(2, nip).executeUpdate();
    }

    private void certificate(String nip, String number, String expires) {
        em.createNativeQuery("""
                insert into certificate (number, programme_code, user_id, participant_id, cohort_id, status, holder_name, nip,
                  opd_name, programme_name, cohort_name, completed_on, hours, competencies, signatory_name, signatory_title,
                  issued_on, expires_on, payload, signature, created_at)
                select ?1, 'DLA', p.user_id, p.id, c.id, 'VALID', p.full_name, p.nip, p.opd_code, 'DLA', c.name,
                  current_date, 40, '[]', 'Kepala Dinas', 'Kepala Dinas Kominfo', current_date, """ + expires + """
                , 'x', 'x', now()
                from participant p, cohort c where p.nip = ?2 and c.code = 'DLA-LAPORAN'""")
                .setParameter(1, number).setParameter(2, nip).executeUpdate();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
