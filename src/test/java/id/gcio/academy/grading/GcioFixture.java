package id.gcio.academy.grading;

import static io.restassured.RestAssured.given;

import id.gcio.academy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds GCIO cohorts for grading and certificate tests: a cohort (through the API), a head of OPD in it (rows written
 * the way a roster import writes them, linked to the test user), courses completed with a passed quiz, and a trainer
 * assigned to grade it.
 */
public final class GcioFixture {

    public static final List<String> COURSES = List.of("transformasi-digital", "kepemimpinan-digital",
            "penerapan-kepemimpinan-digital-opd", "atensi-kepemimpinan-digital");
    public static final String CAPSTONE = "RENCANA-AKSI-OPD";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final EntityManager em;

    public GcioFixture(EntityManager em) {
        this.em = em;
    }

    /** A new GCIO cohort ending in a month; returns its code. */
    public String cohort() {
        String code = "GCIO-UJI-" + (System.nanoTime() % 1_000_000) + "-" + SEQ.incrementAndGet();
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("code", code, "name", "Angkatan GCIO uji " + code, "programme", "GCIO", "year", 2026,
                        "endsOn", LocalDate.now().plusMonths(1).toString()))
                .post("/api/v1/cohorts").then().statusCode(201);
        return code;
    }

    /** The user's id (created on first sight). */
    public long user(String subject) {
        given().header("Authorization", Tokens.bearer(subject)).get("/api/v1/me").then().statusCode(200);
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from app_user where subject = ?1").setParameter(1, subject).getSingleResult()).longValue());
    }

    /** Puts the user into the cohort as a head of OPD (JPT Pratama) with a fresh NIP; returns the NIP. */
    public String join(String cohort, String subject, String fullName) {
        long userId = user(subject);
        String nip = String.format("197805122005%02d%04d", 1 + SEQ.get() % 2, 1000 + SEQ.incrementAndGet() % 9000);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update participant set user_id = null where user_id = ?1").setParameter(1, userId).executeUpdate();
            em.createNativeQuery("""
                    insert into participant (nip, full_name, opd_code, position_class, user_id, created_at, updated_at)
                    values (?1, ?2, (select code from opd order by code limit 1), 'JPT_PRATAMA', ?3, now(), now())
                    on conflict (nip) do update set user_id = excluded.user_id, full_name = excluded.full_name""")
                    .setParameter(1, nip).setParameter(2, fullName).setParameter(3, userId).executeUpdate();
            em.createNativeQuery("""
                    insert into membership (cohort_id, participant_id, status, joined_at, status_changed_at, courses)
                    select c.id, p.id, 'ACTIVE', now(), now(), cast(?3 as jsonb) from cohort c, participant p
                    where c.code = ?1 and p.nip = ?2""")
                    .setParameter(1, cohort).setParameter(2, nip)
                    .setParameter(3, "[\"" + String.join("\",\"", COURSES) + "\"]").executeUpdate();
        });
        return nip;
    }

    /** Completes every course of the GCIO path with a graded, passed quiz attempt at {@code quizPercent}. */
    public void completeCourses(String subject, double quizPercent) {
        long userId = user(subject);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String slug : COURSES) {
                em.createNativeQuery("""
                        insert into quiz_attempt (quiz_id, user_id, attempt_no, state, seed, question_ids, started_at,
                            submitted_at, graded_at, points, max_points, percent, passed)
                        select q.id, ?1, coalesce((select max(attempt_no) from quiz_attempt a where a.quiz_id = q.id and a.user_id = ?1), 0) + 1,
                            'GRADED', 1, '{}', now(), now(), now(), ?2 / 10, 10, ?2, true
                        from quiz q join course c on c.id = q.course_id where c.slug = ?3 and q.archived_at is null""")
                        .setParameter(1, userId).setParameter(2, quizPercent).setParameter(3, slug).executeUpdate();
                em.createNativeQuery("""
                        insert into enrolment (user_id, course_id, source, enrolled_at, completed_at)
                        select ?1, c.id, 'path', now(), now() from course c where c.slug = ?2
                        on conflict (user_id, course_id) do update set completed_at = now()""")
                        .setParameter(1, userId).setParameter(2, slug).executeUpdate();
            }
        });
    }

    /** Assigns a trainer to the cohort through the admin API. */
    public void assignTrainer(String cohort, String trainerSubject) {
        user(trainerSubject);
        String email = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select email from app_user where subject = ?1").setParameter(1, trainerSubject).getSingleResult());
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("trainer", email)).post("/api/v1/cohorts/" + cohort + "/trainers").then().statusCode(200);
    }

    /** Forgets the user's submissions and certificates so a test starts clean (tests only; the app never deletes). */
    public void reset(String subject) {
        QuarkusTransaction.requiringNew().run(() -> {
            String user = "(select id from app_user where subject = '" + subject + "')";
            String subs = "(select id from submission where user_id = " + user + ")";
            em.createNativeQuery("delete from submission_file where version_id in (select id from submission_version where submission_id in " + subs + ")").executeUpdate();
            em.createNativeQuery("delete from submission_version where submission_id in " + subs).executeUpdate();
            em.createNativeQuery("delete from submission_mark where submission_id in " + subs).executeUpdate();
            em.createNativeQuery("delete from grade_audit where submission_id in " + subs).executeUpdate();
            em.createNativeQuery("delete from submission where user_id = " + user).executeUpdate();
            em.createNativeQuery("delete from certificate_event where certificate_id in (select id from certificate where user_id = " + user + ")").executeUpdate();
            em.createNativeQuery("update certificate set replaces_id = null where user_id = " + user).executeUpdate();
            em.createNativeQuery("delete from certificate where user_id = " + user).executeUpdate();
        });
    }

    /**
     * The learner completes every course (quiz at 90 %) and submits the capstone, the trainer "pelatih" (assigned to
     * the learner's cohort) grades it at 80 %; returns the one certificate this issues.
     */
    public String earnCertificate(String subject) {
        completeCourses(subject, 90);
        String token = Tokens.bearer(subject);
        long id = given().header("Authorization", token).contentType("application/json")
                .body(Map.of("body", "## Rencana aksi\n\nSatu Data untuk layanan OPD."))
                .post("/api/v1/assignments/" + CAPSTONE + "/submissions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().header("Authorization", Tokens.bearer("pelatih")).contentType("application/json")
                .body(marks(new int[] { 20, 15, 15, 15, 15 }, "GRADED", "Layak."))
                .post("/api/v1/submissions/" + id + "/marks").then().statusCode(200);
        List<String> numbers = given().header("Authorization", token).get("/api/v1/certificates/mine").then().statusCode(200)
                .extract().jsonPath().getList("number", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(1, numbers.size(), "exactly one certificate after the capstone was graded");
        return numbers.get(0);
    }

    /** A rubric marking with the given level index (0 = lowest) for every criterion of the capstone rubric. */
    public Map<String, Object> marks(int[] levelPoints, String decision, String feedback) {
        List<String> criteria = criteria();
        Map<String, Integer> points = new java.util.LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            points.put(criteria.get(i), levelPoints[Math.min(i, levelPoints.length - 1)]);
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("decision", decision);
        body.put("points", points);
        body.put("overallFeedback", feedback);
        return body;
    }

    public List<String> criteria() {
        String json = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(criteria as text) from rubric where code = 'RUBRIK-RENCANA-AKSI'").getSingleResult());
        try {
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            List<String> codes = new java.util.ArrayList<>();
            tree.forEach(n -> codes.add(n.get("code").asText()));
            return codes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
