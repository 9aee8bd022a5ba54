package id.gcio.academy.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page names itself in the browser's title bar through the layout's top half: as one expression
 * ({@code title=...}), as text joined from two ({@code str:concat}), or as a block with sections (the quiz pages).
 */
@QuarkusTest
class PageTitleTest {

    static final String COURSE = "transformasi-digital";
    static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private static String title(String page) {
        Matcher m = TITLE.matcher(page);
        assertTrue(m.find(), "the page has a title: " + page);
        String title = m.group(1);
        assertFalse(m.find(), "only one title");
        return title;
    }

    private static String apiTitle(String path, String lang) {
        return given().header("Authorization", Tokens.bearer("judul1")).queryParam("lang", lang)
                .get("/api/v1/courses/" + COURSE).then().statusCode(200).extract().path(path);
    }

    @Test
    void theCourseAndLessonPagesAreNamedAfterTheirContentInTheReadersLanguage() {
        String courseId = apiTitle("course.title", "id");
        String courseEn = apiTitle("course.title", "en");
        String lessonId = apiTitle("lessons[0].title", "id");
        String lessonSlug = apiTitle("lessons[0].slug", "id");
        assertFalse(courseId.equals(courseEn), "the course has an English title to tell the languages apart");

        WebSession reader = WebSession.signIn("judul1");
        assertEquals(courseId + " · GCIO Academy", title(reader.get("/kursus/" + COURSE).then().statusCode(200)
                .extract().asString()));
        assertEquals(courseEn + " · GCIO Academy", title(reader.request().cookie("lang", "en").get("/kursus/" + COURSE)
                .then().statusCode(200).extract().asString()));
        assertEquals(lessonId + " · " + courseId + " · GCIO Academy", title(reader.get("/belajar/kursus/" + COURSE + "/"
                + lessonSlug).then().statusCode(200).extract().asString()));
        assertEquals(courseId + " · GCIO Academy", title(WebSession.anonymous().get("/kursus/" + COURSE).then()
                .statusCode(200).extract().asString()), "the same for a visitor");
    }

    @Test
    void aTitleBuiltFromSectionsNamesTheQuizAsItsHeadingDoes() {
        WebSession reader = WebSession.signIn("judul2");
        String page = reader.get("/belajar/kursus/" + COURSE + "/kuis").then().statusCode(200).extract().asString();
        Matcher h1 = Pattern.compile("<h1>(.*?)</h1>").matcher(page);
        assertTrue(h1.find(), page);
        assertFalse(h1.group(1).isBlank(), "the quiz has a name");
        assertEquals(h1.group(1) + " · GCIO Academy", title(page));
    }

    @Test
    void userTextInATitleIsEscaped() {
        WebSession admin = WebSession.signIn("admin");
        admin.postForm("/kohort", "/kohort", Map.of("code", "JUDUL-ESC-1", "name", "Angkatan <i>Uji</i> & Kawan",
                "programme", "DLA", "year", "2026")).then().statusCode(303);
        String title = title(admin.get("/kohort/JUDUL-ESC-1").then().statusCode(200).extract().asString());
        assertEquals("JUDUL-ESC-1 · Angkatan &lt;i&gt;Uji&lt;/i&gt; &amp; Kawan · GCIO Academy", title);
    }
}
