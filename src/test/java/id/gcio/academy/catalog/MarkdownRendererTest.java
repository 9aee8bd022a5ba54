package id.gcio.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsAndTables() {
        String html = renderer.toSafeHtml("## Judul\n\n- satu\n- dua\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<h2>Judul</h2>"), html);
        assertTrue(html.contains("<li>satu</li>"), html);
        assertTrue(html.contains("<td>1</td>"), html);
    }

    @Test
    void escapesRawHtmlInTheSource() {
        String html = renderer.toSafeHtml("Halo <script>alert(1)</script> <img src=x onerror=alert(2)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void dropsJavascriptLinksAndMarksExternalLinks() {
        String html = renderer.toSafeHtml("[klik](javascript:alert(1)) dan [JDIH](https://jdih.kaltimprov.go.id)");
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://jdih.kaltimprov.go.id\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer nofollow\""), html);
    }

    @Test
    void sanitizerRemovesEventHandlersFromAnyHtml() {
        assertEquals("<p>teks</p>", MarkdownRenderer.sanitize("<p onclick=\"x()\">teks</p><iframe src=x></iframe>"));
    }

    @Test
    void countsVisibleWords() {
        assertEquals(3, MarkdownRenderer.wordCount("<p>satu <strong>dua</strong> tiga</p>"));
    }
}
