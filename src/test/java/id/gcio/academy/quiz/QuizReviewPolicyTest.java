package id.gcio.academy.quiz;

import static id.gcio.academy.quiz.QuizFixture.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a result shows under the review policies that hide the key: never a key, nor right or wrong per question. */
@QuarkusTest
class QuizReviewPolicyTest {

    /** A shipped course whose quiz these tests re-configure (QuizFixture.withSettings restores it). */
    private static final String COURSE = "penerapan-kepemimpinan-digital-opd";

    @Inject
    EntityManager em;

    private static void submit(String token, long attemptId) {
        given().header("Authorization", token).contentType("application/json")
                .post("/api/v1/quiz-attempts/" + attemptId + "/submit").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse result(String token, long attemptId) {
        return given().header("Authorization", token).get("/api/v1/quiz-attempts/" + attemptId + "/result").then()
                .statusCode(200);
    }

    /** The right answers of an attempt as the review would show them (those long enough to look for in a page). */
    private List<String> rightAnswers(QuizFixture f, String token, long attemptId) {
        return QuizFixture.view(token, attemptId).getList("questions.ref", String.class).stream()
                .map(ref -> AttemptService.rightAnswer(f.question(ref))).filter(a -> a != null && a.length() >= 12).toList();
    }

    @Test
    void afterCloseWithoutACloseDateShowsNoKeyWhileTheLastAllowedAttemptIsOpen() {
        QuizFixture f = new QuizFixture(em);
        f.withSettings(COURSE, "{\"review\": \"AFTER_CLOSE\", \"maxAttempts\": 2}", () -> noKeyWhileTheLastAttemptIsOpen(f));
    }

    private void noKeyWhileTheLastAttemptIsOpen(QuizFixture f) {
        f.reset("kuis10");
        String token = Tokens.bearer("kuis10");
        long first = start(token, COURSE).getLong("id");
        f.answerAll(token, first, 4);
        List<String> keys = rightAnswers(f, token, first);
        submit(token, first);
        result(token, first).body("showAnswers", equalTo(false));

        // the second (last allowed) attempt is open: the first one's result still shows no key, API or page
        long second = start(token, COURSE).getLong("id");
        result(token, first).body("showAnswers", equalTo(false))
                .body("questions.rightAnswer", everyItem(nullValue()))
                .body("questions.feedback.flatten()", hasSize(0))
                .body("questions.status", everyItem(nullValue()));
        WebSession page = WebSession.signIn("kuis10");
        String html = page.get("/belajar/kuis/percobaan/" + first + "/hasil").then().statusCode(200).extract().asString();
        assertFalse(html.contains("quiz-review-item"), "no review on the page");
        assertTrue(html.contains("Kunci jawaban"), "the page says the review is hidden");
        assertFalse(keys.isEmpty());
        for (String key : keys) {
            assertFalse(html.contains(escape(key)), "the page shows the right answer " + key);
        }

        // once the last attempt is submitted the quiz is over for this learner: now the review is shown
        submit(token, second);
        result(token, first).body("showAnswers", equalTo(true)).body("questions[0].status", notNullValue());
        assertTrue(page.get("/belajar/kuis/percobaan/" + first + "/hasil").asString().contains("quiz-review-item"));
    }

    @Test
    void aHiddenReviewSendsNeitherRightOrWrongNorPointsPerQuestionOnlyTheTotal() {
        QuizFixture f = new QuizFixture(em);
        f.withSettings(COURSE, "{\"review\": \"NEVER\"}", () -> onlyTheTotalWithoutReview(f));
    }

    private void onlyTheTotalWithoutReview(QuizFixture f) {
        f.reset("kuis10");
        String token = Tokens.bearer("kuis10");
        long id = start(token, COURSE).getLong("id");
        f.answerAll(token, id, 3);
        submit(token, id);
        result(token, id).body("showAnswers", equalTo(false))
                .body("attempt.percent", notNullValue())
                .body("attempt.points", notNullValue())
                .body("questions", hasSize(10))
                .body("questions.status", everyItem(nullValue()))
                .body("questions.points", everyItem(nullValue()))
                .body("questions.rightAnswer", everyItem(nullValue()))
                .body("questions.feedback.flatten()", hasSize(0))
                // the learner's own answers are theirs to see
                .body("questions.question.saved", everyItem(notNullValue()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
