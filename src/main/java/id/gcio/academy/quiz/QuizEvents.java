package id.gcio.academy.quiz;

/** Events the quiz feature publishes for others (learning records course completion from them). */
public final class QuizEvents {

    private QuizEvents() {
    }

    /** A learner's quiz result now passes the quiz of a course. Fired inside the grading transaction. */
    public record QuizPassed(long userId, long courseId) {
    }
}
