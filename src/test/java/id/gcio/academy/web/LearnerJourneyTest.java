package id.gcio.academy.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.gcio.academy.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** A learner on a phone: signs in, opens a course, reads a lesson, marks it done and sees the progress change. */
@QuarkusTest
class LearnerJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void learnerSignsInReadsALessonMarksItDoneAndSeesProgress() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(base.toString());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Katalog kursus").setLevel(1))).isVisible();

            // sign in through the OIDC login page
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).first().click();
            page.locator("button[name='predefined-journey']").evaluate("b => b.click()"); // the dev login card overflows a phone screen
            page.waitForURL("**/profil");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Profil saya"))).isVisible();

            // open a course and enrol
            Browser.menuLink(page, "Katalog kursus").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transformasi Digital").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Transformasi Digital");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftar ke kursus ini")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Anda terdaftar");
            assertThat(page.locator(".progress-box")).containsText("0 dari 5 pelajaran selesai (0%)");

            // read the first lesson and mark it done
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lanjutkan: Apa Itu Transformasi Digital?")).click();
            assertThat(page.locator("h1")).hasText("Apa Itu Transformasi Digital?");
            assertTrue(page.locator(".lesson-body").innerText().length() > 2000, "the lesson has real content");
            assertTrue((int) page.evaluate("document.documentElement.scrollWidth") <= 360, "no sideways scrolling at 360 px");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tandai selesai")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Pelajaran ditandai selesai.");
            assertThat(page.locator(".lesson-done")).containsText("1 dari 5 pelajaran selesai (20%)");

            // the course page shows the new progress
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transformasi Digital").setExact(true)).first().click();
            assertThat(page.locator(".progress-box progress")).hasAttribute("value", "20");
            assertThat(page.locator(".lesson-list li.done")).hasCount(1);

            // and so does "Pembelajaran saya", also in English
            Browser.menuLink(page, "Pembelajaran saya").click();
            assertThat(page.locator("main")).containsText("1 dari 5 pelajaran selesai (20%)");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("main")).containsText("1 of 5 lessons done (20%)");
            assertThat(page.locator("h1")).hasText("My learning");

            // signing out is the header's form (a POST from this site): back on the catalogue, signed out
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL(url -> url.equals(base.toString()));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).first()).isVisible();
        }
    }
}
