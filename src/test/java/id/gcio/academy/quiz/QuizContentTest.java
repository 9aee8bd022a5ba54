package id.gcio.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.quiz.QuizContent.Problem;
import id.gcio.academy.quiz.QuizContent.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code quiz/quiz.yaml} and the GIFT banks: what is accepted, and every refusal with file and line. */
class QuizContentTest {

    static final String BANK = """
            // [tag:tingkat:mudah]
            ::a::Soal A? {T}

            // [tag:tingkat:mudah]
            ::b::Soal B? {F}

            // [tag:tingkat:sulit]
            ::c::Soal C? {=ya ~tidak}

            ::d::Refleksi singkat. {}
            """;

    static final String SETTINGS = """
            title:
              id: Kuis Uji
              en: Test quiz
            timeLimitMinutes: 15
            maxAttempts: 2
            passPercent: 60
            grading: last
            review: after-close
            essays: false
            draws:
              - tags: ["tingkat:mudah"]
                count: 2
            """;

    @TempDir
    Path root;

    private Result read(String yaml, String gift) throws IOException {
        Path folder = root.resolve("courses/uji/quiz");
        Files.createDirectories(folder);
        if (yaml != null) {
            Files.writeString(folder.resolve("quiz.yaml"), yaml);
        }
        if (gift != null) {
            Files.writeString(folder.resolve("questions.gift"), gift);
        }
        return new QuizContent().read(root, "uji");
    }

    private static Problem only(Result r) {
        assertNull(r.quiz(), "a quiz with a problem is not returned");
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0);
    }

    @Test
    void readsSettingsAndTheBankWithDifficultyFromTags() throws IOException {
        Result r = read(SETTINGS, BANK);
        assertEquals(List.of(), r.problems());
        QuizSettings s = r.quiz().settings();
        assertEquals(Duration.ofMinutes(15), s.timeLimit());
        assertEquals(2, s.maxAttempts());
        assertEquals(60, s.passPercent());
        assertEquals(QuizSettings.GradingMethod.LAST, s.grading());
        assertEquals(QuizSettings.ReviewPolicy.AFTER_CLOSE, s.review());
        assertTrue(s.noEssays());
        assertTrue(s.shuffleOptions(), "options are shuffled unless the file says otherwise");
        assertEquals(4, r.quiz().questions().size());
        assertEquals(Question.Difficulty.EASY, r.quiz().questions().get(0).difficulty());
        assertEquals(Question.Difficulty.HARD, r.quiz().questions().get(2).difficulty());
        assertEquals("Test quiz", r.quiz().titleEn());
    }

    @Test
    void aCourseWithoutQuizFolderHasNoQuizAndNoProblem() {
        Result r = new QuizContent().read(root, "tanpa-kuis");
        assertNull(r.quiz());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void theHashChangesWithTheBank() throws IOException {
        String first = read(SETTINGS, BANK).quiz().hash();
        assertEquals(first, read(SETTINGS, BANK).quiz().hash());
        assertNotEquals(first, read(SETTINGS, BANK.replace("Soal A?", "Soal A yang diubah?")).quiz().hash());
    }

    @Test
    void refusesAnUnknownKeyNamingTheLine() throws IOException {
        Problem p = only(read(SETTINGS.replace("maxAttempts: 2", "maxAtempts: 2"), BANK));
        assertEquals("courses/uji/quiz/quiz.yaml", p.file());
        assertEquals(5, p.line());
        assertTrue(p.message().contains("maxAtempts"), p.message());
    }

    @Test
    void refusesATimeLimitLongerThanASessionCanLast() throws IOException {
        Problem p = only(read(SETTINGS.replace("timeLimitMinutes: 15", "timeLimitMinutes: 240"), BANK));
        assertEquals(4, p.line());
        assertTrue(p.message().contains("180"), p.message());
    }

    @Test
    void refusesAnUnknownGradingMethodListingTheChoices() throws IOException {
        Problem p = only(read(SETTINGS.replace("grading: last", "grading: terbaik"), BANK));
        assertEquals(7, p.line());
        assertTrue(p.message().contains("highest, last, average"), p.message());
    }

    @Test
    void refusesADrawTheBankCannotServe() throws IOException {
        Problem p = only(read(SETTINGS.replace("count: 2", "count: 3"), BANK));
        assertEquals(10, p.line());
        assertTrue(p.message().contains("tingkat:mudah"), p.message());
    }

    @Test
    void refusesAWindowThatClosesBeforeItOpens() throws IOException {
        Problem p = only(read(SETTINGS + "opens: 2026-12-02T08:00:00+08:00\ncloses: 2026-12-01T08:00:00+08:00\n", BANK));
        assertTrue(p.message().contains("closes"), p.message());
    }

    @Test
    void reportsBankProblemsWithTheGiftFileAndLine() throws IOException {
        Result r = read(SETTINGS, BANK + "\n::e::Tanpa jawaban benar {~x ~y}\n");
        assertNull(r.quiz());
        assertEquals("courses/uji/quiz/questions.gift", r.problems().get(0).file());
        assertEquals(12, r.problems().get(0).line());
    }

    @Test
    void refusesAFolderWithoutSettingsOrWithoutBank() throws IOException {
        Problem noSettings = only(read(null, BANK));
        assertTrue(noSettings.message().contains("quiz.yaml"));
        Files.delete(root.resolve("courses/uji/quiz/questions.gift"));
        Files.writeString(root.resolve("courses/uji/quiz/quiz.yaml"), SETTINGS);
        Problem noBank = only(new QuizContent().read(root, "uji"));
        assertTrue(noBank.message().contains("*.gift"), noBank.message());
        assertNotNull(noBank.file());
    }
}
