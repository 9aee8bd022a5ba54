package id.gcio.academy.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the app's own files under {@code /static/} with a fingerprint of their content, e.g.
 * {@code {asset:url('academy.css')}} gives {@code /static/academy.css?v=3f2a9c1e0b7d}. Browsers may then keep them
 * for a year without asking again (a slow link pays for each question), and a release that changes a file changes
 * its address, so no reader sees last week's style sheet with this week's pages. Every instance of one build
 * computes the same fingerprints, from the files in the jar.
 */
public final class StaticAssets {

    private static final String ROOT = "META-INF/resources/static/";
    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private StaticAssets() {
    }

    /** The fingerprinted address of {@code name}; a file that does not exist is a template error, not a 404 later. */
    @TemplateExtension(namespace = "asset")
    static String url(String name) {
        return URLS.computeIfAbsent(name, n -> "/static/" + n + "?v=" + fingerprint(read(n)));
    }

    /** The first 12 hex digits of the content's SHA-256. */
    static String fingerprint(byte[] content) {
        return Hashes.sha256Hex(content).substring(0, 12);
    }

    private static byte[] read(String name) {
        if (name.contains("..") || name.startsWith("/")) {
            throw new IllegalArgumentException("Not a file under /static/: " + name);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No file /static/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
