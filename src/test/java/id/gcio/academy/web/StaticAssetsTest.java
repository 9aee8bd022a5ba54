package id.gcio.academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app's own files are linked by content fingerprint and cached for a year. */
@QuarkusTest
class StaticAssetsTest {

    private static byte[] file(String name) throws IOException {
        try (InputStream in = StaticAssetsTest.class.getClassLoader().getResourceAsStream("META-INF/resources/static/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void pagesLinkTheStyleSheetByTheFingerprintOfItsContent() throws IOException {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("href=\"/static/academy\\.css\\?v=([0-9a-f]{12})\"").matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "no fingerprinted style sheet link in the page");
        assertEquals(StaticAssets.fingerprint(file("academy.css")), m.group(1));
        given().get("/static/academy.css?v=" + m.group(1)).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Cache-Control", containsString("immutable"));
    }

    @Test
    void theIconsBrowsersAndPhonesAskForByNameAreServed() throws IOException {
        byte[] ico = given().get("/favicon.ico").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=604800")).extract().asByteArray();
        assertEquals(java.util.List.of(0, 0, 1, 0), java.util.List.of((int) ico[0], (int) ico[1], (int) ico[2], (int) ico[3]),
                "an ICO file header");
        byte[] png = given().get("/apple-touch-icon.png").then().statusCode(200).contentType("image/png")
                .header("Cache-Control", containsString("max-age=604800")).extract().asByteArray();
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        String page = given().get("/").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">"), page);
    }

    @Test
    void theWebAppManifestLetsAPhoneInstallTheAcademy() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"), page);
        io.restassured.path.json.JsonPath manifest = given().get("/manifest.webmanifest").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=604800")).extract().jsonPath();
        assertEquals("GCIO Academy", manifest.getString("short_name"));
        assertEquals("/belajar", manifest.getString("start_url"));
        assertEquals("standalone", manifest.getString("display"));
        assertEquals(java.util.List.of("192x192", "512x512"), manifest.getList("icons.sizes"));
        for (int i = 0; i < 2; i++) {
            String src = manifest.getString("icons[" + i + "].src");
            byte[] png = given().get(src).then().statusCode(200).contentType("image/png")
                    .header("Cache-Control", containsString("max-age=604800")).extract().asByteArray();
            assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII), src);
            java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.wrap(png, 16, 8); // width and height, as the manifest says
            assertEquals(manifest.getString("icons[" + i + "].sizes"), ihdr.getInt() + "x" + ihdr.getInt(), src);
        }
    }

    @Test
    void aChangedFileGetsANewAddress() {
        String before = StaticAssets.fingerprint("body { color: black; }".getBytes(StandardCharsets.UTF_8));
        assertEquals(before, StaticAssets.fingerprint("body { color: black; }".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(before, StaticAssets.fingerprint("body { color: navy; }".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyFilesUnderStaticCanBeNamed() {
        assertThrows(IllegalArgumentException.class, () -> StaticAssets.url("../application.properties"));
        assertThrows(IllegalArgumentException.class, () -> StaticAssets.url("missing.css"));
    }
}
