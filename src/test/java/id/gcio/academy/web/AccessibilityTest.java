package id.gcio.academy.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.gcio.academy.support.Accessibility;
import id.gcio.academy.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of page, as each role sees it on a phone (and the public ones on a desk), passes axe-core's WCAG 2.2 A/AA
 * rules and best practices: names and labels, contrast, one h1, unique landmarks, errors tied to their fields. The
 * cohort pages and the import preview are checked in CohortJourneyTest, where a cohort with a roster exists.
 */
@QuarkusTest
class AccessibilityTest {

    private static final String COURSE = "kursus/transformasi-digital";

    @TestHTTPResource("/")
    URL base;

    @Test
    void publicPages() {
        try (Browser browser = Browser.launch(); BrowserContext phone = browser.phone();
                BrowserContext desk = browser.desk()) {
            for (BrowserContext context : List.of(phone, desk)) {
                Page page = context.newPage();
                check(page, "", COURSE, "verifikasi", "verifikasi/BUKAN-NOMOR", "tidak-ada-di-sini", "luring");
            }
        }
    }

    @Test
    void aLearnersPages() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            Browser.signIn(page, base, "aksesibel");
            check(page, "belajar", "profil", "tugas", "sertifikat", "belajar/pengumuman", "keluar/konfirmasi");

            // a form with an error next to its field
            page.navigate(base + "profil");
            page.getByLabel("NIP").fill("12345");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan profil")).click();
            assertThat(page.locator(".field-error").first()).isVisible();
            Accessibility.assertNoViolations(page);

            page.navigate(base + COURSE);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftar ke kursus ini")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Anda terdaftar");
            Accessibility.assertNoViolations(page);
            page.locator(".lesson-list a").first().click();
            Accessibility.assertNoViolations(page);

            // the quiz: its start page, a question, the summary, the result
            page.navigate(base + COURSE.replace("kursus/", "belajar/kursus/") + "/kuis");
            Accessibility.assertNoViolations(page);
            page.locator("form[action$='/kuis/mulai'] button").click();
            assertThat(page.locator("#quiz-form")).isVisible();
            Accessibility.assertNoViolations(page);
            page.locator("button[value=ringkasan]").click();
            page.waitForURL(url -> url.endsWith("/ringkasan"));
            Accessibility.assertNoViolations(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kumpulkan sekarang")).click();
            page.waitForURL(url -> url.endsWith("/hasil"));
            Accessibility.assertNoViolations(page);

            // and in English
            page.navigate(base + "bahasa/en?kembali=/belajar");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            Accessibility.assertNoViolations(page);
            check(page, COURSE, "profil");
        }
    }

    @Test
    void staffPages() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone();
                BrowserContext desk = browser.desk()) {
            // staff work at a desk as often as on a phone: the wide layout (tables in full, the menu inline) too
            Page wide = desk.newPage();
            Browser.signIn(wide, base, "admin");
            check(wide, "admin", "admin/laporan", "admin/pengguna?q=a", "kohort", "pelatih/kuis/transformasi-digital",
                    "pelatih/penilaian");

            Page page = context.newPage();
            Browser.signIn(page, base, "admin");
            check(page, "admin", "admin/laporan", "admin/pengguna", "admin/pengguna?q=a", "admin/mitra", "admin/opd",
                    "admin/sertifikat", "kohort", "pelatih/kuis", "pelatih/kuis/transformasi-digital", "pelatih/penilaian");

            // the new cohort form, sent empty
            page.navigate(base + "kohort");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat angkatan")).click();
            assertThat(page.locator(".field-error").first()).isVisible();
            Accessibility.assertNoViolations(page);
        }
    }

    private void check(Page page, String... paths) {
        for (String path : paths) {
            page.navigate(base + path);
            Accessibility.assertNoViolations(page);
        }
    }
}
