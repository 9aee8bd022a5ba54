package id.gcio.academy.quiz;

import static id.gcio.academy.quiz.QuizFixture.COURSE;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quiz pages without JavaScript, the background save that quiz.js uses, and what the HTML must never contain. */
@QuarkusTest
class QuizPagesTest {

    private static final Pattern QUESTION_REF = Pattern.compile("name=\"soal\" value=\"(q\\d+)\"");

    @Inject
    EntityManager em;

    @Inject
    id.gcio.academy.support.TestClock clock;

    private long startOnPage(WebSession s) {
        Response r = s.postForm("/belajar/kursus/" + COURSE + "/kuis", "/belajar/kursus/" + COURSE + "/kuis/mulai", java.util.Map.of());
        assertEquals(303, r.statusCode());
        String location = r.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String ref(String html) {
        Matcher m = QUESTION_REF.matcher(html);
        assertTrue(m.find(), "the page shows a question form");
        return m.group(1);
    }

    private long answers(long attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from attempt_answer where attempt_id = ?1 and response is not null")
                .setParameter(1, attemptId).getSingleResult()).longValue());
    }

    @Test
    void aLearnerAnswersWithoutJavaScriptAndFindsTheAnswerAgain() {
        QuizFixture f = new QuizFixture(em);
        f.reset("kuisweb1");
        WebSession s = WebSession.signIn("kuisweb1");
        long id = startOnPage(s);
        String page = s.get("/belajar/kuis/percobaan/" + id + "?no=1").then().statusCode(200).extract().asString();
        String ref = ref(page);
        assertTrue(page.contains("data-msg-saved=\"Tersimpan %s\""), "the script gets its status text with a placeholder");
        assertTrue(page.contains("data-remaining-seconds=\""), "a timed quiz shows the server's remaining time");
        // question banks are single-language (the shipped ones Indonesian): English readers are told before they start
        String english = s.request().cookie("lang", "en").get("/belajar/kursus/" + COURSE + "/kuis").then().statusCode(200)
                .extract().asString();
        assertTrue(english.contains("Questions are shown as they were written, usually in Bahasa Indonesia."), english);
        assertFalse(s.get("/belajar/kursus/" + COURSE + "/kuis").asString().contains("bahasa aslinya"),
                "nothing to say to Indonesian readers");
        // and the English page marks the question's own words as Indonesian, for screen readers (WCAG 3.1.2)
        String englishQuestion = s.request().cookie("lang", "en").get("/belajar/kuis/percobaan/" + id + "?no=1").asString();
        assertTrue(englishQuestion.contains("<html lang=\"en\"") && englishQuestion.contains("class=\"quiz-text\" lang=\"id\""),
                englishQuestion);
        assertTrue(page.contains("class=\"quiz-text\">"), "an Indonesian page needs no mark");
        var answer = f.rightAnswer(f.seed(id), ref);
        var form = s.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", s.csrfToken("/belajar/kuis/percobaan/" + id + "?no=1"))
                .formParam("soal", ref).formParam("no", "1").formParam("aksi", "berikutnya");
        fill(form, answer);
        Response saved = form.post("/belajar/kuis/percobaan/" + id + "/jawaban");
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/belajar/kuis/percobaan/" + id + "?no=2"), saved.header("Location"));
        assertEquals(1, answers(id));

        String again = s.get("/belajar/kuis/percobaan/" + id + "?no=1").then().statusCode(200).extract().asString();
        assertTrue(again.contains(" checked") || again.contains(" selected") || again.contains("value=\"" + answer.get("text") + "\""),
                "the saved answer is shown again");
        assertTrue(again.contains("class=\"answered\""), "the question list marks it answered");
    }

    @Test
    void thePageNeverContainsTheAnswerKey() {
        QuizFixture f = new QuizFixture(em);
        f.reset("kuisweb2");
        WebSession s = WebSession.signIn("kuisweb2");
        long id = startOnPage(s);
        for (int no = 1; no <= 10; no++) {
            String html = s.get("/belajar/kuis/percobaan/" + id + "?no=" + no).then().statusCode(200).extract().asString();
            Question q = f.question(ref(html));
            if (q.generalFeedback() != null) {
                assertFalse(html.contains(escape(q.generalFeedback())), "general feedback leaked on question " + no);
            }
            for (Question.Choice c : q.choices()) {
                if (c.feedback() != null && !c.feedback().isBlank()) {
                    assertFalse(html.contains(escape(c.feedback())), "option feedback leaked on question " + no);
                }
                assertFalse(html.contains("value=\"" + c.id() + "\""), "authored option id used on question " + no);
            }
            for (Question.TextAnswer t : q.textAnswers()) {
                assertFalse(html.contains(escape(t.text())), "accepted answer leaked on question " + no);
            }
            assertFalse(html.contains("fraction"));
        }
    }

    @Test
    void backgroundSavesAnswerJsonAndAnExpiredSessionGetsAnErrorNotALoginRedirect() {
        QuizFixture f = new QuizFixture(em);
        f.reset("kuisweb3");
        WebSession s = WebSession.signIn("kuisweb3");
        long id = startOnPage(s);
        String html = s.get("/belajar/kuis/percobaan/" + id + "?no=2").then().statusCode(200).extract().asString();
        String ref = ref(html);
        String token = s.csrfToken("/belajar/kuis/percobaan/" + id + "?no=2");
        var form = s.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json").header("X-Requested-With", "JavaScript")
                .formParam("csrf-token", token).formParam("soal", ref).formParam("no", "2").formParam("aksi", "simpan");
        fill(form, f.rightAnswer(f.seed(id), ref));
        form.post("/belajar/kuis/percobaan/" + id + "/jawaban").then().statusCode(200)
                .contentType("application/json").body("saved", org.hamcrest.Matchers.equalTo(true))
                .body("question", org.hamcrest.Matchers.equalTo(ref));

        // the same save from a browser whose session is gone: 499, never a redirect to the login page
        given().redirects().follow(false).header("Accept", "application/json").header("X-Requested-With", "JavaScript")
                .contentType("application/x-www-form-urlencoded").formParam("soal", ref).formParam("teks", "x")
                .post("/belajar/kuis/percobaan/" + id + "/jawaban").then().statusCode(499);
        assertEquals(1, answers(id));

        // a refused background save is a problem body the script can show
        form = s.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json").header("X-Requested-With", "JavaScript")
                .formParam("csrf-token", token).formParam("soal", "q999999").formParam("teks", "x");
        form.post("/belajar/kuis/percobaan/" + id + "/jawaban").then().statusCode(422)
                .contentType("application/problem+json").body("code", org.hamcrest.Matchers.equalTo("QUESTION_NOT_IN_ATTEMPT"));

        // submitting from the summary shows the result; submitting again changes nothing
        String summary = "/belajar/kuis/percobaan/" + id + "/ringkasan";
        s.get(summary).then().statusCode(200);
        Response submitted = s.postForm(summary, "/belajar/kuis/percobaan/" + id + "/kumpulkan", java.util.Map.of());
        assertEquals(303, submitted.statusCode());
        String result = s.get("/belajar/kuis/percobaan/" + id + "/hasil").then().statusCode(200).extract().asString();
        assertTrue(result.contains("Nilai Anda: 1 dari 10 poin (10 %)"), result);
        // failed with attempts left: why the answers are hidden, how many attempts remain, and a way to try again
        assertTrue(result.contains("ditampilkan setelah semua kesempatan Anda terpakai"), result);
        assertTrue(result.contains("Sisa kesempatan: 2 kali."), result);
        assertTrue(result.contains("<a class=\"button\" href=\"/belajar/kursus/" + COURSE + "/kuis\">Coba lagi</a>"), result);
        // its breadcrumb names the course, in the page's language
        assertTrue(result.contains("<a href=\"/kursus/" + COURSE + "\">Transformasi Digital</a>"), result);
        String english = s.request().cookie("lang", "en").get("/belajar/kuis/percobaan/" + id + "/hasil").asString();
        assertTrue(english.contains("<a href=\"/kursus/" + COURSE + "\">Digital Transformation</a>"), english);
        assertTrue(english.contains("2 attempts left."), english);
        assertEquals(303, s.postForm("/belajar/kursus/" + COURSE + "/kuis", "/belajar/kuis/percobaan/" + id + "/kumpulkan",
                java.util.Map.of()).statusCode());
        assertTrue(s.get("/belajar/kuis/percobaan/" + id + "/hasil").asString().contains("Nilai Anda: 1 dari 10 poin (10 %)"));
        // the question page of a finished attempt goes to the result
        assertEquals(303, s.get("/belajar/kuis/percobaan/" + id).statusCode());
    }

    @Test
    void anAnswerSentWithoutJavaScriptTooLateIsRefusedWithAMessageNotSilently() {
        QuizFixture f = new QuizFixture(em);
        f.reset("kuisweb4");
        WebSession s = WebSession.signIn("kuisweb4");
        long id = startOnPage(s);
        String page = "/belajar/kuis/percobaan/" + id + "?no=1";
        String ref = ref(s.get(page).then().statusCode(200).extract().asString());
        String csrf = s.csrfToken(page);
        java.util.function.Supplier<Response> lateSave = () -> {
            var form = s.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrf).formParam("soal", ref).formParam("no", "1").formParam("aksi", "berikutnya");
            fill(form, f.rightAnswer(f.seed(id), ref));
            return form.post("/belajar/kuis/percobaan/" + id + "/jawaban");
        };
        try {
            // the page was left open past the deadline, then "Berikutnya" pressed
            clock.advance(java.time.Duration.ofMinutes(20).plusSeconds(5));
            Response late = lateSave.get();
            assertEquals(303, late.statusCode());
            assertTrue(late.header("Location").endsWith("/belajar/kuis/percobaan/" + id), late.header("Location"));
            assertEquals("ANSWER_TOO_LATE", late.cookie("academy-flash"));
            assertEquals(0, answers(id));
            assertEquals(303, s.get("/belajar/kuis/percobaan/" + id).statusCode(), "the attempt is closed: its result");
            String result = s.request().cookie("academy-flash", late.cookie("academy-flash"))
                    .get("/belajar/kuis/percobaan/" + id + "/hasil").then().statusCode(200).extract().asString();
            assertTrue(result.contains("Jawaban terakhir Anda tidak tersimpan karena waktu pengerjaan sudah habis."), result);

            // the same form sent again, now that the attempt is closed
            Response closed = lateSave.get();
            assertEquals(303, closed.statusCode());
            assertEquals("ANSWER_ATTEMPT_CLOSED", closed.cookie("academy-flash"));
            String english = s.request().cookie("academy-flash", closed.cookie("academy-flash")).cookie("lang", "en")
                    .get("/belajar/kuis/percobaan/" + id + "/hasil").then().statusCode(200).extract().asString();
            assertTrue(english.contains("Your last answer was not saved because this attempt has already been submitted or closed."),
                    english);
            assertEquals(0, answers(id));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anotherLearnersAttemptPageIsNotFound() {
        QuizFixture f = new QuizFixture(em);
        f.reset("kuisweb1");
        long id = startOnPage(WebSession.signIn("kuisweb1"));
        WebSession other = WebSession.signIn("kuisweb2");
        other.get("/belajar/kuis/percobaan/" + id).then().statusCode(404);
        other.get("/belajar/kuis/percobaan/" + id + "/hasil").then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static void fill(io.restassured.specification.RequestSpecification form, java.util.Map<String, Object> answer) {
        if (answer.containsKey("choices")) {
            form.formParam("pilihan", ((List<String>) answer.get("choices")).toArray());
        }
        if (answer.containsKey("truth")) {
            form.formParam("benar", String.valueOf(answer.get("truth")));
        }
        if (answer.containsKey("text")) {
            form.formParam("teks", answer.get("text"));
        }
        if (answer.containsKey("matches")) {
            ((java.util.Map<String, String>) answer.get("matches")).forEach((k, v) -> form.formParam("cocok." + k, v));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
