package id.gcio.academy.grading;

/** Events the grading feature publishes for others (certificates are evaluated when a grade becomes final). */
public final class GradingEvents {

    private GradingEvents() {
    }

    /** A submission received its final grade (after any second marking and moderation). */
    public record SubmissionGraded(long userId, String assignmentCode, String programmeCode, double percent) {
    }
}
