package id.gcio.academy.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.gcio.academy.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reading without a connection (the service worker /sw.js and static/academy.js), in headless Chromium with the
 * network switched off: a lesson opened once stays readable and says it is a kept copy; a page never opened, and the
 * quiz, give the offline page; "Simpan untuk dibaca offline" keeps every lesson of a course; signing out deletes them,
 * and the offline page is kept again for the next reader; a page kept before a release keeps its style sheet; a lesson
 * marked done offline is recorded once connected.
 */
@QuarkusTest
class OfflineReadingTest {

    private static final String COURSE = "kursus/transformasi-digital";

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLessonOpenedOnceCanBeReadOfflineAndSaysItIsACopy() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = signInAndEnrol(context, "luring1");
            List<String> lessons = lessonPaths(page);
            page.locator(".lesson-list a").first().click();
            assertThat(page.locator("h1")).hasText("Apa Itu Transformasi Digital?");
            waitUntil(page, "async () => !!(await caches.match(location.pathname))", null);

            context.setOffline(true);
            page.navigate(base + lessons.get(0).substring(1));
            assertThat(page.locator("h1")).hasText("Apa Itu Transformasi Digital?");
            assertThat(page.locator(".saved-note")).containsText("Salinan tersimpan");
            // its "Tandai selesai" is noted on the device (aLessonMarkedDoneOfflineIsRecordedOnceConnected)
            assertThat(page.locator(".lesson-done form")).isVisible();

            page.navigate(base + lessons.get(2).substring(1));
            assertThat(page.locator("h1")).hasText("Anda sedang offline");
            page.navigate(base + COURSE.replace("kursus/", "belajar/kursus/") + "/kuis");
            assertThat(page.locator("h1")).hasText("Anda sedang offline");

            context.setOffline(false);
            page.navigate(base + lessons.get(0).substring(1));
            assertThat(page.locator("h1")).hasText("Apa Itu Transformasi Digital?");
            assertThat(page.locator(".saved-note")).hasCount(0);
            assertThat(page.locator(".lesson-done form")).isVisible();

            // in English, the offline page is English too
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            waitUntil(page, "async () => (await (await caches.match('/luring')).text()).includes('You are offline')", null);
            context.setOffline(true);
            page.navigate(base + lessons.get(3).substring(1));
            assertThat(page.locator("h1")).hasText("You are offline");
        }
    }

    @Test
    void aCourseSavedForOfflineOpensEveryLessonAndSigningOutDeletesThem() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = signInAndEnrol(context, "luring2");
            List<String> lessons = lessonPaths(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan untuk dibaca offline")).click();
            assertThat(page.locator(".offline-save [role=status]"))
                    .hasText(lessons.size() + " pelajaran tersimpan di perangkat ini dan bisa dibaca tanpa jaringan.");

            context.setOffline(true);
            String last = lessons.get(lessons.size() - 1);
            page.navigate(base + last.substring(1));
            assertThat(page.locator(".saved-note")).isVisible();
            assertFalse(page.locator(".lesson-body").innerText().isBlank());
            assertEquals(last, page.evaluate("location.pathname"));

            context.setOffline(false);
            page.navigate(base + COURSE);
            page.locator(".nav-form button").click();
            page.waitForURL(url -> url.equals(base.toString()));
            Object kept = page.evaluate("async paths => (await Promise.all(paths.map(p => caches.match(p)))).filter(r => r).length",
                    lessons);
            assertEquals(0, ((Number) kept).intValue(), "no lesson is kept after signing out");
            waitUntil(page, "async () => !!(await caches.match('/luring'))", null);
            context.setOffline(true);
            page.navigate(base + last.substring(1));
            assertThat(page.locator("h1")).hasText("Anda sedang offline");
        }
    }

    @Test
    void whenAnotherReaderSignsInOnTheDeviceTheLastOnesPagesGo() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = signInAndEnrol(context, "luring1");
            String lesson = openAndKeep(page, 0);

            context.clearCookies(); // the session ended without signing out (expired, or the cookies were cleared)
            Browser.signIn(page, base, "luring2");
            waitUntil(page, "async path => !(await caches.match(path))", lesson);
            assertThat(page.locator("body")).hasAttribute("data-reader", java.util.regex.Pattern.compile("[0-9a-f]{16}"));
        }
    }

    @Test
    void aLessonMarkedDoneOfflineIsRecordedOnceConnected() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = signInAndEnrol(context, "luring3");
            String lesson = openAndKeep(page, 1);

            context.setOffline(true);
            page.navigate(base + lesson.substring(1));
            assertThat(page.locator(".saved-note")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tandai selesai")).click();
            assertThat(page.locator(".lesson-done [role=status]")).containsText("Ditandai selesai di perangkat ini");
            page.navigate(base + lesson.substring(1));
            assertThat(page.locator(".lesson-done [role=status]")).containsText("Ditandai selesai di perangkat ini");
            assertThat(page.locator(".lesson-done form")).hasCount(0);

            // connected again: the next page of the academy sends it, and says so
            context.setOffline(false);
            page.navigate(base + "belajar");
            assertThat(page.locator("main > .flash")).hasText("1 pelajaran yang Anda tandai selesai saat offline sudah dicatat.");
            assertEquals("[]", page.evaluate("localStorage.getItem('academy-pending-done')"));
            page.navigate(base + lesson.substring(1));
            assertThat(page.locator(".done-note")).containsText("Anda sudah menandai pelajaran ini selesai.");
            assertThat(page.locator(".saved-note")).hasCount(0);
        }
    }

    @Test
    void aPageKeptBeforeAReleaseKeepsItsStyleSheetOffline() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.phone()) {
            Page page = signInAndEnrol(context, "luring1");
            String lesson = lessonPaths(page).get(0);
            page.navigate(base + lesson.substring(1));
            String css = (String) page.evaluate("document.querySelector('link[rel=stylesheet]').getAttribute('href')");
            waitUntil(page, "async css => !!(await caches.match(location.pathname)) && "
                    + "!!(await (await caches.open('academy-files-v1')).match(css))", css);

            // a release changes the style sheet's address: the page fetches the new one, then a newer one comes
            String next = css.replaceAll("v=.*", "v=000000000001");
            String newer = css.replaceAll("v=.*", "v=000000000002");
            page.evaluate("async urls => { for (const u of urls) await fetch(u); }", List.of(next, newer));
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) page.evaluate("async () => (await (await caches.open('academy-files-v1'))"
                    + ".keys()).map(k => new URL(k.url)).filter(u => u.pathname.endsWith('.css')).map(u => u.pathname + u.search)");
            assertEquals(Set.of(css, newer), Set.copyOf(files.stream().filter(f -> f.startsWith(css.replaceAll("\\?.*", ""))).toList()),
                    "the version a kept page links to stays, the one no page links to goes");

            context.setOffline(true);
            page.navigate(base + lesson.substring(1));
            assertThat(page.locator(".saved-note")).isVisible();
            assertEquals("0px", page.evaluate("getComputedStyle(document.body).marginTop"), "the kept page is styled");
        }
    }

    private Page signInAndEnrol(BrowserContext context, String user) {
        Page page = context.newPage();
        Browser.signIn(page, base, user);
        page.navigate(base + COURSE);
        var enrol = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftar ke kursus ini"));
        if (enrol.count() > 0) {
            enrol.click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Anda terdaftar");
        }
        // the service worker, registered on the first page, controls this one: it claims the pages open when it starts,
        // but a page whose request went out just before that is only controlled once loaded again
        page.evaluate("async () => { await navigator.serviceWorker.ready; }");
        if (!Boolean.TRUE.equals(page.evaluate("navigator.serviceWorker.controller !== null"))) {
            page.reload();
        }
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        return page;
    }

    /** Opens the course's lesson number {@code index} and waits until the service worker has kept it; its path. */
    private String openAndKeep(Page page, int index) {
        String lesson = lessonPaths(page).get(index);
        page.navigate(base + lesson.substring(1));
        waitUntil(page, "async () => !!(await caches.match(location.pathname))", null);
        return lesson;
    }

    /** Polls an async predicate (page.waitForFunction takes a returned promise for a true value). */
    private static void waitUntil(Page page, String predicate, Object arg) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate(predicate, arg))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 10 s: " + predicate + " (" + arg + ")");
            }
            page.waitForTimeout(50);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> lessonPaths(Page page) {
        return (List<String>) page.evaluate(
                "[...document.querySelectorAll('.lesson-list a')].map(a => a.getAttribute('href'))");
    }
}
