package id.gcio.academy.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The life of a quiz attempt as an explicit state machine (as Moodle's quiz attempt is):
 * <pre>
 * IN_PROGRESS --submit--> SUBMITTED --grade--> GRADED
 *      |                      \--grade (essays left)--> AWAITING_GRADING --grade--> GRADED
 *      \--deadline passed, closed by the job--> AUTO_SUBMITTED --grade--> GRADED / AWAITING_GRADING
 * </pre>
 * Time is always the server's: the deadline is {@code min(start + time limit + extra time, quiz closes)}. An answer
 * is accepted only while IN_PROGRESS and before the deadline; a submit after the deadline becomes an auto-submit.
 * Submitting twice is not an error: the second submit changes nothing and reports the first result.
 */
public enum AttemptState {
    IN_PROGRESS, SUBMITTED, AUTO_SUBMITTED, AWAITING_GRADING, GRADED;

    /** Why an action on an attempt was refused (message in Bahasa Indonesia). */
    public enum Refusal {
        NOT_IN_PROGRESS("Percobaan ini sudah dikumpulkan; jawaban tidak dapat diubah lagi."),
        DEADLINE_PASSED("Waktu pengerjaan sudah habis; jawaban setelah batas waktu tidak diterima."),
        NOT_SUBMITTED("Percobaan belum dikumpulkan."),
        ALREADY_GRADED("Percobaan ini sudah dinilai.");

        public final String message;

        Refusal(String message) {
            this.message = message;
        }
    }

    /** The outcome of an action: the new state, or the reason it was refused. */
    public record Transition(AttemptState state, Refusal refusal, boolean changed) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    /** The moment an attempt must end. */
    public static Instant deadline(Instant startedAt, Duration timeLimit, Duration extraTime, Instant quizClosesAt) {
        Instant byLimit = timeLimit == null ? null
                : startedAt.plus(timeLimit).plus(extraTime == null ? Duration.ZERO : extraTime);
        if (byLimit == null) {
            return quizClosesAt;
        }
        return quizClosesAt == null || byLimit.isBefore(quizClosesAt) ? byLimit : quizClosesAt;
    }

    /** The time left, never negative; empty when the attempt has no deadline. */
    public static Optional<Duration> remaining(Instant deadline, Instant now) {
        if (deadline == null) {
            return Optional.empty();
        }
        Duration d = Duration.between(now, deadline);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** Whether an answer may be saved now. */
    public Transition saveAnswer(Instant deadline, Instant now) {
        if (this != IN_PROGRESS) {
            return refuse(Refusal.NOT_IN_PROGRESS);
        }
        if (deadline != null && !now.isBefore(deadline)) {
            return refuse(Refusal.DEADLINE_PASSED);
        }
        return new Transition(this, null, false);
    }

    /** The learner submits: before the deadline SUBMITTED, after it AUTO_SUBMITTED; again: unchanged. */
    public Transition submit(Instant deadline, Instant now) {
        if (this != IN_PROGRESS) {
            return new Transition(this, null, false);
        }
        boolean late = deadline != null && !now.isBefore(deadline);
        return new Transition(late ? AUTO_SUBMITTED : SUBMITTED, null, true);
    }

    /** The scheduled job closes an attempt whose deadline has passed (plus grace), with the answers saved so far. */
    public Transition closeOverdue(Instant deadline, Duration grace, Instant now) {
        if (this != IN_PROGRESS || deadline == null || now.isBefore(deadline.plus(grace == null ? Duration.ZERO : grace))) {
            return new Transition(this, null, false);
        }
        return new Transition(AUTO_SUBMITTED, null, true);
    }

    /** Automatic grading after submission; essays still waiting for a trainer leave it AWAITING_GRADING. */
    public Transition grade(boolean essaysPending) {
        return switch (this) {
            case IN_PROGRESS -> refuse(Refusal.NOT_SUBMITTED);
            case GRADED -> refuse(Refusal.ALREADY_GRADED);
            case SUBMITTED, AUTO_SUBMITTED, AWAITING_GRADING -> {
                AttemptState next = essaysPending ? AWAITING_GRADING : GRADED;
                yield new Transition(next, null, next != this);
            }
        };
    }


    private Transition refuse(Refusal r) {
        return new Transition(this, r, false);
    }
}
