package id.gcio.academy.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.FailingCatalogue;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A refusal's error page speaks the reader's language: a refusal with an English text shows it on English pages; one
 * with only its Indonesian text shows that marked {@code lang="id"}, so a screen reader reads it as Indonesian.
 */
@QuarkusTest
class ErrorPageLanguageTest {

    @Test
    void aRefusalWithAnEnglishTextShowsItOnEnglishPages() {
        WebSession trainer = WebSession.signIn("pelatih");
        trainer.get("/pelatih/kuis/tidak-ada-kursus-ini").then().statusCode(404)
                .body(containsString("<p>Kursus tidak ditemukan.</p>"));
        trainer.request().cookie(Ui.LANG_COOKIE, "en").get("/pelatih/kuis/tidak-ada-kursus-ini").then().statusCode(404)
                .body(containsString("<html lang=\"en\""))
                .body(containsString("<p>Course not found.</p>"))
                .body(not(containsString("tidak ditemukan")));
    }

    @Test
    void aMissingCourseOrLessonIsExplainedInTheReadersLanguageAndNotMarkedAsIndonesian() {
        WebSession reader = WebSession.signIn("peserta");
        for (String path : new String[] {"/kursus/tidak-ada", "/belajar/kursus/transformasi-digital/tidak-ada"}) {
            String en = reader.request().cookie(Ui.LANG_COOKIE, "en").get(path).then().statusCode(404)
                    .extract().asString();
            assertTrue(en.contains("<p>The course you are looking for does not exist")
                    || en.contains("<p>The lesson you are looking for does not exist"),
                    path + ": " + en);
            assertFalse(en.contains("<p lang=\"id\">"), path);
        }
    }

    @Test
    void invalidInputThatNoFormShowsIsExplainedInTheReadersLanguageAndNamesWhatIsWrong() {
        WebSession admin = WebSession.signIn("admin");
        admin.get("/admin/laporan/ekspor?format=pdf").then().statusCode(422)
                .body(containsString("<p>Data yang dikirim belum valid.</p>"))
                .body(containsString("<li>Format ekspor harus csv atau xlsx.</li>"));
        admin.request().cookie(Ui.LANG_COOKIE, "en").get("/admin/laporan/ekspor?format=pdf").then().statusCode(422)
                .body(containsString("<p>The data sent is not valid yet.</p>"));
    }

    @Test
    void aRefusalOnlyInIndonesianIsMarkedAsIndonesianOnEnglishPages() {
        FailingCatalogue.listCoursesThrows(DomainException.conflict("Katalog sedang ditata ulang."));
        WebSession reader = WebSession.signIn("peserta");
        reader.get("/").then().statusCode(409)
                .body(containsString("<p>Katalog sedang ditata ulang.</p>"));
        reader.request().cookie(Ui.LANG_COOKIE, "en").get("/").then().statusCode(409)
                .body(containsString("<p lang=\"id\">Katalog sedang ditata ulang.</p>"));
    }

    @Test
    void aForbiddenRefusalOnlyInIndonesianIsExplainedInEnglishFirst() {
        FailingCatalogue.listCoursesThrows(
                new DomainException(403, "forbidden", "Katalog ini hanya untuk OPD tertentu.", null));
        WebSession.signIn("peserta").request().cookie(Ui.LANG_COOKIE, "en").get("/").then().statusCode(403)
                .body(containsString("<p>Your role does not allow opening this page.</p>"))
                .body(containsString("<p lang=\"id\">Katalog ini hanya untuk OPD tertentu.</p>"));
    }
}
