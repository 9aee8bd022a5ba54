package id.gcio.academy.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import id.gcio.academy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.Map;

/** Partner organisations and their members for tests: created through the admin API, members written directly. */
final class PartnerFixture {

    private PartnerFixture() {
    }

    /** Creates the partner organisation unless it exists. */
    static void partner(String code, String name) {
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(Map.of("code", code, "name", name))
                .post("/api/v1/partners").then().statusCode(anyOf(equalTo(201), equalTo(422)));
    }

    /** Makes the test user (created on first sight) act for the partner organisation. */
    static void join(EntityManager em, String subject, String partnerCode) {
        given().header("Authorization", Tokens.bearer(subject)).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into partner_member (partner_id, user_id, added_at)
                select p.id, u.id, now() from partner p, app_user u where p.code = ?1 and u.subject = ?2
                on conflict do nothing""").setParameter(1, partnerCode).setParameter(2, subject).executeUpdate());
    }
}
