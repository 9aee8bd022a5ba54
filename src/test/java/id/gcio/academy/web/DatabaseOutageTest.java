package id.gcio.academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.gcio.academy.support.FailingCatalogue;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL cannot be reached, readers get 503 with Retry-After and a page that says to try again (in their
 * language, without the layout that would read their name from the database), the API a 503 problem body; a fault that
 * is not an outage stays a 500. The outage is the one pgjdbc and Hibernate report when the server refuses connections.
 * (src/bench/outage-check.sh stops a real server under the packaged app.)
 */
@QuarkusTest
class DatabaseOutageTest {

    private static RuntimeException refused() {
        return new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
    }

    @Test
    void aSignedInReaderGetsTryAgainInTheirLanguage() {
        FailingCatalogue.listCoursesThrows(refused());
        WebSession reader = WebSession.signIn("peserta");
        reader.get("/").then().statusCode(503).header("Retry-After", "15")
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"id\""))
                .body(containsString("Akademi sedang tidak dapat mengakses datanya"))
                .body(containsString("kirim ulang"));
        reader.request().cookie("lang", "en").get("/").then().statusCode(503)
                .body(containsString("<html lang=\"en\""))
                .body(containsString("The academy cannot reach its data right now"));
    }

    @Test
    void theApiAnswersAServiceUnavailableProblem() {
        FailingCatalogue.listCoursesThrows(refused());
        given().header("Authorization", Tokens.bearer("peserta")).get("/api/v1/courses").then().statusCode(503)
                .header("Retry-After", "15")
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(503))
                .body("type", endsWith("service-unavailable"))
                .body("detail", containsString("Coba lagi"));
    }

    @Test
    void aFaultThatIsNotAnOutageStaysAServerError() {
        FailingCatalogue.listCoursesThrows(new jakarta.persistence.PersistenceException(new SQLException("duplicate key value", "23505")));
        WebSession.signIn("peserta").get("/").then().statusCode(500)
                .body(not(containsString("tidak dapat mengakses datanya")));
    }
}
