package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import id.gcio.academy.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * A course page on paper: navigation, the language switch and buttons are left out, and the header, white on the
 * brand colour on screen, is printed in black because browsers do not print backgrounds.
 */
@QuarkusTest
class PrintLayoutTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPrintedCoursePageKeepsItsTextAndLeavesOutTheControls() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(base + "kursus/transformasi-digital");

            assertNotEquals("none", display(page, ".main-nav"), "shown on screen");
            assertNotEquals("none", display(page, ".lang"), "shown on screen");
            assertEquals("rgb(255, 255, 255)", style(page, ".brand", "color"), "white on the brand colour on screen");

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertEquals("none", display(page, ".main-nav"));
            assertEquals("none", display(page, ".lang"));
            assertEquals("none", display(page, ".skip-link"));
            assertEquals("rgb(0, 0, 0)", style(page, ".brand", "color"));
            assertEquals("rgba(0, 0, 0, 0)", style(page, ".site-header", "background-color"));
            assertEquals("block", display(page, "h1"));
            assertEquals("block", display(page, ".sources"));
            assertEquals("Transformasi Digital", page.locator("h1").textContent().strip());
        }
    }

    private static String display(Page page, String selector) {
        return style(page, selector, "display");
    }

    private static String style(Page page, String selector, String property) {
        return (String) page.locator(selector).first()
                .evaluate("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
    }
}
