package id.gcio.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.quiz.QuestionStatistics.AttemptScores;
import id.gcio.academy.quiz.QuestionStatistics.Flag;
import id.gcio.academy.quiz.QuestionStatistics.ItemStats;
import id.gcio.academy.quiz.QuestionStatistics.QuestionScore;
import id.gcio.academy.quiz.QuestionStatistics.QuizStats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionStatisticsTest {

    private static final double DELTA = 1e-9;

    /** An attempt at one-point questions q1, q2, … scored as given (1 right, 0 wrong). */
    private static AttemptScores ones(int... points) {
        Map<String, QuestionScore> scores = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            scores.put("q" + (i + 1), new QuestionScore((double) points[i], 1));
        }
        return attempt(scores);
    }

    /** An attempt whose total and maximum are the sums of its question scores (ungraded counts as 0). */
    private static AttemptScores attempt(Map<String, QuestionScore> scores) {
        double total = scores.values().stream().mapToDouble(s -> s.points() == null ? 0 : s.points()).sum();
        double max = scores.values().stream().mapToDouble(QuestionScore::maxPoints).sum();
        return new AttemptScores(total, max, scores);
    }

    private static ItemStats item(QuizStats stats, String key) {
        return stats.items().stream().filter(i -> i.questionKey().equals(key)).findFirst().orElseThrow();
    }

    /**
     * Five learners, strongest first, four one-point questions.
     * <pre>
     *        q1 q2 q3 q4  total  %
     *   A1    1  1  1  1    4   100
     *   A2    1  1  1  1    4   100
     *   A3    1  1  1  0    3    75
     *   A4    0  0  0  0    0     0
     *   A5    0  1  0  0    1    25
     * </pre>
     */
    private static List<AttemptScores> ranked() {
        return List.of(ones(1, 1, 1, 1), ones(1, 1, 1, 1), ones(1, 1, 1, 0), ones(0, 0, 0, 0), ones(0, 1, 0, 0));
    }

    @Test
    void facilityIsThePercentageOfMarksEarned() {
        // q1 right in 3 of 4 attempts: 3/4 = 75 %.
        var stats = QuestionStatistics.compute(List.of(ones(1, 1), ones(1, 0), ones(1, 1), ones(0, 0)));
        assertEquals(75, item(stats, "q1").facilityPercent(), DELTA);
        assertEquals(4, item(stats, "q1").attempts());
    }

    @Test
    void partialCreditCountsAsItsFraction() {
        // q1 worth 4 points: 4, 2, 1 of 4 → fractions 1, .5, .25 → mean .5833 → 58.33 %.
        var stats = QuestionStatistics.compute(List.of(
                attempt(Map.of("q1", new QuestionScore(4.0, 4))),
                attempt(Map.of("q1", new QuestionScore(2.0, 4))),
                attempt(Map.of("q1", new QuestionScore(1.0, 4)))));
        assertEquals(175.0 / 3, item(stats, "q1").facilityPercent(), DELTA);
    }

    @Test
    void itemAnsweredRightByTheStrongHasHighDiscrimination() {
        // q1 x = (1,1,1,0,0), rest of quiz (q2+q3+q4) = (3,3,2,0,1); x̄ = .6, ȳ = 1.8.
        // Σdxdy = .4·1.2 + .4·1.2 + .4·.2 + (-.6)(-1.8) + (-.6)(-.8) = 2.6; Σdx² = 1.2; Σdy² = 6.8.
        // r = 2.6 / √(1.2 · 6.8) = 0.91003 (the rest fraction is rest/3, which leaves r unchanged).
        ItemStats q1 = item(QuestionStatistics.compute(ranked()), "q1");
        assertEquals(2.6 / Math.sqrt(1.2 * 6.8), q1.discrimination(), DELTA);
        assertTrue(q1.discrimination() > 0.9);
        assertEquals(60, q1.facilityPercent(), DELTA);
        assertEquals(100 * Math.sqrt(0.3), q1.sdPercent(), DELTA); // Σdx² / (n-1) = 1.2 / 4
        assertEquals(List.of(), q1.flags());
    }

    @Test
    void itemAnsweredRightOnlyByTheWeakHasNegativeDiscriminationAndIsFlagged() {
        // q4 is the trick item: x = (0,0,1,1), rest (q1+q2+q3) = (3,2,0,0); x̄ = .5, ȳ = 1.25.
        // Σdxdy = (-.5)(1.75) + (-.5)(.75) + (.5)(-1.25) + (.5)(-1.25) = -2.5; Σdx² = 1; Σdy² = 6.75.
        // r = -2.5 / √6.75 = -0.96225
        var stats = QuestionStatistics.compute(List.of(ones(1, 1, 1, 0), ones(1, 1, 0, 0), ones(0, 0, 0, 1), ones(0, 0, 0, 1)));
        ItemStats trick = item(stats, "q4");
        assertEquals(-2.5 / Math.sqrt(6.75), trick.discrimination(), DELTA);
        assertEquals(List.of(Flag.NEGATIVE_DISCRIMINATION), trick.flags());
        assertEquals("daya beda negatif — periksa kunci jawaban", trick.flags().get(0).hint());
    }

    @Test
    void discriminationTakesTheQuestionsOwnPointsOutOfTheTotal() {
        // big is worth 2 points, s1 and s2 one each (max 4).
        //        big s1 s2  total  rest = total - big
        //   A1    2   0  0    2      0
        //   A2    0   1  1    2      2
        //   A3    2   1  0    3      1
        //   A4    0   0  0    0      0
        // x = (1,0,1,0), x̄ = .5; rest = (0,2,1,0), ȳ = .75: Σdxdy = -.5, Σdx² = 1, Σdy² = 2.75 → r = -.5/√2.75 = -0.30151.
        // Against the uncorrected total (2,2,3,0) it would be 1.5/√4.75 = +0.68825.
        var stats = QuestionStatistics.compute(List.of(
                weighted(2, 0, 0), weighted(0, 1, 1), weighted(2, 1, 0), weighted(0, 0, 0)));
        assertEquals(-0.5 / Math.sqrt(2.75), item(stats, "big").discrimination(), DELTA);
    }

    private static AttemptScores weighted(double big, double s1, double s2) {
        return attempt(Map.of("big", new QuestionScore(big, 2), "s1", new QuestionScore(s1, 1), "s2", new QuestionScore(s2, 1)));
    }

    @Test
    void itemEveryoneGetsRightHasNoDiscriminationAndIsTooEasy() {
        // q2 = (1,1,1,1): Σdx² = 0, so the correlation is undefined.
        var stats = QuestionStatistics.compute(List.of(ones(1, 1), ones(0, 1), ones(1, 1), ones(0, 1)));
        ItemStats constant = item(stats, "q2");
        assertNull(constant.discrimination());
        assertEquals(0, constant.sdPercent(), DELTA);
        assertEquals(100, constant.facilityPercent(), DELTA);
        assertEquals(List.of(Flag.TOO_EASY), constant.flags());
    }

    @Test
    void itemAlmostNobodyGetsRightIsTooHard() {
        // q1 right in 1 of 6 attempts: 16.7 % < 20.
        var stats = QuestionStatistics.compute(List.of(ones(1, 1), ones(0, 1), ones(0, 0), ones(0, 1), ones(0, 0), ones(0, 0)));
        assertTrue(item(stats, "q1").flags().contains(Flag.TOO_HARD));
    }

    @Test
    void ungradedEssayIsLeftOutOfItsQuestionsStatistics() {
        // essay worth 2: graded 2 and 1 of 2 (fractions 1, .5 → 75 %); the third is still ungraded.
        var stats = QuestionStatistics.compute(List.of(
                attempt(Map.of("essay", new QuestionScore(2.0, 2), "q1", new QuestionScore(1.0, 1))),
                attempt(Map.of("essay", new QuestionScore(1.0, 2), "q1", new QuestionScore(0.0, 1))),
                attempt(Map.of("essay", new QuestionScore(null, 2), "q1", new QuestionScore(1.0, 1)))));
        ItemStats essay = item(stats, "essay");
        assertEquals(2, essay.attempts());
        assertEquals(75, essay.facilityPercent(), DELTA);
        assertEquals(3, item(stats, "q1").attempts());
    }

    @Test
    void lowDiscriminationIsFlaggedFromTenAttempts() {
        // q1 x = (1,1,1,1,1,0,0,0,0,0), rest (q2+q3) = (2,2,2,0,0,1,1,1,1,1); x̄ = .5, ȳ = 1.1.
        // Σdxdy = .5, Σdx² = 2.5, Σdy² = 4.9 → r = .5/√12.25 = 1/7 = 0.142857.
        var ten = List.of(ones(1, 1, 1), ones(1, 1, 1), ones(1, 1, 1), ones(1, 0, 0), ones(1, 0, 0),
                ones(0, 1, 0), ones(0, 1, 0), ones(0, 1, 0), ones(0, 1, 0), ones(0, 1, 0));
        ItemStats q1 = item(QuestionStatistics.compute(ten), "q1");
        assertEquals(1.0 / 7, q1.discrimination(), DELTA);
        assertEquals(List.of(Flag.LOW_DISCRIMINATION), q1.flags());

        // The first nine alone: r = (4/9) / √(20/9 · 44/9) = 0.1348, too few attempts to judge.
        ItemStats nine = item(QuestionStatistics.compute(ten.subList(0, 9)), "q1");
        assertEquals(4 / Math.sqrt(880), nine.discrimination(), DELTA);
        assertEquals(List.of(), nine.flags());
    }

    @Test
    void quizMeanMedianAndSpreadAreInPercent() {
        // percents (100,100,75,0,25): mean 60, median 75; Σd² = 40²+40²+15²+60²+35² = 8250 → sd = √(8250/4) = 45.415.
        var stats = QuestionStatistics.compute(ranked());
        assertEquals(5, stats.attempts());
        assertEquals(60, stats.meanPercent(), DELTA);
        assertEquals(75, stats.medianPercent(), DELTA);
        assertEquals(Math.sqrt(8250.0 / 4), stats.sdPercent(), DELTA);
        assertEquals(List.of("q1", "q2", "q3", "q4"), stats.items().stream().map(ItemStats::questionKey).toList());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        var stats = QuestionStatistics.compute(List.of(ones(1, 1, 1, 1), ones(1, 0, 0, 0), ones(1, 1, 0, 0), ones(0, 0, 0, 0)));
        assertEquals(37.5, stats.medianPercent(), DELTA); // (25 + 50) / 2
    }

    @Test
    void cronbachAlphaUsesItemAndTotalVariances() {
        // Sample variances of q1..q4: .3, .2, .3, .3 (Σ 1.1); totals (4,4,3,0,1) have variance 13.2/4 = 3.3.
        // alpha = 4/3 · (1 - 1.1/3.3) = 8/9.
        assertEquals(8.0 / 9, QuestionStatistics.compute(ranked()).cronbachAlpha(), DELTA);
    }

    @Test
    void cronbachAlphaIsLeftOutWhenAttemptsDrewDifferentQuestions() {
        var stats = QuestionStatistics.compute(List.of(ones(1, 0), ones(0, 1),
                attempt(Map.of("q1", new QuestionScore(1.0, 1), "q3", new QuestionScore(1.0, 1)))));
        assertNull(stats.cronbachAlpha());
        assertEquals(1, item(stats, "q3").attempts());
    }

    @Test
    void singleAttemptHasNoSpreadOrDiscrimination() {
        var stats = QuestionStatistics.compute(List.of(ones(1, 0)));
        assertEquals(50, stats.meanPercent(), DELTA);
        assertEquals(50, stats.medianPercent(), DELTA);
        assertNull(stats.sdPercent());
        assertNull(stats.cronbachAlpha());
        assertNull(item(stats, "q1").sdPercent());
        assertNull(item(stats, "q1").discrimination());
    }

    @Test
    void noAttemptsGiveEmptyStatistics() {
        var stats = QuestionStatistics.compute(List.of());
        assertEquals(0, stats.attempts());
        assertNull(stats.meanPercent());
        assertNull(stats.medianPercent());
        assertNull(stats.sdPercent());
        assertNull(stats.cronbachAlpha());
        assertEquals(List.of(), stats.items());
    }
}
