package id.gcio.academy.quiz;

import java.time.Duration;
import java.util.List;

/**
 * How a quiz is run, as declared in {@code content/courses/<slug>/quiz/quiz.yaml}.
 *
 * @param draws which questions an attempt gets: from each pool (questions carrying all of its tags) {@code count} at
 *        random; an empty list means the whole bank
 * @param timeLimit null for untimed
 * @param maxAttempts 0 for unlimited
 * @param passPercent the share of the maximum points needed to pass, 0–100
 * @param noEssays draw no essay questions: the quiz is then scored at once, without waiting for a trainer
 */
public record QuizSettings(List<Draw> draws, boolean shuffleQuestions, boolean shuffleOptions, Duration timeLimit,
        int maxAttempts, double passPercent, GradingMethod grading, ReviewPolicy review, boolean noEssays) {

    public QuizSettings {
        draws = draws == null ? List.of() : List.copyOf(draws);
        grading = grading == null ? GradingMethod.HIGHEST : grading;
        review = review == null ? ReviewPolicy.AFTER_SUBMIT : review;
    }

    public QuizSettings(List<Draw> draws, boolean shuffleQuestions, boolean shuffleOptions, Duration timeLimit,
            int maxAttempts, double passPercent, GradingMethod grading, ReviewPolicy review) {
        this(draws, shuffleQuestions, shuffleOptions, timeLimit, maxAttempts, passPercent, grading, review, false);
    }

    /** Draw {@code count} questions from those carrying every tag in {@code tags}. */
    public record Draw(List<String> tags, int count) {
        public Draw {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** Which attempt's score counts when a learner makes several. */
    public enum GradingMethod {
        HIGHEST, LAST, AVERAGE
    }

    /** When the review shows the right answers. */
    public enum ReviewPolicy {
        AFTER_SUBMIT, AFTER_CLOSE, NEVER
    }

    /**
     * The quiz score of a learner from their finished attempts' percentages, in attempt order, by the grading
     * method; empty when there is no finished attempt.
     */
    public java.util.OptionalDouble finalPercent(List<Double> attemptPercents) {
        if (attemptPercents.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        return switch (grading) {
            case HIGHEST -> java.util.OptionalDouble.of(attemptPercents.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            case LAST -> java.util.OptionalDouble.of(attemptPercents.get(attemptPercents.size() - 1));
            case AVERAGE -> attemptPercents.stream().mapToDouble(Double::doubleValue).average();
        };
    }

    public boolean passes(double percent) {
        return percent + 1e-9 >= passPercent;
    }
}
