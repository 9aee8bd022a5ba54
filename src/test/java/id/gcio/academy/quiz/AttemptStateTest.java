package id.gcio.academy.quiz;

import static id.gcio.academy.quiz.AttemptState.AUTO_SUBMITTED;
import static id.gcio.academy.quiz.AttemptState.AWAITING_GRADING;
import static id.gcio.academy.quiz.AttemptState.GRADED;
import static id.gcio.academy.quiz.AttemptState.IN_PROGRESS;
import static id.gcio.academy.quiz.AttemptState.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.quiz.AttemptState.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptStateTest {

    static final Instant START = Instant.parse("2026-11-24T01:00:00Z");
    static final Instant DEADLINE = START.plus(Duration.ofMinutes(30));

    @Test
    void deadlineIsStartPlusTimeLimitPlusExtraTime() {
        assertEquals(START.plus(Duration.ofMinutes(40)),
                AttemptState.deadline(START, Duration.ofMinutes(30), Duration.ofMinutes(10), null));
    }

    @Test
    void deadlineNeverPassesTheQuizClosingTime() {
        Instant closes = START.plus(Duration.ofMinutes(20));
        assertEquals(closes, AttemptState.deadline(START, Duration.ofMinutes(30), null, closes));
    }

    @Test
    void untimedQuizEndsWhenTheQuizCloses() {
        Instant closes = START.plus(Duration.ofDays(3));
        assertEquals(closes, AttemptState.deadline(START, null, null, closes));
    }

    @Test
    void remainingTimeIsTheServersAndNeverNegative() {
        assertEquals(Optional.of(Duration.ofMinutes(5)), AttemptState.remaining(DEADLINE, DEADLINE.minus(Duration.ofMinutes(5))));
        assertEquals(Optional.of(Duration.ZERO), AttemptState.remaining(DEADLINE, DEADLINE.plusSeconds(1)));
        assertEquals(Optional.empty(), AttemptState.remaining(null, START));
    }

    @Test
    void answersAreAcceptedUntilTheDeadline() {
        assertTrue(IN_PROGRESS.saveAnswer(DEADLINE, DEADLINE.minusMillis(1)).accepted());
        assertEquals(Refusal.DEADLINE_PASSED, IN_PROGRESS.saveAnswer(DEADLINE, DEADLINE).refusal());
    }

    @Test
    void answersAreRefusedAfterSubmission() {
        for (AttemptState s : new AttemptState[] { SUBMITTED, AUTO_SUBMITTED, AWAITING_GRADING, GRADED }) {
            assertEquals(Refusal.NOT_IN_PROGRESS, s.saveAnswer(DEADLINE, START).refusal(), s.name());
        }
    }

    @Test
    void submitBeforeTheDeadlineSubmits() {
        var t = IN_PROGRESS.submit(DEADLINE, START.plusSeconds(60));
        assertEquals(SUBMITTED, t.state());
        assertTrue(t.changed());
    }

    @Test
    void submitAfterTheDeadlineIsAnAutoSubmit() {
        assertEquals(AUTO_SUBMITTED, IN_PROGRESS.submit(DEADLINE, DEADLINE.plusSeconds(1)).state());
    }

    @Test
    void submittingTwiceChangesNothing() {
        var again = SUBMITTED.submit(DEADLINE, START.plusSeconds(90));
        assertTrue(again.accepted());
        assertFalse(again.changed());
        assertEquals(SUBMITTED, again.state());
    }

    @Test
    void theJobClosesOnlyOverdueAttemptsAfterTheGrace() {
        Duration grace = Duration.ofSeconds(30);
        assertFalse(IN_PROGRESS.closeOverdue(DEADLINE, grace, DEADLINE.plusSeconds(29)).changed());
        var closed = IN_PROGRESS.closeOverdue(DEADLINE, grace, DEADLINE.plusSeconds(30));
        assertEquals(AUTO_SUBMITTED, closed.state());
        assertTrue(closed.changed());
        assertFalse(SUBMITTED.closeOverdue(DEADLINE, grace, DEADLINE.plusSeconds(60)).changed());
        assertFalse(IN_PROGRESS.closeOverdue(null, grace, DEADLINE.plusSeconds(60)).changed());
    }

    @Test
    void gradingFollowsSubmissionAndWaitsForEssays() {
        assertEquals(GRADED, SUBMITTED.grade(false).state());
        assertEquals(GRADED, AUTO_SUBMITTED.grade(false).state());
        assertEquals(AWAITING_GRADING, SUBMITTED.grade(true).state());
        assertEquals(GRADED, AWAITING_GRADING.grade(false).state());
        assertEquals(Refusal.NOT_SUBMITTED, IN_PROGRESS.grade(false).refusal());
        assertEquals(Refusal.ALREADY_GRADED, GRADED.grade(false).refusal());
    }
}
