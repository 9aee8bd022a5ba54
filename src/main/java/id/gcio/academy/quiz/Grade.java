package id.gcio.academy.quiz;

import java.util.List;

/**
 * The score of one response: {@code fraction} of the question's points (0–1), the points themselves, a status, and
 * the feedback texts that apply. Essays have no fraction until a trainer grades them.
 */
public record Grade(Status status, Double fraction, Double points, List<String> feedback) {

    /** How a response was judged. */
    public enum Status {
        CORRECT, PARTIALLY_CORRECT, INCORRECT, UNANSWERED, NEEDS_GRADING
    }

    public Grade {
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }
}
