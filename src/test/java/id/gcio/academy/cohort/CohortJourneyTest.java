package id.gcio.academy.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.gcio.academy.support.Accessibility;
import id.gcio.academy.support.Browser;
import id.gcio.academy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The issue's "done when" in Chromium at 360 px: a partner downloads the template, uploads a roster with a mistake,
 * reads the preview, imports the valid rows, and sees the cohort grouped by echelon with each participant's path; each
 * of these pages passes axe-core's accessibility rules.
 */
@QuarkusTest
class CohortJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void aPartnerImportsARosterAndSeesTheCohort() throws Exception {
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("code", "MITRA-A", "name", "Mitra A")).post("/api/v1/partners");
        given().header("Authorization", Tokens.bearer("mitra")).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into partner_member (partner_id, user_id, added_at)
                select p.id, u.id, now() from partner p, app_user u where p.code = 'MITRA-A' and u.subject = 'mitra'
                on conflict do nothing""").executeUpdate());
        String code = "DLA-J" + (System.nanoTime() % 100_000);

        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            Browser.signIn(page, base, "mitra");
            Browser.menuLink(page, "Angkatan").click();

            // the template: NIP formatted as text so Excel keeps all 18 digits
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Unduh templat XLSX")).first().click());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(download.path()))) {
                assertEquals("NIP", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
                assertEquals("@", wb.getSheetAt(0).getColumnStyle(0).getDataFormatString());
            }

            // a new cohort: a wrong code is explained next to the field
            page.getByLabel("Kode angkatan").fill("dla 2026");
            page.getByLabel("Nama angkatan").fill("DLA Kaltim Angkatan Uji");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat angkatan")).click();
            assertThat(page.locator("#code-error")).containsText("Kode angkatan");
            Accessibility.assertNoViolations(page);
            page.getByLabel("Kode angkatan").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat angkatan")).click();
            assertThat(page.locator("h1")).hasText("DLA Kaltim Angkatan Uji");

            // upload a roster saved by Excel (BOM, ';', CRLF) with one NIP Excel turned into a number
            String roster = "\uFEFF" + CohortImportTest.HEADER
                    + "197805102003121003;Dr. Ir. Siti Rahmawati, M.T.;;;Kepala Dinas;II.a;Diskominfo\r\n"
                    + "198001152005011001;Budi Santoso, S.Kom.;;;Kepala Bidang;III.a;Dinkes\r\n"
                    + "1,98512E+17;Rina Wulandari, S.T.;;;Pranata Komputer;Ahli Muda;Bappeda\r\n";
            page.locator("#berkas").setInputFiles(new FilePayload("peserta.csv", "text/csv", roster.getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pratinjau")).click();
            assertThat(page.locator(".import-counts")).containsText("3 baris dibaca: 2 baru, 0 diperbarui, 0 tidak berubah, 1 ditolak");
            assertThat(page.locator(".import-rows")).containsText("Excel");
            assertThat(page.locator(".import-rows")).containsText("Rina Wulandari, S.T.");
            assertTrue((int) page.evaluate("document.body.scrollWidth") <= 380, "the preview does not scroll sideways");
            Accessibility.assertNoViolations(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impor sekarang")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("1 baris ditolak");
            page.getByLabel("Impor baris yang valid saja").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impor sekarang")).click();

            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Daftar peserta diimpor");
            assertThat(page.locator(".cohort-groups")).containsText("Eselon II.a: 1");
            assertThat(page.locator(".cohort-groups")).containsText("Eselon III.a: 1");
            assertThat(page.locator("table.participants")).containsText("Dr. Ir. Siti Rahmawati, M.T.");
            assertTrue((int) page.evaluate("document.body.scrollWidth") <= 380, "the page itself does not scroll sideways");
            Accessibility.assertNoViolations(page);
        }
    }
}
