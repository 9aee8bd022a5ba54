package id.gcio.academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Health, metrics, OpenAPI, security headers and error bodies. */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource("/")
    URL url;

    /** The management interface (health, metrics): its own port, 9001 in tests. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessChecksTheDatabase() {
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().port(management.getPort()).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/").then().statusCode(200);
        given().port(management.getPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    /**
     * Micrometer drops the timings of every address after its first {@code max-uri-tags} distinct ones: the app's
     * routes (each page and API template, each file under /static) and Quarkus' own tags must fit, with room to grow.
     */
    @Test
    void everyRouteFitsUnderTheMetricsUriTagLimit() throws IOException {
        Path classes = Path.of("target/classes");
        Set<String> templates = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    if (sub != null || Arrays.stream(method.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class))) {
                        templates.add((root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/"));
                    }
                }
            }
        }
        // the course and lesson pages are counted once each (match-patterns), whatever their number
        templates.removeIf(t -> t.startsWith("/kursus/") || t.startsWith("/belajar/kursus/"));
        long staticFiles;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/META-INF/resources"))) {
            staticFiles = files.filter(Files::isRegularFile).count();
        }
        long needed = templates.size() + 2 + staticFiles + 4; // + root, NOT_FOUND, REDIRECTION, UNKNOWN
        assertTrue(templates.size() > 100, "the scan finds the routes: " + templates.size());
        int limit = ConfigProvider.getConfig()
                .getValue("quarkus.micrometer.binder.http-server.max-uri-tags", Integer.class);
        assertTrue(needed * 3 / 2 <= limit, needed + " addresses, half as many again to grow, against a limit of " + limit);
    }

    @Test
    void searchEnginesMayIndexOnlyTheCatalogueAndCoursePages() {
        given().get("/robots.txt").then().statusCode(200).contentType(containsString("text/plain"))
                .body(containsString("Allow: /kursus/")).body(containsString("Disallow: /\n"));
        given().get("/").then().statusCode(200).header("X-Robots-Tag", org.hamcrest.Matchers.nullValue());
        given().get("/kursus/transformasi-digital").then().statusCode(200)
                .header("X-Robots-Tag", org.hamcrest.Matchers.nullValue());
        // a verification page names the holder; the rest is for signed-in people
        given().get("/verifikasi/GCIO-2026-000001-ABCDEFGH").then().header("X-Robots-Tag", "noindex, nofollow");
        given().get("/verifikasi").then().statusCode(200).header("X-Robots-Tag", "noindex, nofollow");
        WebSession.signIn("peserta").get("/belajar").then().statusCode(200).header("X-Robots-Tag", "noindex, nofollow");
        given().redirects().follow(false).get("/kursus/transformasi-digital/lain").then()
                .header("X-Robots-Tag", "noindex, nofollow");
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
    }

    @Test
    void openApiDescribesOnlyTheJsonApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/me"))
                .body("paths.keySet()", hasItem("/api/v1/courses/{slug}"))
                .body("paths.keySet()", not(hasItem("/profil")));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void unknownPageGetsTheFriendly404Page() {
        given().get("/tidak-ada-di-sini").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Halaman tidak ditemukan"));
    }

    @Test
    void unknownCourseGetsThe404Page() {
        given().get("/kursus/tidak-ada").then().statusCode(404).body(containsString("Halaman tidak ditemukan"));
    }

    @Test
    void unknownApiPathGetsAProblemBody() {
        given().header("Authorization", Tokens.bearer("peserta")).get("/api/v1/tidak-ada").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
    }

    @Test
    void unknownCourseInTheApiGetsAProblemBody() {
        given().header("Authorization", Tokens.bearer("peserta")).get("/api/v1/courses/tidak-ada").then()
                .statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", equalTo("Kursus tidak ditemukan."));
    }

    @Test
    void malformedJsonGetsA400ProblemBody() {
        given().header("Authorization", Tokens.bearer("peserta")).contentType("application/json").body("{\"courseSlug\": ")
                .post("/api/v1/me/enrolments").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void missingFieldGetsA400ProblemBodyNamingTheField() {
        given().header("Authorization", Tokens.bearer("peserta")).contentType("application/json").body("{}")
                .post("/api/v1/me/enrolments").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("courseSlug"));
    }

    @Test
    void aBodyOverTheServerLimitGetsA413ProblemBody() throws Exception {
        String answer = oversized("/api/v1/me/enrolments", "application/json", "Authorization: " + Tokens.bearer("peserta"));
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("Content-Type: " + Problem.MEDIA_TYPE), answer);
        assertTrue(answer.contains("\"status\":413") && answer.contains("batas ukuran"), answer);
    }

    @Test
    void aPageUploadOverTheServerLimitGetsAnExplainingPage() throws Exception {
        String cookies = signedInCookies("mitra");
        String answer = oversized("/kohort/TIDAK-ADA/impor", "multipart/form-data; boundary=x", "Cookie: " + cookies);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("text/html") && answer.contains("Kiriman terlalu besar"), answer);
    }

    @Test
    void thePageForAnOversizedUploadIsInEnglishWhenTheInterfaceIs() throws Exception {
        String cookies = signedInCookies("mitra");
        String answer = oversized("/kohort/TIDAK-ADA/impor", "multipart/form-data; boundary=x",
                "Cookie: " + cookies + "; lang=en");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("Upload too large") && !answer.contains("Kiriman terlalu besar"), answer);
    }

    /** The cookies of a fresh signed-in session, as one Cookie header value. */
    private static String signedInCookies(String role) {
        return WebSession.signIn(role).cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * A chunked body announces no length, so the server can only refuse it once it has grown over the limit: it must
     * stop reading there (Jackson alone would skip 40 MB of whitespace). Quarkus REST answers this case itself, with a
     * 413 and no body; browsers always announce a form's length, so only streaming API clients meet it.
     */
    @Test
    void aChunkedBodyGrowingOverTheServerLimitIsRefusedWith413() throws Exception {
        String answer = chunkedOversized("/api/v1/me/enrolments", "application/json", "Authorization: " + Tokens.bearer("peserta"));
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }

    /**
     * Sends a chunked POST (no announced length): a JSON object whose closing brace follows 61 MB of whitespace, in
     * 1 MB chunks, stopping early once the server answers.
     */
    private String chunkedOversized(String path, String type, String header) throws Exception {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(postHead(path, type, header, "Transfer-Encoding: chunked"));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            try {
                writeChunk(out, "{\"courseSlug\": \"tidak-ada\"".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 61 && socket.getInputStream().available() == 0; i++) {
                    writeChunk(out, blanks);
                }
                writeChunk(out, "}".getBytes(StandardCharsets.UTF_8));
                writeChunk(out, new byte[0]);
            } catch (SocketException closed) {
                // the server stopped reading: its answer is waiting
            }
            return readAnswer(socket);
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Sends the head of a POST that announces a body over the 40 MB limit, without the body, and reads the answer: the
     * server must refuse from the announced length alone (a client that sent it all would only learn so at the end).
     */
    private String oversized(String path, String type, String header) throws Exception {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(postHead(path, type, header, "Content-Length: " + 41L * 1024 * 1024));
            socket.getOutputStream().flush();
            return readAnswer(socket);
        }
    }

    /** The head of a POST with the given body framing ({@code Content-Length} or {@code Transfer-Encoding}). */
    private static byte[] postHead(String path, String type, String header, String framing) {
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\n" + header + "\r\n"
                + framing + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What the server answers until it closes, stops or the complete answer is in (10 s at most). */
    private static String readAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
                String text = read.toString(StandardCharsets.UTF_8).strip();
                if (text.contains("\r\n\r\n") && (text.endsWith("}") || text.endsWith("</html>"))) {
                    break;
                }
            }
        } catch (SocketException stopped) {
            // whatever arrived is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLanguageSwitchOnlyRedirectsWithinTheSite() {
        given().redirects().follow(false).queryParam("kembali", "https://evil.example/").get("/bahasa/en").then()
                .statusCode(303).header("Location", not(containsString("evil")));
        given().redirects().follow(false).queryParam("kembali", "//evil.example/").get("/bahasa/en").then()
                .statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void englishSwitchTranslatesTheInterfaceAndCourseTitles() {
        given().cookie("lang", "en").get("/").then().statusCode(200)
                .body(containsString("Course catalogue"))
                .body(containsString("Digital Transformation"))
                .body(containsString("lang=\"en\""));
        given().get("/").then().statusCode(200).body(containsString("Katalog kursus")).body(containsString("lang=\"id\""));
    }

    @Test
    void benchmarkCeilingAnswersWhenEnabled() {
        given().get("/bench/ceiling").then().statusCode(200).body(equalTo("transformasi-digital"));
    }

    @Test
    void signedInBenchmarkCeilingNamesTheSessionsUserAndRefusesAnonymousCallers() {
        long me = given().auth().oauth2(Tokens.accessToken("peserta")).get("/api/v1/me").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        WebSession.signIn("peserta").get("/bench/ceiling/signed-in").then().statusCode(200)
                .body(equalTo(me + " transformasi-digital"));
        WebSession.anonymous().get("/bench/ceiling/signed-in").then().statusCode(303)
                .header("Location", containsString("/masuk"));
    }
}
