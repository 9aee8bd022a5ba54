package id.gcio.academy.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The course page's sources are marked with the language their titles are written in, also on English pages. */
@QuarkusTest
class CoursePageSourcesTest {

    private static final String PERPRES = "<li lang=\"id\">Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan"
            + " Berbasis Elektronik</li>";

    @Test
    void anIndonesianSourceIsMarkedAsIndonesianOnTheEnglishPage() {
        given().cookie("lang", "en").get("/kursus/transformasi-digital").then().statusCode(200)
                .body(containsString("<html lang=\"en\""))
                .body(containsString(PERPRES));
        given().get("/kursus/transformasi-digital").then().statusCode(200).body(containsString(PERPRES));
    }
}
