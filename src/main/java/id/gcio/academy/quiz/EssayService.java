package id.gcio.academy.quiz;

import id.gcio.academy.quiz.QuestionCache.Prepared;
import id.gcio.academy.quiz.QuizEvents.QuizPassed;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Essay answers waiting for a trainer: the quiz side of the grading queue. Grading an essay scores the answer (0 to the
 * question's points) with feedback; when the attempt's last essay is graded the attempt's score is recomputed and it
 * becomes GRADED (and may pass the quiz). The attempt row is the lock, so one essay is graded once.
 */
@ApplicationScoped
public class EssayService {

    /** An essay answer waiting (or graded), with what the grader needs to see. */
    public record Essay(long attemptId, long questionId, long userId, String courseSlug, String quizTitle,
            String questionHtml, String answer, double maxPoints, Instant submittedAt, String status, Double points,
            Long claimedBy, Instant claimExpiresAt, Long gradedBy) {

        public String ref() {
            return attemptId + "-" + questionId;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QuestionCache questions;

    @Inject
    QuizService quizzes;

    @Inject
    id.gcio.academy.catalog.CatalogService catalog;

    @Inject
    Event<QuizPassed> passedEvent;

    private static final String SELECT = """
            select a.id, x.question_id, a.user_id, q.course_id, q.title_id, x.response ->> 'text', a.submitted_at, x.status,
                   x.points, x.claimed_by, x.claim_expires_at, x.graded_by
            from attempt_answer x join quiz_attempt a on a.id = x.attempt_id join quiz q on q.id = a.quiz_id
            """;

    /** Essays waiting for grading, oldest submission first; {@code userIds} null = everyone's. */
    @Transactional
    public List<Essay> pending(Collection<Long> userIds, int limit) {
        if (userIds != null && userIds.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery(SELECT + " where x.status = 'NEEDS_GRADING' and a.state = 'AWAITING_GRADING'"
                + (userIds == null ? "" : " and a.user_id in (:users)") + " order by a.submitted_at, a.id, x.question_id")
                .setMaxResults(limit);
        if (userIds != null) {
            query.setParameter("users", userIds);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Essay> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(essay(r));
        }
        return list;
    }

    /** One essay answer; unknown → 404. */
    @Transactional
    public Essay find(long attemptId, long questionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where x.attempt_id = ?1 and x.question_id = ?2")
                .setParameter(1, attemptId).setParameter(2, questionId).getResultList();
        if (rows.isEmpty() || questions.get(questionId).question().type() != QuestionType.ESSAY) {
            throw DomainException.notFound("Jawaban esai tidak ditemukan.", "Essay answer not found.");
        }
        return essay(rows.get(0));
    }

    /** Claims an essay until {@code until}; refused while someone else holds it or once it is graded. */
    @Transactional
    public Essay claim(long attemptId, long questionId, long userId, Instant until) {
        lock(attemptId);
        Essay e = find(attemptId, questionId);
        requirePending(e);
        if (e.claimedBy() != null && e.claimedBy() != userId && e.claimExpiresAt() != null
                && e.claimExpiresAt().isAfter(clock.instant())) {
            throw DomainException.conflict("Esai ini sedang dinilai oleh pelatih lain.",
                    "Another trainer is grading this essay.");
        }
        em.createNativeQuery("update attempt_answer set claimed_by = ?3, claim_expires_at = ?4 where attempt_id = ?1 and question_id = ?2")
                .setParameter(1, attemptId).setParameter(2, questionId).setParameter(3, userId).setParameter(4, until)
                .executeUpdate();
        return find(attemptId, questionId);
    }

    @Transactional
    public void release(long attemptId, long questionId, long userId) {
        em.createNativeQuery("""
                update attempt_answer set claimed_by = null, claim_expires_at = null
                where attempt_id = ?1 and question_id = ?2 and claimed_by = ?3""")
                .setParameter(1, attemptId).setParameter(2, questionId).setParameter(3, userId).executeUpdate();
    }

    /**
     * Scores an essay answer: {@code points} between 0 and the question's points. When no essay of the attempt is left
     * the attempt is scored and becomes GRADED. Refused (409) when already graded or claimed by someone else.
     */
    @Transactional
    public Essay grade(long attemptId, long questionId, Double points, String feedback, long graderId) {
        QuizAttempt a = lock(attemptId);
        Essay e = find(attemptId, questionId);
        requirePending(e);
        Instant now = clock.instant();
        if (e.claimedBy() != null && e.claimedBy() != graderId && e.claimExpiresAt() != null && e.claimExpiresAt().isAfter(now)) {
            throw DomainException.conflict("Esai ini sedang dinilai oleh pelatih lain.",
                    "Another trainer is grading this essay.");
        }
        if (points == null || points.isNaN() || points < 0 || points > e.maxPoints()) {
            throw DomainException.invalid(Map.of("points", "Nilai esai harus antara 0 dan " + fmt(e.maxPoints()) + "."));
        }
        double fraction = e.maxPoints() == 0 ? 0 : points / e.maxPoints();
        String status = fraction >= 1 ? "CORRECT" : fraction <= 0 ? "INCORRECT" : "PARTIALLY_CORRECT";
        String text = feedback == null || feedback.isBlank() ? null : feedback.strip();
        em.createNativeQuery("""
                update attempt_answer set status = ?3, fraction = ?4, points = ?5,
                  feedback = cast(?6 as jsonb), graded_by = ?7, graded_at = ?8, claimed_by = null, claim_expires_at = null
                where attempt_id = ?1 and question_id = ?2""")
                .setParameter(1, attemptId).setParameter(2, questionId).setParameter(3, status).setParameter(4, fraction)
                .setParameter(5, points).setParameter(6, text == null ? null : "[" + json(text) + "]")
                .setParameter(7, graderId).setParameter(8, now).executeUpdate();
        long left = ((Number) em.createNativeQuery(
                "select count(*) from attempt_answer where attempt_id = ?1 and status = 'NEEDS_GRADING'")
                .setParameter(1, attemptId).getSingleResult()).longValue();
        if (left == 0 && a.state == AttemptState.AWAITING_GRADING) {
            double total = ((Number) em.createNativeQuery(
                    "select coalesce(sum(points), 0) from attempt_answer where attempt_id = ?1")
                    .setParameter(1, attemptId).getSingleResult()).doubleValue();
            em.createNativeQuery("insert into quiz_attempt_event (attempt_id, from_state, to_state, actor, at) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, a.id).setParameter(2, a.state.name()).setParameter(3, AttemptState.GRADED.name())
                    .setParameter(4, "user:" + graderId).setParameter(5, now).executeUpdate();
            a.state = AttemptState.GRADED;
            a.points = Math.round(total * 10_000) / 10_000.0;
            a.percent = a.maxPoints <= 0 ? 0 : Math.round(total / a.maxPoints * 1_000_000) / 10_000.0;
            a.gradedAt = now;
            Quiz quiz = Quiz.findById(a.quizId);
            a.passed = quiz.settings.passes(a.percent);
            em.flush();
            if (quizzes.passed(a.userId, quiz)) {
                passedEvent.fire(new QuizPassed(a.userId, quiz.courseId));
            }
        }
        return find(attemptId, questionId);
    }

    private QuizAttempt lock(long attemptId) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw DomainException.notFound("Jawaban esai tidak ditemukan.", "Essay answer not found.");
        }
        return a;
    }

    private static void requirePending(Essay e) {
        if (!"NEEDS_GRADING".equals(e.status())) {
            throw DomainException.conflict("Esai ini sudah dinilai.", "This essay has already been graded.");
        }
    }

    private Essay essay(Object[] r) {
        long questionId = ((Number) r[1]).longValue();
        Prepared p = questions.get(questionId);
        String slug = catalogSlug(((Number) r[3]).longValue());
        return new Essay(((Number) r[0]).longValue(), questionId, ((Number) r[2]).longValue(), slug, (String) r[4],
                p.textHtml(), (String) r[5], p.question().points(), id.gcio.academy.web.Timestamps.of(r[6]), (String) r[7],
                r[8] == null ? null : ((Number) r[8]).doubleValue(), r[9] == null ? null : ((Number) r[9]).longValue(),
                id.gcio.academy.web.Timestamps.of(r[10]), r[11] == null ? null : ((Number) r[11]).longValue());
    }

    private String catalogSlug(long courseId) {
        return catalog.courseRefs(List.of(courseId)).get(0).slug();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String json(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
