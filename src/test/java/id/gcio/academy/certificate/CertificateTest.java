package id.gcio.academy.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.grading.GcioFixture;
import id.gcio.academy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Certificates end to end: issued once when the capstone is graded, signed, verified, revoked, re-issued, downloaded. */
@QuarkusTest
class CertificateTest {

    @Inject
    EntityManager em;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateSigner signer;

    @Inject
    CertificateConfig config;

    GcioFixture fx;
    String cohort;
    String nip;

    @BeforeEach
    void setUp() {
        fx = new GcioFixture(em);
        fx.reset("sertif4");
        fx.reset("sertif5");
        cohort = fx.cohort();
        nip = fx.join(cohort, "sertif4", "Dr. Ir. Hj. Siti Rahmawati & Rekan, M.Si.");
        fx.assignTrainer(cohort, "pelatih");
    }

    /** Completes everything and has the trainer grade the capstone at 80 %; returns the certificate number. */
    private String earn(String subject) {
        return fx.earnCertificate(subject);
    }

    @Test
    void gradingTheCapstoneIssuesOneSignedCertificateThatVerifiesAsValid() {
        String number = earn("sertif4");
        assertTrue(number.matches("GCIO-\\d{4}-\\d{6}-[0-9A-HJKMNP-TV-Z]{8}"), number);
        JsonPath v = given().get("/api/v1/certificates/" + number).then().statusCode(200).extract().jsonPath();
        assertEquals("VALID", v.getString("status"));
        assertEquals("Dr. Ir. Hj. Siti Rahmawati & Rekan, M.Si.", v.getString("holderName"));
        assertEquals(nip.substring(0, 6) + "********" + nip.substring(14), v.getString("nipMasked"));
        assertFalse(v.prettify().contains(nip), "the full NIP never appears publicly");
        assertEquals(32, v.getInt("hours"));
        // Offline check with the published key and the JDK only.
        JsonPath keys = given().get("/.well-known/gcio-academy-keys.json").then().statusCode(200).extract().jsonPath();
        assertTrue(verifies(keys.getString("keys[0].publicKey"), v.getString("payload"), v.getString("signature")));
        assertFalse(verifies(keys.getString("keys[0].publicKey"), v.getString("payload").replace("Siti", "Sita"),
                v.getString("signature")));
        given().get("/verifikasi/" + number).then().statusCode(200).body(containsString("SAH"))
                .body(containsString("Siti Rahmawati &amp; Rekan")).body(not(containsString(nip)));
    }

    @Test
    void aProgrammeWithApprovalQueuesTheCertificateUntilAnAdminApprovesIt() {
        setApproval(true);
        try {
            fx.completeCourses("sertif4", 90);
            String token = Tokens.bearer("sertif4");
            long id = given().header("Authorization", token).contentType("application/json").body(Map.of("body", "Rencana"))
                    .post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json")
                    .body(fx.marks(new int[] { 20 }, "GRADED", "Baik.")).post("/api/v1/submissions/" + id + "/marks")
                    .then().statusCode(200);
            given().header("Authorization", token).get("/api/v1/certificates/mine").then().statusCode(200)
                    .body("[0].status", equalTo("PENDING_APPROVAL")).body("[0].number", equalTo(null));
            String admin = Tokens.bearer("admin");
            long pending = given().header("Authorization", admin).get("/api/v1/certificates/pending").then().statusCode(200)
                    .extract().jsonPath().getLong("find { it.holderName == 'Dr. Ir. Hj. Siti Rahmawati & Rekan, M.Si.' }.id");
            given().header("Authorization", token).contentType("application/json")
                    .post("/api/v1/certificates/pending/" + pending + "/approve").then().statusCode(403);
            String number = given().header("Authorization", admin).contentType("application/json")
                    .post("/api/v1/certificates/pending/" + pending + "/approve").then().statusCode(200)
                    .body("status", equalTo("VALID")).extract().path("number");
            given().get("/api/v1/certificates/" + number).then().body("status", equalTo("VALID"));
        } finally {
            setApproval(false);
        }
    }

    private void setApproval(boolean on) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update programme set definition = jsonb_set(definition, '{certificate,approval}', cast(?1 as jsonb)) where code = 'GCIO'")
                .setParameter(1, String.valueOf(on)).executeUpdate());
    }

    @Test
    void racingEvaluationsIssueExactlyOneCertificate() throws Exception {
        fx.completeCourses("sertif4", 90);
        long userId = fx.user("sertif4");
        long id = given().header("Authorization", Tokens.bearer("sertif4")).contentType("application/json")
                .body(Map.of("body", "Rencana")).post("/api/v1/assignments/" + GcioFixture.CAPSTONE + "/submissions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // Grade directly in the database so that no certificate is issued yet, then race eight evaluations.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update submission set state = 'GRADED', percent = 85, points = 85, graded_at = now() where id = ?1")
                .setParameter(1, id).executeUpdate());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Integer> task = () -> QuarkusTransaction.requiringNew().call(() -> certificates.evaluate(userId).size());
                results.add(pool.submit(task));
            }
            int issued = 0;
            for (Future<Integer> f : results) {
                issued += f.get();
            }
            assertEquals(1, issued);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, fx.count("select count(*) from certificate where user_id = ?1", userId));
    }

    @Test
    void aTamperedSignatureOrAlteredDataOrUnknownNumberNeverVerifiesAsValid() {
        String number = earn("sertif4");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update certificate set holder_name = 'Orang Lain' where number = ?1").setParameter(1, number).executeUpdate());
        given().get("/api/v1/certificates/" + number).then().statusCode(200).body("status", equalTo("INVALID"))
                .body("holderName", equalTo(null));
        given().get("/verifikasi/" + number).then().body(containsString("TIDAK SAH")).body(not(containsString("Orang Lain")));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update certificate set holder_name = 'Dr. Ir. Hj. Siti Rahmawati & Rekan, M.Si.',
                signature = translate(signature, 'ABCabc', 'BCAbca') where number = ?1""").setParameter(1, number).executeUpdate());
        given().get("/api/v1/certificates/" + number).then().body("status", equalTo("INVALID"));
        given().get("/api/v1/certificates/GCIO-2026-999999-7KQ3XM9D").then().statusCode(200).body("status", equalTo("UNKNOWN"));
        given().get("/verifikasi/GCIO-2026-999999-7KQ3XM9D").then().statusCode(404).body(containsString("tidak pernah diterbitkan"));
    }

    @Test
    void revokingShowsRevokedAndReissuingReplacesTheCertificateKeepingHistory() {
        String number = earn("sertif4");
        String admin = Tokens.bearer("admin");
        given().header("Authorization", admin).contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/certificates/" + number + "/revoke").then().statusCode(422);
        given().get("/api/v1/certificates/" + number).then().body("status", equalTo("VALID"));
        String fixed = given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("holderName", "Dr. Ir. Hj. Siti Rahmawati, M.Si.", "reason", "Salah tulis nama pada roster"))
                .post("/api/v1/certificates/" + number + "/reissue").then().statusCode(201)
                .body("replacesNumber", equalTo(number)).extract().path("number");
        given().get("/api/v1/certificates/" + number).then().body("status", equalTo("REVOKED"))
                .body("replacedBy", equalTo(fixed)).body("revokedReason", containsString("Salah tulis nama"));
        given().get("/api/v1/certificates/" + fixed).then().body("status", equalTo("VALID"))
                .body("holderName", equalTo("Dr. Ir. Hj. Siti Rahmawati, M.Si.")).body("replaces", equalTo(number));
        given().header("Authorization", admin).contentType("application/json").body(Map.of("reason", "Plagiarisme terbukti"))
                .post("/api/v1/certificates/" + fixed + "/revoke").then().statusCode(200);
        given().get("/verifikasi/" + fixed).then().body(containsString("DICABUT")).body(containsString("Plagiarisme terbukti"));
        given().header("Authorization", admin).get("/api/v1/certificates/" + number + "/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("ISSUED", "REVOKED"));
        // every lookup reads a number as typed from paper: lower case, O and I for 0 and 1 in the check part
        String typed = (number.substring(0, number.lastIndexOf('-') + 1)
                + number.substring(number.lastIndexOf('-') + 1).replace('0', 'O').replace('1', 'I')).toLowerCase(java.util.Locale.ROOT);
        given().header("Authorization", admin).get("/api/v1/certificates/" + typed + "/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("ISSUED", "REVOKED"));
        // A revoked person is never re-issued automatically.
        long userId = fx.user("sertif4");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> certificates.evaluate(userId).size()));
        assertEquals(2, fx.count("select count(*) from certificate where user_id = ?1", userId));
    }

    @Test
    void theLearnerDownloadsTheirPdfWithNameNumberAndQrUrlButNobodyElsesIt() throws Exception {
        String number = earn("sertif4");
        byte[] pdf = given().header("Authorization", Tokens.bearer("sertif4")).get("/api/v1/certificates/mine/" + number + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Siti Rahmawati & Rekan"), text);
            assertTrue(text.contains(number), text);
            String qr = decodeQr(doc);
            assertTrue(qr.endsWith("/verifikasi/" + number), qr);
        }
        fx.join(cohort, "sertif5", "Budi Santoso");
        given().header("Authorization", Tokens.bearer("sertif5")).get("/api/v1/certificates/mine/" + number + "/pdf")
                .then().statusCode(404);
    }

    @Test
    void theCohortZipHoldsEveryValidCertificateAndOtherPartnersAreRefused() throws Exception {
        String number = earn("sertif4");
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/cohorts/" + cohort + "/certificates").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].number", equalTo(number));
        byte[] zip = given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/cohorts/" + cohort + "/certificates.zip")
                .then().statusCode(200).extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertTrue(new String(in.readNBytes(5), StandardCharsets.US_ASCII).startsWith("%PDF"));
            }
        }
        assertEquals(List.of(number + ".pdf"), names);
        given().header("Authorization", Tokens.bearer("mitra2")).get("/api/v1/cohorts/" + cohort + "/certificates").then()
                .statusCode(403);
        given().header("Authorization", Tokens.bearer("sertif4")).get("/api/v1/cohorts/" + cohort + "/certificates").then()
                .statusCode(403);
    }

    @Test
    void thePublicPayloadHoldsNothingTheNipCanBeRecomputedFromAndStillVerifies() throws Exception {
        String number = earn("sertif4");
        String api = given().get("/api/v1/certificates/" + number).then().statusCode(200).extract().asString();
        JsonPath v = new JsonPath(api);
        String payload = v.getString("payload");
        var fields = new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload);
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("v", "number", "issuer", "programme", "programmeName", "holderName", "nipMasked", "opd",
                "cohort", "completedOn", "hours", "competencies", "issuedOn", "expiresOn", "replaces", "keyId"), names);
        assertEquals(2, fields.get("v").asInt());
        assertEquals(nip.substring(0, 6) + "********" + nip.substring(14), fields.get("nipMasked").asText());
        // No value anywhere public equals the NIP or a hash of it (the old nipHash = sha256("<number>:<nip>")).
        List<String> secrets = List.of(nip, sha256(number + ":" + nip), sha256(nip), sha256(nip + ":" + number));
        String page = given().get("/verifikasi/" + number).then().statusCode(200).extract().asString();
        String keys = given().get("/.well-known/gcio-academy-keys.json").then().statusCode(200).extract().asString();
        for (String secret : secrets) {
            assertFalse(api.toLowerCase().contains(secret), "the public API holds " + secret);
            assertFalse(page.toLowerCase().contains(secret), "the verification page holds " + secret);
            assertFalse(keys.toLowerCase().contains(secret), "the published keys hold " + secret);
        }
        fields.fields().forEachRemaining(f -> assertFalse(secrets.contains(f.getValue().asText().toLowerCase()), f.getKey()));
        JsonPath published = new JsonPath(keys);
        assertTrue(verifies(published.getString("keys.find { it.kid == '" + v.getString("keyId") + "' }.publicKey"),
                payload, v.getString("signature")));
        assertEquals("VALID", v.getString("status"));
    }

    @Test
    void aNumberWithoutItsRandomCheckPartOrWithAnotherOneIsNotFoundAndNamesNoHolder() {
        String number = earn("sertif4");
        String withoutCheck = number.substring(0, number.lastIndexOf('-'));
        given().get("/api/v1/certificates/" + withoutCheck).then().statusCode(200).body("status", equalTo("MALFORMED"))
                .body("holderName", equalTo(null));
        given().get("/verifikasi/" + withoutCheck).then().statusCode(400).body(not(containsString("Siti")));
        String otherCheck = withoutCheck + "-" + (number.endsWith("00000000") ? "11111111" : "00000000");
        given().get("/api/v1/certificates/" + otherCheck).then().body("status", equalTo("MISTYPED"))
                .body("holderName", equalTo(null)).body("number", equalTo(otherCheck));
        given().get("/verifikasi/" + otherCheck).then().statusCode(404).body(not(containsString("Siti")))
                .body(not(containsString(number)));
        // Typed from paper: lower case, O for 0, I or L for 1 still finds it.
        String typed = withoutCheck.toLowerCase() + "-" + number.substring(number.lastIndexOf('-') + 1)
                .replace('0', 'O').replace('1', 'l').toLowerCase();
        given().get("/api/v1/certificates/" + typed).then().body("status", equalTo("VALID")).body("number", equalTo(number));
    }

    @Test
    void controlAndBidiCharactersInAReissuedNameAreDroppedAndItsPdfRenders() throws Exception {
        String number = earn("sertif4");
        String admin = Tokens.bearer("admin");
        String fixed = given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("holderName", "Dr. Siti\u0000 Rahma\u202Ewati,\u0007 M.Si.\u2066\u200F", "reason", "Koreksi nama"))
                .post("/api/v1/certificates/" + number + "/reissue").then().statusCode(201)
                .body("holderName", equalTo("Dr. Siti Rahmawati, M.Si.")).extract().path("number");
        given().get("/api/v1/certificates/" + fixed).then().body("status", equalTo("VALID"))
                .body("holderName", equalTo("Dr. Siti Rahmawati, M.Si."));
        given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("holderName", "\u202E\u0000\u0001 ", "reason", "Koreksi nama"))
                .post("/api/v1/certificates/" + fixed + "/reissue").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("holderName"));
        byte[] pdf = given().header("Authorization", admin).get("/api/v1/certificates/" + fixed + "/pdf").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Dr. Siti Rahmawati, M.Si."));
        }
    }

    @Test
    void aStoredNameWithControlAndBidiCharactersIsPrintedAndShownWithoutThem() throws Exception {
        String number = earn("sertif4");
        String raw = "Dr. Siti\u0001 Rahma\u202Ewati\u0007, M.Si.";
        // As if a roster had delivered the name so and it had been signed so (the signature then covers it).
        QuarkusTransaction.requiringNew().run(() -> {
            Certificate c = Certificate.findByNumber(number).orElseThrow();
            c.holderName = raw;
            c.payload = CertificatePayload.of(c, config.provinceName());
            c.signature = signer.sign(c.payload).signature();
        });
        given().get("/api/v1/certificates/" + number).then().body("status", equalTo("VALID"))
                .body("holderName", equalTo("Dr. Siti Rahmawati, M.Si."));
        String page = given().get("/verifikasi/" + number).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Dr. Siti Rahmawati, M.Si."), page);
        assertFalse(page.contains("\u202E") || page.contains("\u0007") || page.contains("\u0001"), page);
        byte[] zip = given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/cohorts/" + cohort + "/certificates.zip")
                .then().statusCode(200).extract().asByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e = in.getNextEntry();
            assertEquals(number + ".pdf", e.getName());
            try (PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
                assertTrue(new PDFTextStripper().getText(doc).contains("Dr. Siti Rahmawati, M.Si."));
            }
        }
    }

    static String sha256(String s) {
        return id.gcio.academy.web.Hashes.sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Renders the first page and reads its QR code, as a phone camera would. */
    static String decodeQr(PDDocument doc) throws Exception {
        java.awt.image.BufferedImage img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150);
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), px)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    static boolean verifies(String publicKeyB64, String payload, String signatureB64) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyB64)));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signatureB64));
        } catch (Exception e) {
            return false;
        }
    }
}
