package id.gcio.academy.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.gcio.academy.grading.GcioFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public verification tells a typing error from a number that was never issued. */
@QuarkusTest
class CertificateVerificationTest {

    @Inject
    EntityManager em;

    /** A learner of a fresh cohort completes everything and the capstone is graded; returns the certificate number. */
    private String earn(String subject) {
        GcioFixture fx = new GcioFixture(em);
        fx.reset(subject);
        String cohort = fx.cohort();
        fx.join(cohort, subject, "Ir. Rahmat Hidayat, M.T.");
        fx.assignTrainer(cohort, "pelatih");
        return fx.earnCertificate(subject);
    }

    private static String path(String typed) {
        return "/verifikasi/" + URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aRealNumberTypedWithOtherSeparatorsVerifiesAndAOneCharacterSlipIsCalledMistyped() {
        String number = earn("sertifv1");
        String spaced = number.replace('-', ' ').toLowerCase();
        String mixed = number.replaceFirst("-", "_").replaceFirst("-", "\u2013");
        for (String typed : List.of(spaced, mixed)) {
            given().get("/api/v1/certificates/" + typed).then().statusCode(200).body("status", equalTo("VALID"))
                    .body("number", equalTo(number));
            given().urlEncodingEnabled(false).get(path(typed)).then().statusCode(200).body(containsString("SAH"));
        }
        given().redirects().follow(false).queryParam("nomor", spaced).get("/verifikasi").then()
                .statusCode(303).header("Location", containsString("/verifikasi/" + number));

        char last = number.charAt(number.length() - 1);
        String slip = number.substring(0, number.length() - 1) + (last == 'B' ? '8' : 'B');
        given().get("/api/v1/certificates/" + slip).then().statusCode(200).body("status", equalTo("MISTYPED"))
                .body("holderName", equalTo(null)).body("payload", equalTo(null));
        given().urlEncodingEnabled(false).get(path(slip)).then().statusCode(404).body(containsString("salah ketik"))
                .body(containsString("belum berarti sertifikatnya palsu"))
                .body(not(containsString("tidak pernah diterbitkan"))).body(not(containsString("Rahmat")));
        // a slip in the year: the sequence still belongs to a certificate, so it is a typing error too
        String year = number.split("-")[1];
        String otherYear = number.replaceFirst("-" + year + "-", "-" + (Integer.parseInt(year) - 1) + "-");
        given().get("/api/v1/certificates/" + otherYear).then().body("status", equalTo("MISTYPED"));
        // a character no certificate number has (U is not in Crockford's alphabet)
        given().get("/api/v1/certificates/" + number.substring(0, number.length() - 1) + "U").then()
                .body("status", equalTo("MISTYPED"));
    }

    @Test
    void malformedInputExplainsTheExpectedFormatWithAnExample() {
        given().get("/api/v1/certificates/gcio 2026 12").then().statusCode(200).body("status", equalTo("MALFORMED"))
                .body("holderName", equalTo(null));
        given().urlEncodingEnabled(false).get(path("gcio 2026 12")).then().statusCode(400)
                .body(containsString("bukan nomor sertifikat yang lengkap"))
                .body(containsString("misalnya GCIO-2026-000123-7KQ3XM9D"))
                .body(not(containsString("tidak pernah diterbitkan")));
        given().urlEncodingEnabled(false).cookie("lang", "en").get(path("gcio 2026 12")).then().statusCode(400)
                .body(containsString("is not a complete certificate number"));
    }

    @Test
    void aWellFormedNumberWhoseSequenceNoCertificateHasWasNeverIssued() {
        given().get("/api/v1/certificates/gcio 2026 987654 7kq3xm9d").then().body("status", equalTo("UNKNOWN"))
                .body("number", equalTo("GCIO-2026-987654-7KQ3XM9D"));
        given().urlEncodingEnabled(false).get(path("GCIO-2026-987654-7KQ3XM9D")).then().statusCode(404)
                .body(containsString("Nomor GCIO-2026-987654-7KQ3XM9D tidak pernah diterbitkan"));
    }
}
