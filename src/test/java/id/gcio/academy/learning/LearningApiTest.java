package id.gcio.academy.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.support.Tokens;
import id.gcio.academy.web.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Enrolment, progress and completion through the API, and the refusals that write nothing. */
@QuarkusTest
class LearningApiTest {

    static final String COURSE = "atensi-kepemimpinan-digital";

    @Inject
    EntityManager em;

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private List<String> lessonSlugs(String token) {
        return given().header("Authorization", token).get("/api/v1/courses/" + COURSE).then().statusCode(200)
                .extract().path("lessons.slug");
    }

    @Test
    void progressGrowsWithEachLessonAndAQuizCourseWaitsForThePass() {
        String token = Tokens.bearer("pelatih");
        List<String> lessons = lessonSlugs(token);
        given().header("Authorization", token).contentType("application/json").body("{\"courseSlug\":\"" + COURSE + "\"}")
                .post("/api/v1/me/enrolments").then().statusCode(200)
                .body("enrolled", equalTo(true)).body("lessonsDone", equalTo(0)).body("percent", equalTo(0))
                .body("completedAt", nullValue());

        for (int i = 0; i < lessons.size() - 1; i++) {
            given().header("Authorization", token).put("/api/v1/me/progress/" + COURSE + "/" + lessons.get(i)).then()
                    .statusCode(200).body("lessonsDone", equalTo(i + 1))
                    .body("percent", equalTo((int) Math.floor((i + 1) * 100.0 / lessons.size())))
                    .body("completedAt", nullValue());
        }
        // every lesson done: 100 %, but a course with a quiz is complete only once the quiz is passed
        given().header("Authorization", token).put("/api/v1/me/progress/" + COURSE + "/" + lessons.get(lessons.size() - 1))
                .then().statusCode(200).body("percent", equalTo(100)).body("completedAt", nullValue())
                .body("quizRequired", equalTo(true)).body("quizPassed", equalTo(false));

        // marking a lesson again changes nothing
        given().header("Authorization", token).put("/api/v1/me/progress/" + COURSE + "/" + lessons.get(0)).then()
                .statusCode(200).body("lessonsDone", equalTo(lessons.size())).body("completedAt", nullValue());
        given().header("Authorization", token).get("/api/v1/me/enrolments").then().statusCode(200)
                .body("find { it.courseSlug == '" + COURSE + "' }.percent", equalTo(100));
    }

    @Test
    void enrollingTwiceKeepsOneEnrolment() {
        String token = Tokens.bearer("admin");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", token).contentType("application/json")
                    .body("{\"courseSlug\":\"kepemimpinan-digital\"}").post("/api/v1/me/enrolments").then().statusCode(200);
        }
        assertEquals(1, count("""
                select count(*) from enrolment e join app_user u on u.id = e.user_id join course c on c.id = e.course_id
                where u.subject = 'admin' and c.slug = 'kepemimpinan-digital'"""));
    }

    @Test
    void markingANonExistentLessonIs404AndWritesNothing() {
        String token = Tokens.bearer("peserta");
        long before = count("select count(*) from lesson_progress");
        long enrolments = count("select count(*) from enrolment");
        given().header("Authorization", token).put("/api/v1/me/progress/" + COURSE + "/tidak-ada").then()
                .statusCode(404).contentType(Problem.MEDIA_TYPE);
        assertEquals(before, count("select count(*) from lesson_progress"));
        assertEquals(enrolments, count("select count(*) from enrolment"));
    }

    @Test
    void markingALessonUnderTheWrongCourseIs404AndWritesNothing() {
        String token = Tokens.bearer("peserta");
        String lessonOfAnotherCourse = given().header("Authorization", token).get("/api/v1/courses/kepemimpinan-digital")
                .then().extract().path("lessons[0].slug");
        long before = count("select count(*) from lesson_progress");
        given().header("Authorization", token).put("/api/v1/me/progress/" + COURSE + "/" + lessonOfAnotherCourse).then()
                .statusCode(404);
        assertEquals(before, count("select count(*) from lesson_progress"));
    }

    @Test
    void enrollingInAnUnknownCourseIs404AndWritesNothing() {
        long before = count("select count(*) from enrolment");
        given().header("Authorization", Tokens.bearer("peserta")).contentType("application/json")
                .body("{\"courseSlug\":\"tidak-ada\"}").post("/api/v1/me/enrolments").then().statusCode(404);
        assertEquals(before, count("select count(*) from enrolment"));
    }

    @Test
    void aPartnerCannotWriteProgressAndNothingIsWritten() {
        long before = count("select count(*) from enrolment");
        given().header("Authorization", Tokens.bearer("mitra")).put("/api/v1/me/progress/" + COURSE + "/x").then()
                .statusCode(403);
        assertEquals(before, count("select count(*) from enrolment"));
    }

    @Test
    void learnersOnlySeeTheirOwnEnrolments() {
        // peserta2 enrols in a course that no test enrols peserta in
        given().header("Authorization", Tokens.bearer("peserta2")).contentType("application/json")
                .body("{\"courseSlug\":\"penerapan-kepemimpinan-digital-opd\"}").post("/api/v1/me/enrolments").then()
                .statusCode(200);
        List<String> seen = given().header("Authorization", Tokens.bearer("peserta")).get("/api/v1/me/enrolments").then()
                .statusCode(200).extract().path("courseSlug");
        assertFalse(seen.contains("penerapan-kepemimpinan-digital-opd"), seen.toString());
        assertEquals(count("select count(*) from enrolment e join app_user u on u.id = e.user_id where u.subject = 'peserta'"),
                seen.size());
    }

    @Test
    void aLessonMarkWaitsWhileAnotherTransactionHoldsTheSameEnrolment() throws Exception {
        // Two last lessons marked at once must not both count without the other: marks of one enrolment take turns.
        String token = Tokens.bearer("peserta2");
        given().header("Authorization", token).contentType("application/json").body("{\"courseSlug\":\"" + COURSE + "\"}")
                .post("/api/v1/me/enrolments").then().statusCode(200);
        long enrolmentId = count("""
                select e.id from enrolment e join app_user u on u.id = e.user_id join course c on c.id = e.course_id
                where u.subject = 'peserta2' and c.slug = '""" + COURSE + "'");
        String lesson = lessonSlugs(token).get(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                // the app's own lock strength: inserting a lesson row (a foreign-key share lock) is not blocked by it
                em.createNativeQuery("select id from enrolment where id = ?1 for no key update").setParameter(1, enrolmentId)
                        .getResultList();
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(held.await(30, TimeUnit.SECONDS));
            Future<Integer> mark = pool.submit(() -> given().header("Authorization", token)
                    .put("/api/v1/me/progress/" + COURSE + "/" + lesson).statusCode());
            boolean waited = false;
            for (int i = 0; i < 500 && !mark.isDone() && !waited; i++) {
                waited = count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and query ilike '%from enrolment%'") > 0;
                Thread.sleep(20);
            }
            assertFalse(mark.isDone(), "the mark went ahead while the enrolment was held");
            assertTrue(waited, "the mark never waited for the enrolment's lock");
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertEquals(200, mark.get(30, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anEnrolmentWithoutABodyIs400WithAProblem() {
        given().header("Authorization", Tokens.bearer("peserta2")).contentType("application/json").body("")
                .post("/api/v1/me/enrolments").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", Tokens.bearer("peserta2")).contentType("application/json").body("null")
                .post("/api/v1/me/enrolments").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }
}
