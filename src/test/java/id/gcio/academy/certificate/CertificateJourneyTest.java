package id.gcio.academy.certificate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Accessibility;
import id.gcio.academy.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The "done when" in Chromium at 360 px: a head of OPD who finished the GCIO courses sends the capstone, a
 * trainer grades it with the rubric, the certificate appears, its QR opens the verification page, an admin revokes
 * it and the page says so, and a forged number is rejected; each page on the way passes axe-core's accessibility rules.
 */
@QuarkusTest
class CertificateJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    private Page login(BrowserContext context, String user) {
        Page page = context.newPage();
        Browser.signIn(page, base, user);
        return page;
    }

    @Test
    void aHeadOfOpdEarnsAVerifiableCertificateThatAnAdminThenRevokes() throws Exception {
        GcioFixture fx = new GcioFixture(em);
        fx.reset("sertifweb");
        String cohort = fx.cohort();
        fx.join(cohort, "sertifweb", "Ir. Andi Pratama, M.M.");
        fx.assignTrainer(cohort, "pelatih");
        fx.completeCourses("sertifweb", 88);

        try (Browser browser = Browser.launch()) {
            String number;
            try (BrowserContext learnerCtx = browser.phone()) {
                Page learner = login(learnerCtx, "sertifweb");
                Browser.menuLink(learner, "Tugas").click();
                learner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rencana Aksi Kepemimpinan Digital OPD")).click();
                // an empty text is explained next to the field
                learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim tugas")).click();
                assertThat(learner.locator("#body-error")).containsText("Tuliskan isi tugas");
                Accessibility.assertNoViolations(learner);
                learner.getByLabel("Isi tugas (Markdown)").fill("## Kondisi OPD\n\nIndeks SPBE dan data layanan.\n\n## Inisiatif\n\n- Satu Data");
                learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim tugas")).click();
                assertThat(learner.getByRole(AriaRole.STATUS).first()).containsText("Tugas terkirim");
                assertThat(learner.locator("#status-heading + p")).containsText("Menunggu penilaian");

                try (BrowserContext trainerCtx = browser.phone()) {
                    Page trainer = login(trainerCtx, "pelatih");
                    Browser.menuLink(trainer, "Penilaian").click();
                    trainer.getByLabel("Angkatan", new Page.GetByLabelOptions().setExact(true)).selectOption(cohort);
                    trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saring")).click();
                    trainer.locator("table tbody tr").first().getByRole(AriaRole.LINK).click();
                    trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ambil untuk dinilai")).click();
                    Accessibility.assertNoViolations(trainer);
                    for (var radio : trainer.locator("fieldset.criterion").all()) {
                        radio.locator("input[type=radio]").nth(2).check();
                    }
                    trainer.getByLabel("Umpan balik keseluruhan").fill("Rencana realistis dan berbasis data.");
                    trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan nilai")).click();
                    assertThat(trainer.getByRole(AriaRole.STATUS).first()).containsText("Penilaian tersimpan");
                }

                Browser.menuLink(learner, "Sertifikat").click();
                assertThat(learner.locator("h2.h3").first()).containsText("GCIO-");
                Accessibility.assertNoViolations(learner);
                number = learner.locator("h2.h3").first().textContent().strip();
                Download download = learner.waitForDownload(() -> learner.getByRole(AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Unduh PDF")).first().click());
                String qr;
                try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                    qr = CertificateTest.decodeQr(doc);
                }
                assertTrue(qr.endsWith("/verifikasi/" + number), qr);
                // the phone opens the QR's address (this test server's host instead of the configured public one)
                learner.navigate(base + URI.create(qr).getPath().substring(1));
                assertThat(learner.locator(".verdict")).containsText("SAH");
                assertThat(learner.locator("dl.facts")).containsText("Ir. Andi Pratama, M.M.");
                Accessibility.assertNoViolations(learner);
            }

            try (BrowserContext adminCtx = browser.phone()) {
                Page admin = login(adminCtx, "admin");
                admin.navigate(base + "admin/sertifikat/" + number);
                admin.getByLabel("Alasan").first().fill("x");
                admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cabut sertifikat")).click();
                assertThat(admin.locator("#reason-error")).containsText("Tuliskan alasan");
                Accessibility.assertNoViolations(admin);
                admin.getByLabel("Alasan").first().fill("Data kelulusan keliru");
                admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cabut sertifikat")).click();
                assertThat(admin.locator("h1")).containsText("Cabut sertifikat ini?");
                assertThat(admin.locator("dl.facts")).containsText("Data kelulusan keliru");
                Accessibility.assertNoViolations(admin);
                admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ya, cabut sertifikat")).click();
                assertThat(admin.getByRole(AriaRole.STATUS).first()).containsText("Sertifikat diperbarui");

                admin.navigate(base + "verifikasi/" + number);
                assertThat(admin.locator(".verdict")).containsText("DICABUT");
                assertThat(admin.locator(".verify")).containsText("Data kelulusan keliru");
                Accessibility.assertNoViolations(admin);
                admin.navigate(base + "verifikasi");
                admin.getByLabel("Nomor sertifikat").fill("GCIO-2026-424242");
                admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa")).click();
                assertThat(admin.locator(".verdict")).containsText("bukan nomor sertifikat yang lengkap");
                admin.getByLabel("Nomor sertifikat").fill("GCIO-2026-424242-7KQ3XM9D");
                admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa")).click();
                assertThat(admin.locator(".verdict")).containsText("tidak pernah diterbitkan");
            }
        }
    }
}
