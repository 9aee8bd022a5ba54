package id.gcio.academy.grading;

/**
 * Events the grading feature publishes for others: certificates are evaluated when a grade becomes final; learners are
 * told by e-mail when their submission is graded, re-graded or returned.
 */
public final class GradingEvents {

    private GradingEvents() {
    }

    /** A submission received its final grade (after any second marking and moderation). */
    public record SubmissionGraded(long userId, String assignmentCode, String programmeCode, double percent) {
    }

    /** What a trainer decided that the learner should hear about. */
    public enum Decision {
        GRADED, REGRADED, RETURNED
    }

    /**
     * A submission was graded for good, re-graded or returned for revision (fired in the deciding transaction; not for
     * a first mark that waits for second marking). {@code percent} is null when returned.
     */
    public record SubmissionDecided(long userId, String assignmentCode, String titleId, String titleEn, Decision decision,
            Double percent) {
    }
}
