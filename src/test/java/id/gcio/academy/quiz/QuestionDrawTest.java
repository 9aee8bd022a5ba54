package id.gcio.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.quiz.Question.Choice;
import id.gcio.academy.quiz.QuizSettings.Draw;
import id.gcio.academy.quiz.QuizSettings.GradingMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionDrawTest {

    private final QuestionDraw draw = new QuestionDraw();

    private static Question q(int i, String... tags) {
        return new Question("q" + i, QuestionType.SINGLE_CHOICE, null, null, "Soal " + i, 1,
                List.of(new Choice("a", "A", 1, null), new Choice("b", "B", 0, null), new Choice("c", "C", 0, null),
                        new Choice("d", "D", 0, null)),
                null, null, null, null, null, null, null, List.of(tags), null);
    }

    /** 10 questions of lesson 1 (4 hard), 10 of lesson 2. */
    private static List<Question> bank() {
        List<Question> bank = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> bank.add(i < 4 ? q(i, "pelajaran:satu", "tingkat:sulit") : q(i, "pelajaran:satu")));
        IntStream.range(10, 20).forEach(i -> bank.add(q(i, "pelajaran:dua")));
        return bank;
    }

    private static QuizSettings settings(List<Draw> draws, boolean shuffleQuestions, GradingMethod grading) {
        return new QuizSettings(draws, shuffleQuestions, true, Duration.ofMinutes(30), 2, 70, grading, null);
    }

    @Test
    void drawsTheRequestedNumberFromEachPoolWithoutRepeats() {
        var s = settings(List.of(new Draw(List.of("pelajaran:satu", "tingkat:sulit"), 2), new Draw(List.of("pelajaran:satu"), 3),
                new Draw(List.of("pelajaran:dua"), 4)), false, null);
        List<Question> picked = draw.draw(bank(), s, 42);
        assertEquals(9, picked.size());
        assertEquals(9, new HashSet<>(picked).size());
        assertEquals(2, picked.subList(0, 2).stream().filter(x -> x.tags().contains("tingkat:sulit")).count());
        assertEquals(5, picked.stream().filter(x -> x.tags().contains("pelajaran:satu")).count());
        assertEquals(4, picked.stream().filter(x -> x.tags().contains("pelajaran:dua")).count());
    }

    @Test
    void theSameSeedGivesTheSameQuizAndAnotherSeedAnotherOne() {
        var s = settings(List.of(new Draw(List.of("pelajaran:dua"), 5)), true, null);
        assertEquals(draw.draw(bank(), s, 7), draw.draw(bank(), s, 7));
        assertNotEquals(draw.draw(bank(), s, 7), draw.draw(bank(), s, 8));
    }

    @Test
    void noDrawsMeansTheWholeBankInOrderUnlessShuffled() {
        assertEquals(bank(), draw.draw(bank(), settings(List.of(), false, null), 1));
        List<Question> shuffled = draw.draw(bank(), settings(List.of(), true, null), 1);
        assertEquals(new HashSet<>(bank()), new HashSet<>(shuffled));
        assertNotEquals(bank(), shuffled);
    }

    @Test
    void aPoolTooSmallIsRefusedWithAnIndonesianMessage() {
        var s = settings(List.of(new Draw(List.of("tingkat:sulit"), 5)), false, null);
        var e = assertThrows(QuestionDraw.NotEnoughQuestions.class, () -> draw.draw(bank(), s, 1));
        assertTrue(e.getMessage().contains("hanya memiliki 4 soal"), e.getMessage());
    }

    @Test
    void optionsAreShuffledPerAttemptButStableForTheSameAttempt() {
        var s = settings(List.of(), false, null);
        Question question = q(1);
        assertEquals(draw.optionOrder(question, s, 3), draw.optionOrder(question, s, 3));
        boolean rightOptionNotAlwaysFirst = IntStream.range(0, 20)
                .anyMatch(seed -> !draw.optionOrder(question, s, seed).get(0).equals("a"));
        assertTrue(rightOptionNotAlwaysFirst);
        var unshuffled = new QuizSettings(List.of(), false, false, null, 0, 50, null, null);
        assertEquals(List.of("a", "b", "c", "d"), draw.optionOrder(question, unshuffled, 3));
    }

    @Test
    void gradingMethodsPickTheScoreThatCounts() {
        List<Double> attempts = List.of(60.0, 90.0, 75.0);
        assertEquals(90.0, settings(List.of(), false, GradingMethod.HIGHEST).finalPercent(attempts).getAsDouble());
        assertEquals(75.0, settings(List.of(), false, GradingMethod.LAST).finalPercent(attempts).getAsDouble());
        assertEquals(75.0, settings(List.of(), false, GradingMethod.AVERAGE).finalPercent(attempts).getAsDouble());
        assertFalse(settings(List.of(), false, GradingMethod.LAST).finalPercent(List.of()).isPresent());
    }

    @Test
    void passMarkIsInclusive() {
        var s = settings(List.of(), false, null);
        assertTrue(s.passes(70));
        assertFalse(s.passes(69.99));
    }
}
