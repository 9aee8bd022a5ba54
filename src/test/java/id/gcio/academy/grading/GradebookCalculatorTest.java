package id.gcio.academy.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.gcio.academy.grading.GradebookCalculator.Weights;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradebookCalculatorTest {

    static final Weights GCIO = new Weights(40, 60);

    @Test
    void weighsTheMeanQuizAndTheMeanAssignmentByTheProgrammesWeights() {
        // quizzes mean 80, capstone 90 → 0.4 × 80 + 0.6 × 90 = 86
        assertEquals(86.0, GradebookCalculator.finalPercent(GCIO, List.of(70.0, 90.0, 80.0, 80.0), List.of(90.0)));
    }

    @Test
    void countsAMissingItemAsZero() {
        // quizzes (100 + 0) / 2 = 50, capstone 100 → 20 + 60 = 80
        assertEquals(80.0, GradebookCalculator.finalPercent(GCIO, Arrays.asList(100.0, null), List.of(100.0)));
    }

    @Test
    void aPathWithoutAssignmentsIsGradedOnItsQuizzesAlone() {
        assertEquals(75.0, GradebookCalculator.finalPercent(GCIO, List.of(70.0, 80.0), List.of()));
    }

    @Test
    void roundsToTwoDecimalsHalfUp() {
        // (1/3 × 100) × 0.4 + 0 × 0.6 = 13.333… → 13.33; 2/3 → 26.67
        assertEquals(13.33, GradebookCalculator.finalPercent(GCIO, List.of(100.0, 0.0, 0.0), List.of(0.0)));
        assertEquals(26.67, GradebookCalculator.finalPercent(GCIO, List.of(100.0, 100.0, 0.0), List.of(0.0)));
    }

    @Test
    void weightsThatGiveNothingToWhatThePathHasWeighItEqually() {
        assertEquals(60.0, GradebookCalculator.finalPercent(new Weights(0, 100), List.of(60.0), List.of()));
    }

    @Test
    void aPathWithNothingToGradeHasNoFinalGrade() {
        assertNull(GradebookCalculator.finalPercent(GCIO, List.of(), List.of()));
    }
}
