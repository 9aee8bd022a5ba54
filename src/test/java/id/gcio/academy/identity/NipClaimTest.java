package id.gcio.academy.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With academy.identity.nip-claim set, the NIP comes from the identity provider's token, never from the profile form. */
@QuarkusTest
@TestProfile(NipClaimTest.NipFromToken.class)
class NipClaimTest {

    /** The identity provider supplies the NIP in the claim "nip". */
    public static class NipFromToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("academy.identity.nip-claim", "nip");
        }
    }

    static final String NIP = "197203152000031002";

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "nipsso1", roles = "peserta")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "nipsso1"), @Claim(key = "nip", value = "19720315 200003 1 002") })
    void theNipInTheTokenBecomesTheUsersAndLinksTheirRosterRecord() {
        sql("""
                insert into participant (nip, full_name, opd_code, position_class, created_at, updated_at)
                values ('197203152000031002', 'Ir. Hendra Saputra', (select code from opd order by code limit 1), 'JPT_PRATAMA', now(), now())
                on conflict (nip) do update set user_id = null""");
        given().get("/api/v1/me").then().statusCode(200).body("nip", equalTo(NIP));
        assertEquals(1L, count("""
                select count(*) from participant p join app_user u on u.id = p.user_id
                where p.nip = '197203152000031002' and u.subject = 'nipsso1'"""));
    }

    @Test
    @TestSecurity(user = "nipsso2", roles = "peserta")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "nipsso2"), @Claim(key = "nip", value = "198107222006042001") })
    void aNipSomeoneElseTypedInMovesToTheAccountTheProviderVouchesFor() {
        sql("""
                insert into app_user (issuer, subject, display_name, roles, nip, created_at, updated_at)
                values ('dev-oidc', 'penyerobot', 'Penyerobot', 'peserta', '198107222006042001', now(), now())
                on conflict (issuer, subject) do update set nip = excluded.nip""");
        given().get("/api/v1/me").then().statusCode(200).body("nip", equalTo("198107222006042001"));
        assertEquals(0L, count("select count(*) from app_user where subject = 'penyerobot' and nip is not null"));
    }

    @Test
    @TestSecurity(user = "nipsso3", roles = "peserta")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "nipsso3"), @Claim(key = "nip", value = "198502142010011004") })
    void theProfileShowsTheNipReadOnlyAndIgnoresATypedOne() {
        WebSession s = WebSession.anonymous();
        s.get("/profil").then().statusCode(200).body(not(containsString("name=\"nip\"")))
                .body(containsString("19850214 201001 1 004"))
                .body(containsString("diambil dari akun layanan masuk"));
        s.postForm("/profil", "/profil", Map.of("displayName", "Rina Marlina, S.Kom.", "email", "rina@contoh.go.id",
                "nip", "199001012015031004", "opdName", "Diskominfo", "positionTitle", "Kepala Seksi", "echelon", "IV.a"))
                .then().statusCode(303);
        assertEquals("198502142010011004", QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select nip from app_user where subject = 'nipsso3'").getSingleResult()));
    }

    @Test
    @TestSecurity(user = "nipsso4", roles = "peserta")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "nipsso4"), @Claim(key = "nip", value = "12345") })
    void aMalformedNipInTheTokenIsIgnored() {
        given().get("/api/v1/me").then().statusCode(200).body("nip", nullValue());
        assertNull(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select nip from app_user where subject = 'nipsso4'").getSingleResult()));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
