package id.gcio.academy.catalog;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns lesson Markdown into safe HTML: CommonMark (with GitHub tables) renders, raw HTML in the source is escaped,
 * and the result passes an allow-list sanitizer (jsoup) so that only text formatting, lists, tables and http(s)
 * links survive.
 */
public final class MarkdownRenderer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "strong", "em", "b", "i", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "del")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
    }

    /** Renders and sanitizes; the output is safe to place in a page unescaped. */
    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return sanitize(html);
    }

    /** Cleans any HTML fragment with the same allow-list. */
    public static String sanitize(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, settings);
    }

    /** Counts the words of the visible text (for reading-time estimates). */
    public static int wordCount(String safeHtml) {
        String text = Jsoup.parse(safeHtml).text().trim();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
