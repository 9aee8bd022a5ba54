package id.gcio.academy.quiz;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: starts attempts over the API and works out right (or wrong) answers from the stored answer key, the
 * way a learner who knows the material would answer.
 */
final class QuizFixture {

    static final String COURSE = "transformasi-digital";

    private final EntityManager em;
    private final ObjectMapper json = new ObjectMapper();

    QuizFixture(EntityManager em) {
        this.em = em;
    }

    static JsonPath start(String token, String course) {
        return given().header("Authorization", token).contentType("application/json").post("/api/v1/courses/" + course + "/quiz/attempts").then().log().ifValidationFails()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)))
                .extract().jsonPath();
    }

    static JsonPath view(String token, long attemptId) {
        return given().header("Authorization", token).get("/api/v1/quiz-attempts/" + attemptId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Runs {@code body} with the course's quiz settings patched (a JSON object merged in), then restores them. */
    void withSettings(String course, String patch, Runnable body) {
        String saved = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                select cast(settings as text) from quiz where course_id = (select id from course where slug = ?1)""")
                .setParameter(1, course).getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update quiz set settings = settings || cast(?2 as jsonb)
                where course_id = (select id from course where slug = ?1)""")
                .setParameter(1, course).setParameter(2, patch).executeUpdate());
        try {
            body.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update quiz set settings = cast(?2 as jsonb) where course_id = (select id from course where slug = ?1)""")
                    .setParameter(1, course).setParameter(2, saved).executeUpdate());
        }
    }

    /** Deletes everything a learner did in quizzes, so a test starts from a clean slate. */
    void reset(String subject) {
        QuarkusTransaction.requiringNew().run(() -> {
            String user = "(select id from app_user where subject = '" + subject + "')";
            String attempts = "(select id from quiz_attempt where user_id = " + user + ")";
            em.createNativeQuery("delete from attempt_answer where attempt_id in " + attempts).executeUpdate();
            em.createNativeQuery("delete from quiz_attempt_event where attempt_id in " + attempts).executeUpdate();
            em.createNativeQuery("delete from quiz_attempt where user_id = " + user).executeUpdate();
            em.createNativeQuery("delete from quiz_override where user_id = " + user).executeUpdate();
        });
    }

    long seed(long attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select seed from quiz_attempt where id = ?1").setParameter(1, attemptId).getSingleResult()).longValue());
    }

    Question question(String ref) {
        long id = Long.parseLong(ref.substring(1));
        String text = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(definition as text) from quiz_question where id = ?1").setParameter(1, id).getSingleResult());
        try {
            return json.readValue(text, Question.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer body that scores full marks on the question. */
    Map<String, Object> rightAnswer(long seed, String ref) {
        Question q = question(ref);
        long qid = Long.parseLong(ref.substring(1));
        Map<String, Object> body = new LinkedHashMap<>();
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> body.put("choices", q.choices().stream().filter(c -> c.fraction() > 0)
                    .map(c -> AttemptService.shownOptionIds(seed, qid, q).get(c.id())).toList());
            case TRUE_FALSE -> body.put("truth", q.truth());
            case SHORT_ANSWER -> body.put("text", q.textAnswers().stream().filter(t -> !t.regex() && t.fraction() >= 1)
                    .findFirst().orElseThrow().text());
            case NUMERIC -> body.put("text", String.valueOf(q.numericAnswers().stream().filter(n -> n.fraction() >= 1)
                    .findFirst().orElseThrow().value()));
            case MATCHING -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < q.pairs().size(); i++) {
                    m.put(String.valueOf(i), q.pairs().get(i).answer());
                }
                body.put("matches", m);
            }
            case ESSAY -> body.put("text", "Jawaban esai uji.");
        }
        return body;
    }

    /** An answer that scores nothing: a wrong option, the opposite truth, a wrong text, every pair matched wrongly. */
    Map<String, Object> wrongAnswer(long seed, String ref) {
        Question q = question(ref);
        long qid = Long.parseLong(ref.substring(1));
        Map<String, Object> body = new LinkedHashMap<>();
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> body.put("choices", List.of(AttemptService.shownOptionIds(seed, qid, q)
                    .get(q.choices().stream().filter(c -> c.fraction() <= 0).findFirst().orElseThrow().id())));
            case TRUE_FALSE -> body.put("truth", !q.truth());
            case SHORT_ANSWER, NUMERIC, ESSAY -> body.put("text", "zzz-salah");
            case MATCHING -> {
                // each item gets the next item's answer (an empty map would count as not answered at all)
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < q.pairs().size(); i++) {
                    m.put(String.valueOf(i), q.pairs().get((i + 1) % q.pairs().size()).answer());
                }
                body.put("matches", m);
            }
        }
        return body;
    }

    static void save(String token, long attemptId, String ref, Map<String, Object> body, int status) {
        given().header("Authorization", token).contentType("application/json").body(body)
                .put("/api/v1/quiz-attempts/" + attemptId + "/answers/" + ref).then().statusCode(status);
    }

    /** Answers every question of an attempt right (or the first {@code wrong} of them wrong). */
    void answerAll(String token, long attemptId, int wrong) {
        long seed = seed(attemptId);
        List<String> refs = new ArrayList<>(view(token, attemptId).getList("questions.ref", String.class));
        for (int i = 0; i < refs.size(); i++) {
            save(token, attemptId, refs.get(i), i < wrong ? wrongAnswer(seed, refs.get(i)) : rightAnswer(seed, refs.get(i)), 200);
        }
    }
}
