package id.gcio.academy.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright, without Playwright's own browser download. When no Chromium is
 * installed the browser journeys are reported as skipped (never as passed); .ci/run installs it.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        Optional<Path> chromium = findChromium();
        Assumptions.assumeTrue(chromium.isPresent(),
                "Chromium not installed: browser journey SKIPPED (apt-get install chromium, or run .ci/run)");
        Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var b = pw.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
        return new Browser(pw, b);
    }

    /** A fresh context (cookies, storage) with a phone-sized viewport. */
    public BrowserContext phone() {
        return browser.newContext(new NewContextOptions().setViewportSize(360, 740).setLocale("id-ID"));
    }

    /** A fresh context with a desktop-sized viewport. */
    public BrowserContext desk() {
        return browser.newContext(new NewContextOptions().setViewportSize(1280, 800).setLocale("id-ID"));
    }

    /**
     * Signs {@code user} in through the dev OIDC login page and waits until the academy has a page open again. The
     * login card is wider than a phone, so its first buttons cannot be scrolled to: the user's button is pressed from
     * script, which submits the same form.
     */
    public static void signIn(Page page, java.net.URL base, String user) {
        page.navigate(base + "masuk");
        page.locator("button[name='predefined-" + user + "']").evaluate("b => b.click()");
        page.waitForURL(url -> url.startsWith(base.toString()) && !url.contains("/masuk"));
    }

    /** The header menu's link called {@code name}; on a phone the menu is a disclosure, opened first as users do. */
    public static Locator menuLink(Page page, String name) {
        Locator menu = page.locator("details.nav-menu");
        if (menu.isVisible() && menu.getAttribute("open") == null) {
            menu.locator("summary").click();
        }
        return page.locator(".main-nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static Optional<Path> findChromium() {
        String env = System.getenv("CHROMIUM_PATH");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
