package id.gcio.academy.identity;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** First login creates the user; the profile form refuses bad input with messages next to the field. */
@QuarkusTest
class ProfilePagesTest {

    private static Map<String, String> form(String nip) {
        Map<String, String> f = new HashMap<>();
        f.put("displayName", "Dr. Andi Pratama, S.T., M.Si.");
        // one address per NIP: accounts never share one, so picking a person by e-mail stays unambiguous in other tests
        f.put("email", "andi." + nip.replace(" ", "") + "@kaltimprov.go.id");
        f.put("nip", nip);
        f.put("opdName", "Dinas Komunikasi dan Informatika");
        f.put("positionTitle", "Kepala Dinas");
        f.put("echelon", "II.a");
        return f;
    }

    private static AppUser user(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>find("subject", subject).firstResult());
    }

    @Test
    void firstLoginCreatesTheUserFromTheIdentityProvider() {
        // "baru" signs in nowhere else in the tests
        assertNull(user("baru"));
        WebSession.signIn("baru").get("/belajar").then().statusCode(200);
        AppUser u = user("baru");
        assertEquals("Baru", u.displayName);
        assertEquals("baru@example.com", u.email);
        assertEquals("dev-oidc", u.issuer);
        assertEquals("baru", u.subject);
        assertEquals("peserta", u.roles);
        assertNull(u.nip);
    }

    @Test
    void newUserIsSentToCompleteTheProfileAfterSignIn() {
        // no test completes the partner's profile
        WebSession s = WebSession.signIn("mitra");
        assertNull(user("mitra").profileCompletedAt);
        s.get("/masuk").then().statusCode(303).header("Location", containsString("/profil"));
    }

    @Test
    void anIncompleteProfileIsExplainedWithAWayToSkipItAndTheExplanationGoesOnceComplete() {
        WebSession s = WebSession.signIn("sambut1");
        s.get("/masuk").then().statusCode(303).header("Location", containsString("/profil"));
        String first = s.get("/profil").then().statusCode(200).extract().asString();
        assertTrue(first.contains("Selamat datang di GCIO Academy"), first);
        assertTrue(first.contains("<a href=\"/belajar\">Lewati dulu, ke Pembelajaran saya</a>"), first);
        String english = s.request().cookie("lang", "en").get("/profil").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Welcome to GCIO Academy"), english);

        s.postForm("/profil", "/profil", form("19790312 200501 1 009")).then().statusCode(303);
        String after = s.get("/profil").then().statusCode(200).extract().asString();
        assertFalse(after.contains("Selamat datang di GCIO Academy"), after);
        // the dashboard greets by the name as written, titles included, without a second full stop
        String dashboard = s.get("/belajar").then().statusCode(200).extract().asString();
        assertTrue(dashboard.contains("Selamat datang, Dr. Andi Pratama, S.T., M.Si.<"), dashboard);
    }

    @Test
    void malformedNipReRendersTheFormWithTheErrorAndSavesNothing() {
        WebSession s = WebSession.signIn("peserta2");
        AppUser before = user("peserta2");
        s.postForm("/profil", "/profil", form("19860231 201505 1 001")).then()
                .statusCode(422)
                .body(containsString("Digit 1–8 NIP harus tanggal lahir yang valid"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("value=\"Dinas Komunikasi dan Informatika\""));
        AppUser after = user("peserta2");
        assertEquals(before.nip, after.nip);
        assertEquals(before.displayName, after.displayName);
        assertEquals(before.updatedAt, after.updatedAt);
    }

    @Test
    void missingRequiredFieldsAreNamedNextToTheField() {
        WebSession s = WebSession.signIn("peserta2");
        Map<String, String> f = form("19860926 201505 1 001");
        f.put("opdName", "");
        f.put("echelon", "");
        s.postForm("/profil", "/profil", f).then().statusCode(422)
                .body(containsString("OPD / unit kerja wajib diisi."))
                .body(containsString("Pilih eselon atau kelas jabatan."));
    }

    @Test
    void aFormWithoutCsrfTokenIsRefusedAndSavesNothing() {
        WebSession s = WebSession.signIn("peserta2");
        AppUser before = user("peserta2");
        s.postFormWithoutCsrf("/profil", form("19860926 201505 1 002")).then().statusCode(400);
        assertEquals(before.updatedAt, user("peserta2").updatedAt);
    }

    @Test
    void validProfileIsSavedAndRedirects() {
        WebSession s = WebSession.signIn("admin");
        s.postForm("/profil", "/profil", form("19750101 200003 1 004")).then()
                .statusCode(303).header("Location", containsString("/belajar"));
        AppUser u = user("admin");
        assertEquals("197501012000031004", u.nip);
        assertEquals("Dr. Andi Pratama, S.T., M.Si.", u.displayName);
        assertEquals("II.a", u.echelon);
        s.get("/belajar").then().body(containsString("Profil tersimpan."));
    }

    @Test
    void aCrossSiteTextPostIsRefusedAndSavesNothing() {
        WebSession s = WebSession.signIn("peserta2");
        AppUser before = user("peserta2");
        s.request().contentType("text/plain").body("displayName=x&nip=19860926201505 1 001").post("/profil").then()
                .statusCode(415);
        assertEquals(before.updatedAt, user("peserta2").updatedAt);
    }

    @Test
    void aNipAlreadyUsedByAnotherAccountIsRefused() {
        WebSession.signIn("pelatih").postForm("/profil", "/profil", form("19800202 200501 2 005")).then().statusCode(303);
        WebSession other = WebSession.signIn("peserta2");
        other.postForm("/profil", "/profil", form("19800202 200501 2 005")).then().statusCode(422)
                .body(containsString("sudah terdaftar pada akun lain"));
        assertNotEquals("198002022005012005", user("peserta2").nip);
    }

    @Test
    void invisibleControlAndDirectionCharactersAreDroppedFromTheSavedProfile() {
        // a right-to-left override makes a name read backwards on the certificate; a control character breaks its PDF
        WebSession s = WebSession.signIn("tamu");
        Map<String, String> f = form("19751212 200003 1 007");
        f.put("displayName", "Andi\u202E Pratama\u0001");
        f.put("opdName", "Dinas\u200F Kominfo\t ");
        s.postForm("/profil", "/profil", f).then().statusCode(303);
        AppUser u = user("tamu");
        assertEquals("Andi Pratama", u.displayName);
        assertEquals("Dinas Kominfo", u.opdName);
    }
}
