package id.gcio.academy.quiz;

import static id.gcio.academy.quiz.QuizFixture.COURSE;
import static id.gcio.academy.quiz.QuizFixture.save;
import static id.gcio.academy.quiz.QuizFixture.start;
import static id.gcio.academy.quiz.QuizFixture.view;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.TestClock;
import id.gcio.academy.support.Tokens;
import id.gcio.academy.support.WebSession;
import id.gcio.academy.web.Ui;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The attempt lifecycle over the API, on the server's clock, and every refusal that must change nothing. */
@QuarkusTest
class QuizAttemptApiTest {

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    AttemptService attempts;

    QuizFixture fixture() {
        return new QuizFixture(em);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    @Test
    void anAttemptDrawsTenQuestionsAndNeverSendsTheAnswerKey() {
        fixture().reset("kuis1");
        String token = Tokens.bearer("kuis1");
        long id = start(token, COURSE).getLong("id");
        String body = given().header("Authorization", token).get("/api/v1/quiz-attempts/" + id).then().statusCode(200)
                .body("questions", hasSize(10)).body("remainingSeconds", notNullValue())
                .extract().asString();
        for (String secret : List.of("fraction", "feedback", "textAnswers", "numericAnswers", "pairs", "truth\":",
                "generalFeedback", "Tepat,")) {
            assertFalse(body.contains(secret), "attempt JSON leaks " + secret);
        }
        // option ids are places in the shown (shuffled) order: q12-1, q12-2… top to bottom, whichever option stands
        // there, so neither the authored ids (a, b, c…) nor the authored order can be read from them
        JsonPath view = view(token, id);
        List<String> choiceRefs = view.getList("questions.findAll { it.options.size() > 0 }.ref", String.class);
        assertFalse(choiceRefs.isEmpty());
        for (String ref : choiceRefs) {
            List<String> ids = view.getList("questions.find { it.ref == '" + ref + "' }.options.id", String.class);
            List<String> places = new ArrayList<>();
            for (int k = 1; k <= ids.size(); k++) {
                places.add(ref + "-" + k);
            }
            assertEquals(places, ids, "ids in display order");
        }
    }

    @Test
    void aChosenOptionIsSavedAndShownAgainUnderTheIdItWasChosenBy() {
        QuizFixture f = fixture();
        // the result must say right or wrong per question: the after-submit review policy
        f.withSettings(COURSE, "{\"review\": \"AFTER_SUBMIT\"}", () -> chosenOptionIsSavedAndScoredByItsShownId(f));
    }

    private void chosenOptionIsSavedAndScoredByItsShownId(QuizFixture f) {
        f.reset("kuis9");
        String token = Tokens.bearer("kuis9");
        long id = start(token, COURSE).getLong("id");
        long seed = f.seed(id);
        JsonPath view = view(token, id);
        String ref = view.getList("questions.findAll { it.options.size() > 0 }.ref", String.class).get(0);
        List<String> ids = view.getList("questions.find { it.ref == '" + ref + "' }.options.id", String.class);
        // the option shown last, sent by its shown id, is stored as the authored option standing there
        String last = ids.get(ids.size() - 1);
        save(token, id, ref, Map.of("choices", List.of(last)), 200);
        assertEquals(List.of(last), view(token, id).getList("questions.find { it.ref == '" + ref + "' }.saved.choices",
                String.class));
        Question q = f.question(ref);
        String authored = AttemptService.shownOptionIds(seed, Long.parseLong(ref.substring(1)), q).entrySet().stream()
                .filter(e -> e.getValue().equals(last)).findFirst().orElseThrow().getKey();
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(response as text) from attempt_answer where attempt_id = ?1 and question_id = ?2")
                .setParameter(1, id).setParameter(2, Long.parseLong(ref.substring(1))).getSingleResult());
        assertTrue(stored.contains("\"" + authored + "\""), stored);
        // the right answer sent by its shown id scores
        save(token, id, ref, f.rightAnswer(seed, ref), 200);
        given().header("Authorization", token).contentType("application/json").post("/api/v1/quiz-attempts/" + id + "/submit")
                .then().statusCode(200);
        given().header("Authorization", token).get("/api/v1/quiz-attempts/" + id + "/result").then().statusCode(200)
                .body("questions.find { it.question.ref == '" + ref + "' }.status", equalTo("CORRECT"))
                .body("attempt.points", equalTo((float) q.points()));
    }

    @Test
    void startNeverResumesAnAttemptSubmittedWhileItWaitedForTheAttemptRow() throws Exception {
        QuizFixture f = fixture();
        f.reset("kuis11");
        String token = Tokens.bearer("kuis11");
        long first = start(token, COURSE).getLong("id");
        CountDownLatch submitted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> xid = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // another tab's submit holds the attempt row, not yet committed
            Future<?> submit = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update quiz_attempt set state = 'SUBMITTED', submitted_at = now() where id = ?1")
                        .setParameter(1, first).executeUpdate();
                xid.set((String) em.createNativeQuery("select cast(pg_current_xact_id() as text)").getSingleResult());
                submitted.countDown();
                try {
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertTrue(submitted.await(30, TimeUnit.SECONDS));
            // start reads the attempt as in progress, then waits for its row
            Future<JsonPath> started = pool.submit(() -> start(token, COURSE));
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count("select count(*) from pg_locks where locktype = 'transactionid' and not granted"
                    + " and cast(transactionid as text) = ?1", xid.get()) == 0) {
                assertTrue(System.nanoTime() < waitUntil, "start never waited for the attempt row");
                Thread.sleep(20);
            }
            release.countDown();
            submit.get(30, TimeUnit.SECONDS);
            JsonPath second = started.get(30, TimeUnit.SECONDS);
            assertNotEquals(first, second.getLong("id"), "the submitted attempt is not resumed");
            assertEquals("IN_PROGRESS", second.getString("state"));
            assertEquals(2, second.getInt("number"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aSavedAnswerSurvivesComingBackAndTheLastSaveWins() {
        QuizFixture f = fixture();
        f.reset("kuis2");
        String token = Tokens.bearer("kuis2");
        long id = given().header("Authorization", token).contentType("application/json")
                .post("/api/v1/courses/" + COURSE + "/quiz/attempts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/quiz-attempts/"))
                .extract().jsonPath().getLong("id");
        long seed = f.seed(id);
        JsonPath view = view(token, id);
        String ref = view.getString("questions[0].ref");
        save(token, id, ref, f.wrongAnswer(seed, ref), 200);
        save(token, id, ref, f.rightAnswer(seed, ref), 200);

        // "coming back": a new request for the attempt (start again resumes it) shows the answer and the time left
        JsonPath again = given().header("Authorization", token).contentType("application/json")
                .post("/api/v1/courses/" + COURSE + "/quiz/attempts").then().statusCode(200) // resumed, not created
                .extract().jsonPath();
        assertEquals(id, again.getLong("id"));
        JsonPath back = view(token, id);
        assertEquals(2, back.getInt("questions[0].saved.revision"));
        assertTrue(back.getLong("remainingSeconds") <= 20 * 60 && back.getLong("remainingSeconds") > 19 * 60);
        assertEquals(1, count("select count(*) from attempt_answer where attempt_id = ?1", id));
    }

    @Test
    void passingTheQuizCompletesACourseWhoseLessonsAreDoneAndNotBefore() {
        QuizFixture f = fixture();
        f.reset("kuis3");
        String token = Tokens.bearer("kuis3");
        List<String> lessons = given().header("Authorization", token).get("/api/v1/courses/" + COURSE).then()
                .statusCode(200).extract().path("lessons.slug");
        for (String lesson : lessons) {
            given().header("Authorization", token).put("/api/v1/me/progress/" + COURSE + "/" + lesson).then().statusCode(200);
        }
        given().header("Authorization", token).get("/api/v1/me/enrolments").then().statusCode(200)
                .body("find { it.courseSlug == '" + COURSE + "' }.percent", equalTo(100))
                .body("find { it.courseSlug == '" + COURSE + "' }.completedAt", nullValue())
                .body("find { it.courseSlug == '" + COURSE + "' }.quizRequired", equalTo(true));

        // a failing attempt (half wrong) does not complete the course
        long first = start(token, COURSE).getLong("id");
        f.answerAll(token, first, 5);
        given().header("Authorization", token).contentType("application/json").post("/api/v1/quiz-attempts/" + first + "/submit").then().statusCode(200)
                .body("state", equalTo("GRADED")).body("percent", equalTo(50.0f)).body("passed", equalTo(false));
        given().header("Authorization", token).get("/api/v1/me/enrolments").then()
                .body("find { it.courseSlug == '" + COURSE + "' }.completedAt", nullValue());

        long second = start(token, COURSE).getLong("id");
        assertNotEquals(first, second);
        f.answerAll(token, second, 0);
        given().header("Authorization", token).contentType("application/json").post("/api/v1/quiz-attempts/" + second + "/submit").then().statusCode(200)
                .body("state", equalTo("GRADED")).body("percent", equalTo(100.0f)).body("passed", equalTo(true));
        given().header("Authorization", token).get("/api/v1/me/enrolments").then()
                .body("find { it.courseSlug == '" + COURSE + "' }.completedAt", notNullValue())
                .body("find { it.courseSlug == '" + COURSE + "' }.quizPassed", equalTo(true));
        given().header("Authorization", token).get("/api/v1/courses/" + COURSE + "/quiz").then().statusCode(200)
                .body("finalPercent", equalTo(100.0f)).body("passed", equalTo(true));
    }

    @Test
    void theResultShowsRightAnswersAndFeedbackAfterSubmission() {
        QuizFixture f = fixture();
        // the shipped quizzes show the key only after the last attempt; this is the after-submit policy
        f.withSettings(COURSE, "{\"review\": \"AFTER_SUBMIT\"}", () -> resultShowsRightAnswersAndFeedback(f));
    }

    private void resultShowsRightAnswersAndFeedback(QuizFixture f) {
        f.reset("kuis4");
        String token = Tokens.bearer("kuis4");
        long id = start(token, COURSE).getLong("id");
        f.answerAll(token, id, 10);
        given().header("Authorization", token).get("/api/v1/quiz-attempts/" + id + "/result").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("NOT_SUBMITTED"));
        given().header("Authorization", token).contentType("application/json").post("/api/v1/quiz-attempts/" + id + "/submit").then().statusCode(200);
        given().header("Authorization", token).get("/api/v1/quiz-attempts/" + id + "/result").then().statusCode(200)
                .body("showAnswers", equalTo(true))
                .body("questions", hasSize(10))
                .body("questions[0].status", equalTo("INCORRECT"))
                .body("questions[0].rightAnswer", notNullValue())
                .body("questions.findAll { it.status != 'UNANSWERED' && it.feedback.size() == 0 }.size()", equalTo(0))
                .body("questions.findAll { it.status != 'UNANSWERED' }.size()", org.hamcrest.Matchers.greaterThan(5));
    }

    @Test
    void submittingTwiceOrFromTwoTabsAtOnceGivesOneResult() throws Exception {
        QuizFixture f = fixture();
        f.reset("kuis5");
        String token = Tokens.bearer("kuis5");
        long id = start(token, COURSE).getLong("id");
        f.answerAll(token, id, 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> submits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                submits.add(() -> given().header("Authorization", token).contentType("application/json").post("/api/v1/quiz-attempts/" + id + "/submit")
                        .then().statusCode(200).extract().asString());
            }
            Set<String> results = new HashSet<>();
            for (Future<String> r : pool.invokeAll(submits)) {
                results.add(r.get());
            }
            assertEquals(1, results.size(), "every submit reports the same result: " + results);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from quiz_attempt_event where attempt_id = ?1 and to_state = 'SUBMITTED'", id));
        assertEquals(1, count("select count(*) from quiz_attempt_event where attempt_id = ?1 and to_state = 'GRADED'", id));
    }

    @Test
    void concurrentSavesOfOneQuestionKeepOneRowAndCountEverySave() throws Exception {
        QuizFixture f = fixture();
        f.reset("kuis6");
        String token = Tokens.bearer("kuis6");
        long id = start(token, COURSE).getLong("id");
        long seed = f.seed(id);
        String ref = view(token, id).getString("questions[0].ref");
        Map<String, Object> body = f.rightAnswer(seed, ref);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                saves.add(() -> given().header("Authorization", token).contentType("application/json").body(body)
                        .put("/api/v1/quiz-attempts/" + id + "/answers/" + ref).then().extract().statusCode());
            }
            for (Future<Integer> r : pool.invokeAll(saves)) {
                assertEquals(200, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from attempt_answer where attempt_id = ?1", id));
        assertEquals(24, count("select revision from attempt_answer where attempt_id = ?1", id));
    }

    @Test
    void refusalsChangeNothing() {
        QuizFixture f = fixture();
        f.reset("kuis7");
        f.reset("kuis8");
        String token = Tokens.bearer("kuis7");
        String other = Tokens.bearer("kuis8");
        long id = start(token, COURSE).getLong("id");
        long seed = f.seed(id);
        JsonPath view = view(token, id);
        String q0 = view.getString("questions[0].ref");
        String q1 = view.getString("questions[1].ref");
        long otherAttempt = start(other, COURSE).getLong("id");
        String notInAttempt = view(other, otherAttempt).getList("questions.ref", String.class).stream()
                .filter(r -> !view.getList("questions.ref", String.class).contains(r)).findFirst().orElseThrow();

        // a question that is not in this attempt
        given().header("Authorization", token).contentType("application/json").body(Map.of("text", "x"))
                .put("/api/v1/quiz-attempts/" + id + "/answers/" + notInAttempt).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("QUESTION_NOT_IN_ATTEMPT"));
        // an option of another question (choice questions have options; find two)
        List<String> choiceRefs = view.getList("questions.findAll { it.options.size() > 0 }.ref", String.class);
        String optionOfQ1 = view.getString("questions.find { it.ref == '" + choiceRefs.get(1) + "' }.options[0].id");
        given().header("Authorization", token).contentType("application/json").body(Map.of("choices", List.of(optionOfQ1)))
                .put("/api/v1/quiz-attempts/" + id + "/answers/" + choiceRefs.get(0)).then().statusCode(422)
                .body("code", equalTo("OPTION_NOT_IN_QUESTION"));
        // someone else's attempt: not found, whether reading or writing
        given().header("Authorization", other).get("/api/v1/quiz-attempts/" + id).then().statusCode(404);
        given().header("Authorization", other).contentType("application/json").body(f.rightAnswer(seed, q0))
                .put("/api/v1/quiz-attempts/" + id + "/answers/" + q0).then().statusCode(404);
        given().header("Authorization", other).contentType("application/json").post("/api/v1/quiz-attempts/" + id + "/submit").then().statusCode(404);
        assertEquals(0, count("select count(*) from attempt_answer where attempt_id = ?1", id));

        // after the deadline: refused; the saved answer stays as it was
        save(token, id, q0, f.rightAnswer(seed, q0), 200);
        clock.advance(Duration.ofMinutes(20).plusSeconds(1));
        given().header("Authorization", token).contentType("application/json").body(f.rightAnswer(seed, q1))
                .put("/api/v1/quiz-attempts/" + id + "/answers/" + q1).then().statusCode(409)
                .body("code", equalTo("DEADLINE_PASSED"));
        assertEquals(1, count("select count(*) from attempt_answer where attempt_id = ?1", id));

        // the overdue job closes it with the answer saved in time, and grades it
        clock.advance(AttemptService.GRACE);
        assertTrue(attempts.closeOverdue(100) >= 1);
        assertEquals(1, count("select count(*) from quiz_attempt_event where attempt_id = ?1 and to_state = 'AUTO_SUBMITTED'", id));
        given().header("Authorization", token).get("/api/v1/quiz-attempts/" + id + "/result").then().statusCode(200)
                .body("attempt.state", equalTo("GRADED")).body("attempt.points", equalTo(1.0f));
        // after submission: refused
        given().header("Authorization", token).contentType("application/json").body(f.rightAnswer(seed, q0))
                .put("/api/v1/quiz-attempts/" + id + "/answers/" + q0).then().statusCode(409)
                .body("code", equalTo("NOT_IN_PROGRESS"));
        // running the job again does not close it twice
        attempts.closeOverdue(100);
        assertEquals(1, count("select count(*) from quiz_attempt_event where attempt_id = ?1 and to_state = 'AUTO_SUBMITTED'", id));
    }

    @Test
    void startingBeyondTheAttemptLimitIsRefusedUntilATrainerGrantsOneMore() {
        QuizFixture f = fixture();
        f.reset("kuis8");
        String token = Tokens.bearer("kuis8");
        for (int i = 0; i < 3; i++) {
            long id = start(token, COURSE).getLong("id");
            given().header("Authorization", token).contentType("application/json").post("/api/v1/quiz-attempts/" + id + "/submit").then().statusCode(200);
        }
        long before = count("select count(*) from quiz_attempt");
        given().header("Authorization", token).contentType("application/json").post("/api/v1/courses/" + COURSE + "/quiz/attempts").then().statusCode(409)
                .body("code", equalTo("NO_ATTEMPTS_LEFT")).body("detail", containsString("3"));
        assertEquals(before, count("select count(*) from quiz_attempt"));

        String nip = "197805102003121003";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set nip = ?1 where subject = 'kuis8'").setParameter(1, nip).executeUpdate());
        given().header("Authorization", Tokens.bearer("kuis7")).contentType("application/json")
                .body(Map.of("learner", nip, "extraMinutes", 15, "extraAttempts", 1, "reason", "x"))
                .put("/api/v1/courses/" + COURSE + "/quiz/overrides").then().statusCode(403);
        // an admin grants it (a trainer could only for learners of the cohorts they train: TrainerQuizTest)
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("learner", nip, "extraMinutes", 15, "extraAttempts", 1, "reason", "Gangguan listrik di Mahakam Ulu"))
                .put("/api/v1/courses/" + COURSE + "/quiz/overrides").then().statusCode(200)
                .body("extraAttempts", equalTo(1));
        JsonPath fourth = start(token, COURSE);
        assertEquals(4, fourth.getInt("number"));
        long minutes = Duration.between(java.time.Instant.parse(fourth.getString("startedAt")),
                java.time.Instant.parse(fourth.getString("deadline"))).toMinutes();
        assertEquals(35, minutes, "20 minutes plus 15 extra");
    }

    @Test
    void aQuizOutsideItsWindowCannotBeStarted() {
        fixture().reset("kuis1");
        String token = Tokens.bearer("kuis1");
        String course = "kepemimpinan-digital";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update quiz set opens_at = now() + interval '1 day'
                where course_id = (select id from course where slug = ?1)""").setParameter(1, course).executeUpdate());
        try {
            long before = count("select count(*) from quiz_attempt");
            given().header("Authorization", token).contentType("application/json").post("/api/v1/courses/" + course + "/quiz/attempts").then()
                    .statusCode(409).body("code", equalTo("QUIZ_NOT_OPEN"));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update quiz set opens_at = null, closes_at = now() - interval '1 minute'
                    where course_id = (select id from course where slug = ?1)""").setParameter(1, course).executeUpdate());
            given().header("Authorization", token).contentType("application/json").post("/api/v1/courses/" + course + "/quiz/attempts").then()
                    .statusCode(409).body("code", equalTo("QUIZ_CLOSED"))
                    .body("detail", containsString("Kuis sudah ditutup"));
            // the page says so in the reader's language
            WebSession page = WebSession.signIn("kuis1");
            String csrf = page.csrfToken("/profil");   // the intro of a closed quiz has no form
            page.request().cookie(Ui.LANG_COOKIE, "en").contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", csrf).post("/belajar/kursus/" + course + "/kuis/mulai").then()
                    .statusCode(409)
                    .body(containsString("<p>The quiz closed on "));
            assertEquals(before, count("select count(*) from quiz_attempt"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update quiz set opens_at = null, closes_at = null
                    where course_id = (select id from course where slug = ?1)""").setParameter(1, course).executeUpdate());
        }
    }
}
