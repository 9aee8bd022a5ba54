package id.gcio.academy.grading;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Essay answers from quizzes arrive in the trainers' grading queue and complete the attempt once graded. */
@QuarkusTest
class EssayGradingTest {

    @Inject
    EntityManager em;

    GcioFixture fx;
    long attemptId;
    long questionId;
    double maxPoints;

    @BeforeEach
    void setUp() {
        fx = new GcioFixture(em);
        String cohort = fx.cohort();
        fx.join(cohort, "sertif6", "Rina Wulandari, S.T.");
        fx.assignTrainer(cohort, "pelatih");
        long userId = fx.user("sertif6");
        Object[] q = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select qq.id, qq.quiz_id, cast(qq.definition ->> 'points' as double precision) from quiz_question qq
                join quiz z on z.id = qq.quiz_id join course c on c.id = z.course_id
                where c.slug = 'transformasi-digital' and qq.definition ->> 'type' = 'ESSAY' and qq.archived_at is null
                limit 1""").getSingleResult());
        questionId = ((Number) q[0]).longValue();
        maxPoints = ((Number) q[2]).doubleValue();
        attemptId = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from grade_audit where attempt_id in (select id from quiz_attempt where user_id = ?1)")
                    .setParameter(1, userId).executeUpdate();
            em.createNativeQuery("delete from attempt_answer where attempt_id in (select id from quiz_attempt where user_id = ?1)")
                    .setParameter(1, userId).executeUpdate();
            em.createNativeQuery("delete from quiz_attempt_event where attempt_id in (select id from quiz_attempt where user_id = ?1)")
                    .setParameter(1, userId).executeUpdate();
            em.createNativeQuery("delete from quiz_attempt where user_id = ?1").setParameter(1, userId).executeUpdate();
            long id = ((Number) em.createNativeQuery("""
                    insert into quiz_attempt (quiz_id, user_id, attempt_no, state, seed, question_ids, started_at, submitted_at,
                        points, max_points, percent)
                    values (?1, ?2, 1, 'AWAITING_GRADING', 7, cast(?3 as bigint[]), now(), now(), 0, ?4, 0) returning id""")
                    .setParameter(1, ((Number) q[1]).longValue()).setParameter(2, userId)
                    .setParameter(3, "{" + questionId + "}").setParameter(4, maxPoints).getSingleResult()).longValue();
            em.createNativeQuery("""
                    insert into attempt_answer (attempt_id, question_id, response, revision, saved_at, status)
                    values (?1, ?2, cast(?3 as jsonb), 1, now(), 'NEEDS_GRADING')""")
                    .setParameter(1, id).setParameter(2, questionId)
                    .setParameter(3, "{\"text\": \"Data stunting dipakai untuk <b>menentukan</b> program.\"}").executeUpdate();
            return id;
        });
    }

    private String path() {
        return "/api/v1/essays/" + attemptId + "/" + questionId;
    }

    @Test
    void aTrainerOfTheLearnersCohortSeesTheEssayInTheQueueAndGradingItCompletesTheAttempt() {
        String trainer = Tokens.bearer("pelatih");
        given().header("Authorization", trainer).get("/api/v1/grading/queue").then().statusCode(200)
                .body("link", hasItem("/pelatih/penilaian/esai/" + attemptId + "/" + questionId))
                .body("find { it.kind == 'ESSAY' && it.link.endsWith('/" + questionId + "') }.kind",
                        equalTo("ESSAY"));
        given().header("Authorization", trainer).get(path()).then().statusCode(200)
                .body("answerHtml", equalTo("Data stunting dipakai untuk &lt;b&gt;menentukan&lt;/b&gt; program."));
        given().header("Authorization", trainer).contentType("application/json").post(path() + "/claim").then().statusCode(200)
                .body("claimedByMe", equalTo(true));
        given().header("Authorization", trainer).contentType("application/json")
                .body(Map.of("points", maxPoints + 1, "feedback", "x")).post(path() + "/grade").then().statusCode(422)
                .body("errors.field", hasItem("points"));
        given().header("Authorization", trainer).contentType("application/json")
                .body(Map.of("points", maxPoints / 2, "feedback", "Sebagian tepat.")).post(path() + "/grade").then()
                .statusCode(200).body("status", equalTo("PARTIALLY_CORRECT"));
        assertEquals("GRADED", QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select state from quiz_attempt where id = ?1").setParameter(1, attemptId).getSingleResult()));
        assertEquals(50.0, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select percent from quiz_attempt where id = ?1").setParameter(1, attemptId).getSingleResult()).doubleValue()));
        given().header("Authorization", trainer).contentType("application/json")
                .body(Map.of("points", maxPoints, "feedback", "lagi")).post(path() + "/grade").then().statusCode(409);
        assertEquals(1, fx.count("select count(*) from grade_audit where attempt_id = ?1 and action = 'ESSAY_GRADED'", attemptId));
    }

    @Test
    void aTrainerOutsideTheLearnersCohortsCannotSeeOrGradeTheEssay() {
        String other = Tokens.bearer("pelatih2");
        given().header("Authorization", other).get(path()).then().statusCode(403);
        given().header("Authorization", other).contentType("application/json")
                .body(Map.of("points", 1, "feedback", "x")).post(path() + "/grade").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("sertif6")).get(path()).then().statusCode(403);
        assertEquals("NEEDS_GRADING", QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status from attempt_answer where attempt_id = ?1").setParameter(1, attemptId).getSingleResult()));
    }
}
