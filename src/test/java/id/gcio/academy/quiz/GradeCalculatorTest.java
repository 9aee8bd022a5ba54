package id.gcio.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.gcio.academy.quiz.Grade.Status;
import id.gcio.academy.quiz.Question.Choice;
import id.gcio.academy.quiz.Question.MatchPair;
import id.gcio.academy.quiz.Question.NumericAnswer;
import id.gcio.academy.quiz.Question.TextAnswer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeCalculatorTest {

    private final GradeCalculator calc = new GradeCalculator();

    private static Question question(QuestionType type, double points, List<Choice> choices, Boolean truth,
            List<TextAnswer> text, List<NumericAnswer> numbers, List<MatchPair> pairs) {
        return new Question("q1", type, null, null, "Teks soal", points, choices, truth, text, numbers, pairs,
                "Umpan balik umum", "fb-benar-dipilih", "fb-salah-dipilih", List.of(), null);
    }

    private static Question single() {
        return question(QuestionType.SINGLE_CHOICE, 2, List.of(
                new Choice("a", "Perpres 95/2018", 1, "Tepat."),
                new Choice("b", "Perpres 39/2019", 0, "Itu Satu Data."),
                new Choice("c", "Setengah benar", 0.5, null)), null, null, null, null);
    }

    /** Three right options (1/3 each) and two wrong ones: one with an explicit penalty, one without. */
    private static Question multiple() {
        return question(QuestionType.MULTIPLE_RESPONSE, 3, List.of(
                new Choice("a", "Standar data", 1.0 / 3, null),
                new Choice("b", "Metadata", 1.0 / 3, null),
                new Choice("c", "Interoperabilitas", 1.0 / 3, null),
                new Choice("d", "Anggaran", -0.5, "Bukan prinsip Satu Data."),
                new Choice("e", "Kira-kira", 0, null)), null, null, null, null);
    }

    @Test
    void singleChoiceRightAnswerEarnsAllPointsAndItsFeedback() {
        Grade g = calc.grade(single(), Response.choices("a"));
        assertEquals(Status.CORRECT, g.status());
        assertEquals(2.0, g.points());
        assertEquals(List.of("Tepat.", "Umpan balik umum"), g.feedback());
    }

    @Test
    void singleChoiceWrongAnswerEarnsNothing() {
        Grade g = calc.grade(single(), Response.choices("b"));
        assertEquals(Status.INCORRECT, g.status());
        assertEquals(0.0, g.points());
    }

    @Test
    void singleChoiceWeightedOptionEarnsPartialCredit() {
        Grade g = calc.grade(single(), Response.choices("c"));
        assertEquals(Status.PARTIALLY_CORRECT, g.status());
        assertEquals(1.0, g.points());
    }

    @Test
    void singleChoiceWithTwoOptionsChosenEarnsNothing() {
        assertEquals(0.0, calc.grade(single(), Response.choices("a", "c")).points());
    }

    @Test
    void singleChoiceWithAnUnknownOptionEarnsNothing() {
        assertEquals(Status.INCORRECT, calc.grade(single(), Response.choices("z")).status());
    }

    @Test
    void multipleResponseAllRightOptionsEarnFullMarks() {
        Grade g = calc.grade(multiple(), Response.choices("a", "b", "c"));
        assertEquals(Status.CORRECT, g.status());
        assertEquals(3.0, g.points());
    }

    @Test
    void multipleResponseSomeRightOptionsEarnPartialCredit() {
        Grade g = calc.grade(multiple(), Response.choices("a", "b"));
        assertEquals(Status.PARTIALLY_CORRECT, g.status());
        assertEquals(2.0, g.points());
    }

    @Test
    void multipleResponseExplicitPenaltyIsSubtracted() {
        // 1/3 + 1/3 + 1/3 - 1/2 = 1/2 of 3 points
        assertEquals(1.5, calc.grade(multiple(), Response.choices("a", "b", "c", "d")).points());
    }

    @Test
    void multipleResponseWrongOptionWithoutPenaltyStillCostsOneRightShare() {
        // 1/3 + 1/3 + 1/3 - 1/3 = 2/3 of 3 points
        assertEquals(2.0, calc.grade(multiple(), Response.choices("a", "b", "c", "e")).points());
    }

    @Test
    void multipleResponseTickingEverythingNeverEarnsFullMarks() {
        Grade g = calc.grade(multiple(), Response.choices("a", "b", "c", "d", "e"));
        assertEquals(Status.PARTIALLY_CORRECT, g.status());
        assertEquals(0.5, g.points());
    }

    @Test
    void multipleResponseNeverGoesBelowZero() {
        Grade g = calc.grade(multiple(), Response.choices("d", "e"));
        assertEquals(0.0, g.points());
        assertEquals(Status.INCORRECT, g.status());
    }

    @Test
    void trueFalseRightAnswerAndTheFeedbackForWhatWasAnswered() {
        Question q = question(QuestionType.TRUE_FALSE, 1, null, true, null, null, null);
        Grade right = calc.grade(q, Response.truth(true));
        assertEquals(1.0, right.points());
        assertEquals("fb-benar-dipilih", right.feedback().get(0));
        Grade wrong = calc.grade(q, Response.truth(false));
        assertEquals(0.0, wrong.points());
        assertEquals("fb-salah-dipilih", wrong.feedback().get(0));
    }

    @Test
    void shortAnswerIgnoresCaseSpacesAndUnicodeForms() {
        Question q = question(QuestionType.SHORT_ANSWER, 1, null, null, List.of(
                new TextAnswer("Satu Data Indonesia", false, 1, null),
                new TextAnswer("SDI", false, 0.5, "Gunakan nama lengkap.")), null, null);
        assertEquals(Status.CORRECT, calc.grade(q, Response.text("  satu   DATA indonesia ")).status());
        assertEquals(Status.CORRECT, calc.grade(q, Response.text("Ｓａｔｕ Data Indonesia")).status());
        Grade half = calc.grade(q, Response.text("sdi"));
        assertEquals(0.5, half.points());
        assertEquals("Gunakan nama lengkap.", half.feedback().get(0));
        assertEquals(Status.INCORRECT, calc.grade(q, Response.text("SPBE")).status());
    }

    @Test
    void shortAnswerRegexMustMatchTheWholeAnswer() {
        Question q = question(QuestionType.SHORT_ANSWER, 1, null, null, List.of(
                new TextAnswer("perpres (nomor )?95( tahun|/)? ?2018", true, 1, null)), null, null);
        assertEquals(Status.CORRECT, calc.grade(q, Response.text("Perpres Nomor 95 Tahun 2018")).status());
        assertEquals(Status.CORRECT, calc.grade(q, Response.text("perpres 95/2018")).status());
        assertEquals(Status.INCORRECT, calc.grade(q, Response.text("bukan perpres 95/2018")).status());
    }

    @Test
    void shortAnswerWithABrokenRegexMatchesNothing() {
        Question q = question(QuestionType.SHORT_ANSWER, 1, null, null, List.of(new TextAnswer("(", true, 1, null)), null, null);
        assertEquals(Status.INCORRECT, calc.grade(q, Response.text("(")).status());
    }

    @Test
    void numericAcceptsValuesWithinToleranceAndADecimalComma() {
        Question q = question(QuestionType.NUMERIC, 1, null, null, null, List.of(
                new NumericAnswer(2.91, 0.005, 1, "Nilai indeks SPBE 2023."),
                new NumericAnswer(3, 0.1, 0.5, null)), null);
        assertEquals(Status.CORRECT, calc.grade(q, Response.text("2,91")).status());
        assertEquals(Status.CORRECT, calc.grade(q, Response.text("2.914")).status());
        assertEquals(0.5, calc.grade(q, Response.text("3")).points());
        assertEquals(Status.INCORRECT, calc.grade(q, Response.text("2.8")).status());
    }

    @Test
    void numericRefusesTextThatIsNotANumber() {
        Question q = question(QuestionType.NUMERIC, 1, null, null, null, List.of(new NumericAnswer(134, 0, 1, null)), null);
        assertEquals(Status.INCORRECT, calc.grade(q, Response.text("134 aplikasi")).status());
        assertEquals(Status.INCORRECT, calc.grade(q, Response.text("1.3.4")).status());
        assertEquals(Status.CORRECT, calc.grade(q, Response.text(" 134 ")).status());
    }

    @Test
    void matchingScoresTheShareOfRightPairs() {
        Question q = question(QuestionType.MATCHING, 3, null, null, null, null, List.of(
                new MatchPair("Perpres 95/2018", "SPBE"),
                new MatchPair("Perpres 39/2019", "Satu Data Indonesia"),
                new MatchPair("PermenPANRB 59/2020", "Evaluasi SPBE")));
        Grade two = calc.grade(q, Response.matches(Map.of("Perpres 95/2018", "SPBE", "Perpres 39/2019", "Satu Data Indonesia",
                "PermenPANRB 59/2020", "SPBE")));
        assertEquals(Status.PARTIALLY_CORRECT, two.status());
        assertEquals(2.0, two.points());
        Grade all = calc.grade(q, Response.matches(Map.of("Perpres 95/2018", "SPBE", "Perpres 39/2019", "Satu Data Indonesia",
                "PermenPANRB 59/2020", "Evaluasi SPBE")));
        assertEquals(3.0, all.points());
    }

    @Test
    void essayIsLeftForATrainer() {
        Question q = question(QuestionType.ESSAY, 10, null, null, null, null, null);
        Grade g = calc.grade(q, Response.text("Rencana aksi OPD saya ..."));
        assertEquals(Status.NEEDS_GRADING, g.status());
        assertNull(g.fraction());
        assertNull(g.points());
    }

    @Test
    void emptyResponsesAreUnansweredForEveryType() {
        for (QuestionType type : QuestionType.values()) {
            Grade g = calc.grade(question(type, 1, List.of(new Choice("a", "x", 1, null)), true,
                    List.of(new TextAnswer("x", false, 1, null)), List.of(new NumericAnswer(1, 0, 1, null)),
                    List.of(new MatchPair("a", "b"))), Response.none());
            assertEquals(Status.UNANSWERED, g.status(), type.name());
            assertEquals(0.0, g.points(), type.name());
        }
    }
}
