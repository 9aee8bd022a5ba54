package id.gcio.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.quiz.Question;
import id.gcio.academy.quiz.QuestionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The question banks shipped in content/ parse without a single problem and cover every course. */
class ShippedQuestionBanksTest {

    private static List<Path> banks() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("content/courses"))) {
            return s.map(p -> p.resolve("quiz/questions.gift")).toList();
        }
    }

    @Test
    void everyCourseHasABankThatParsesCleanly() throws IOException {
        for (Path bank : banks()) {
            assertTrue(Files.isRegularFile(bank), bank + " is missing");
            GiftImport result = new GiftParser().parse(Files.readString(bank));
            assertEquals(List.of(), result.problems(), bank.toString());
            assertTrue(result.questions().size() >= 15, bank + " has only " + result.questions().size() + " questions");
        }
    }

    @Test
    void everyBankMixesTypesAndTagsEachQuestionWithItsLesson() throws IOException {
        for (Path bank : banks()) {
            List<Question> questions = new GiftParser().parse(Files.readString(bank)).questions();
            String course = bank.getParent().getParent().getFileName().toString();
            assertTrue(questions.stream().map(Question::type).distinct().count() >= 5, bank + " uses too few question types");
            assertEquals(1, questions.stream().filter(q -> q.type() == QuestionType.ESSAY).count(), bank + " essay count");
            for (Question q : questions) {
                assertEquals(course, q.category(), q.key());
                String lesson = q.tags().stream().filter(t -> t.startsWith("pelajaran:")).findFirst()
                        .orElseThrow(() -> new AssertionError(q.key() + " has no lesson tag")).substring("pelajaran:".length());
                try (Stream<Path> lessons = Files.list(bank.getParent().getParent().resolve("lessons"))) {
                    assertTrue(lessons.anyMatch(p -> p.getFileName().toString().matches("\\d+-" + java.util.regex.Pattern.quote(lesson) + "\\.md")),
                            q.key() + " points at unknown lesson " + lesson);
                }
            }
        }
    }
}
