package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page an admin can open fits a 360 px phone in both languages: wide tables scroll inside their own box, never
 * the page (a cohort with a member puts rows, marks and their hidden words into the tables).
 */
@QuarkusTest
class PhoneLayoutTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        GcioFixture gcio = new GcioFixture(em);
        String cohort = gcio.cohort();
        gcio.join(cohort, "tabel1", "Dr. Ir. Tabel Satu Panjang Namanya, M.Si.");
        List<String> pages = List.of("/", "/kursus/penerapan-kepemimpinan-digital-opd", "/belajar", "/profil", "/tugas",
                "/sertifikat", "/kohort", "/kohort/" + cohort, "/kohort/" + cohort + "/hasil", "/kohort/" + cohort + "/pengumuman",
                "/pelatih/penilaian", "/pelatih/kuis", "/admin", "/admin/laporan", "/admin/mitra", "/admin/opd",
                "/admin/sertifikat", "/admin/pengguna?q=tabel", "/verifikasi");
        List<String> wide = new ArrayList<>();
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            Browser.signIn(page, base, "admin");
            for (String lang : List.of("id", "en")) {
                page.navigate(base + "bahasa/" + lang + "?kembali=%2F");
                for (String path : pages) {
                    Response r = page.navigate(base + path.substring(1));
                    assertEquals(200, r.status(), path);
                    int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                    if (width > 360) {
                        wide.add(lang + " " + path + ": " + width + " px");
                    }
                }
            }
        }
        assertTrue(wide.isEmpty(), "pages wider than the phone: " + wide);
    }
}
