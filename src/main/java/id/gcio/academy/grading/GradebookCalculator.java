package id.gcio.academy.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The final grade of a participant by the programme's weights. Each component (quizzes, assignments) is the mean of
 * its items, a missing item counting 0; a component with no items at all in the participant's path is left out and the
 * other carries the whole weight (an administrator's path without a capstone is graded on its quizzes alone). Rounded
 * to two decimals, half up.
 */
public final class GradebookCalculator {

    /** The programme's weights in percent; they add up to 100 (checked when the programme is read). */
    public record Weights(int quizzes, int assignments) {
    }

    private GradebookCalculator() {
    }

    /** The final percentage, or null when the path has neither quizzes nor assignments. */
    public static Double finalPercent(Weights weights, List<Double> quizzes, List<Double> assignments) {
        double wq = quizzes.isEmpty() ? 0 : weights.quizzes();
        double wa = assignments.isEmpty() ? 0 : weights.assignments();
        if (wq + wa == 0) {
            if (quizzes.isEmpty() && assignments.isEmpty()) {
                return null;
            }
            // Weights give nothing to the components this path has: weigh what it has equally.
            wq = quizzes.isEmpty() ? 0 : 1;
            wa = assignments.isEmpty() ? 0 : 1;
        }
        double value = (wq * mean(quizzes) + wa * mean(assignments)) / (wq + wa);
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static double mean(List<Double> items) {
        if (items.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Double d : items) {
            sum += d == null ? 0 : d;
        }
        return sum / items.size();
    }
}
