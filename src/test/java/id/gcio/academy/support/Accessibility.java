package id.gcio.academy.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the page open in the browser with axe-core (Deque's rule engine, as browser extensions and Lighthouse run it):
 * WCAG 2.2 A and AA and axe's best practices (one h1, unique landmarks, ...). Contrast is checked on the page as
 * rendered, so at the size the test's context has.
 */
public final class Accessibility {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private Accessibility() {
    }

    /** Fails with each violation's rule, impact, help and the first elements it names. */
    public static void assertNoViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(page.url() + ": " + violations.size() + " accessibility rule(s) broken\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .limit(3).map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml();
        return "    " + (html.length() > 160 ? html.substring(0, 160) + "…" : html) + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", " | ");
    }
}
