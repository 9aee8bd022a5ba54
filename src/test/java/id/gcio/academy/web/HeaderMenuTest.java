package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The signed-in header menu: the links each role gets, in the page's language, marked where the reader is. */
@QuarkusTest
class HeaderMenuTest {

    private static final Pattern LINK = Pattern.compile("<li><a href=\"([^\"]+)\"( aria-current=\"(\\w+)\")?>([^<]+)</a></li>");

    /** The links of the main navigation as "href label [current]", in page order (both menus: phone, then wide). */
    private static List<String> menu(String html) {
        String nav = html.substring(html.indexOf("<nav class=\"wrap main-nav\""), html.indexOf("</nav>", html.indexOf("main-nav")));
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(nav);
        while (m.find()) {
            links.add(m.group(1) + " " + m.group(4) + (m.group(3) == null ? "" : " [" + m.group(3) + "]"));
        }
        return links;
    }

    private static List<String> twice(List<String> links) {
        List<String> both = new ArrayList<>(links);
        both.addAll(links);
        return both;
    }

    @Test
    void aLearnerGetsTheLearningLinksAndTheCurrentPageIsMarked() {
        String html = WebSession.signIn("peserta").get("/belajar").then().statusCode(200).extract().asString();
        assertEquals(twice(List.of("/ Katalog kursus", "/belajar Pembelajaran saya [page]", "/tugas Tugas",
                "/sertifikat Sertifikat", "/profil Profil")), menu(html));
    }

    @Test
    void aPageBelowAMenuEntryMarksItTrue() {
        String html = WebSession.signIn("peserta").get("/profil").then().statusCode(200).extract().asString();
        assertEquals("/profil Profil [page]", menu(html).get(4));
        html = WebSession.signIn("pelatih").get("/pelatih/penilaian").then().statusCode(200).extract().asString();
        assertEquals(List.of("/pelatih/penilaian Penilaian [page]"),
                menu(html).stream().filter(l -> l.contains("[")).distinct().toList());
    }

    @Test
    void trainersAndAdminsGetTheirToolsInEnglishToo() {
        WebSession trainer = WebSession.signIn("pelatih");
        String html = trainer.request().cookie(Ui.LANG_COOKIE, "en").get("/").then().statusCode(200).extract().asString();
        assertEquals(twice(List.of("/ Course catalogue [page]", "/belajar My learning", "/tugas Assignments",
                "/sertifikat Certificates", "/profil Profile", "/kohort Cohorts", "/pelatih/kuis Quizzes",
                "/pelatih/penilaian Grading")), menu(html));
        html = WebSession.signIn("admin").get("/admin").then().statusCode(200).extract().asString();
        assertEquals("/admin Admin [page]", menu(html).get(menu(html).size() / 2 - 1));
    }
}
