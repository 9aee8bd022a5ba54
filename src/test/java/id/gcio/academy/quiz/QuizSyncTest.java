package id.gcio.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.catalog.ContentSyncService;
import id.gcio.academy.catalog.ContentSyncService.SyncReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quizzes ride along with the content sync: idempotent, versioned questions, broken files refused, removal archives. */
@QuarkusTest
class QuizSyncTest {

    @Inject
    ContentSyncService sync;

    @Inject
    EntityManager em;

    Path root;
    Path quiz;

    @BeforeEach
    void content() throws IOException {
        root = Files.createTempDirectory("quiz-sync");
        Path course = root.resolve("courses/kuis-sinkron");
        Files.createDirectories(course.resolve("lessons"));
        Files.writeString(course.resolve("course.yaml"), """
                slug: kuis-sinkron
                order: 99
                title:
                  id: Kursus Sinkron
                  en: Sync course
                summary:
                  id: Ringkasan.
                  en: Summary.
                objectives:
                  id:
                    - Menguji sinkronisasi kuis.
                """);
        Files.writeString(course.resolve("lessons/01-satu.md"), """
                ---
                slug: satu
                order: 1
                minutes: 5
                title:
                  id: Satu
                  en: One
                ---
                Isi pelajaran.
                """);
        quiz = course.resolve("quiz");
        Files.createDirectories(quiz);
        Files.writeString(quiz.resolve("quiz.yaml"), QuizContentTest.SETTINGS);
        Files.writeString(quiz.resolve("questions.gift"), QuizContentTest.BANK);
    }

    @AfterEach
    void restoreShippedContent() {
        sync.sync(Path.of("content"), "test", null);
    }

    private List<Object[]> questions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select q.qkey, q.id, q.archived_at is null from quiz_question q join quiz z on z.id = q.quiz_id
                    join course c on c.id = z.course_id where c.slug = 'kuis-sinkron' order by q.qkey, q.id""").getResultList();
            return rows;
        });
    }

    private Object quizColumn(String column) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select " + column
                + " from quiz z join course c on c.id = z.course_id where c.slug = 'kuis-sinkron'").getSingleResult());
    }

    @Test
    void aSecondSyncChangesNothingAndAChangedQuestionBecomesANewVersion() throws IOException {
        SyncReport first = sync.sync(root, "test", null);
        assertEquals(List.of(), first.errors());
        List<Object[]> before = questions();
        assertEquals(4, before.size());

        sync.sync(root, "test", null);
        assertEquals(ids(before), ids(questions()), "unchanged files change nothing");

        Files.writeString(quiz.resolve("questions.gift"), QuizContentTest.BANK.replace("Soal A?", "Soal A, diperbaiki?"));
        sync.sync(root, "test", null);
        List<Object[]> after = questions();
        assertEquals(5, after.size(), "the old version of question a is kept, archived");
        assertEquals(List.of(false, true), after.stream().filter(r -> r[0].equals("a")).map(r -> r[2]).toList());
        assertEquals(before.get(1)[1], after.get(2)[1], "question b is untouched");
    }

    @Test
    void aBrokenQuizIsRefusedWithFileAndLineAndTheLastGoodOneStays() throws IOException {
        sync.sync(root, "test", null);
        Object settings = quizColumn("cast(z.settings as text)");
        Files.writeString(quiz.resolve("quiz.yaml"), QuizContentTest.SETTINGS.replace("passPercent: 60", "passPercent: 160"));
        SyncReport report = sync.sync(root, "test", null);
        assertEquals("PARTIAL", report.status());
        assertEquals(1, report.errors().size());
        assertEquals("courses/kuis-sinkron/quiz/quiz.yaml", report.errors().get(0).file());
        assertEquals(6, report.errors().get(0).line());
        assertEquals(settings, quizColumn("cast(z.settings as text)"));
        assertEquals(true, quizColumn("z.archived_at is null"));
    }

    @Test
    void removingTheQuizFolderArchivesTheQuiz() throws IOException {
        sync.sync(root, "test", null);
        Files.delete(quiz.resolve("quiz.yaml"));
        Files.delete(quiz.resolve("questions.gift"));
        Files.delete(quiz);
        sync.sync(root, "test", null);
        assertNotNull(quizColumn("z.archived_at"));
        assertTrue(questions().size() >= 4, "questions are kept for the attempts that used them");
        Files.createDirectories(quiz);
        Files.writeString(quiz.resolve("quiz.yaml"), QuizContentTest.SETTINGS);
        Files.writeString(quiz.resolve("questions.gift"), QuizContentTest.BANK);
        sync.sync(root, "test", null);
        assertEquals(true, quizColumn("z.archived_at is null"));
        assertNotEquals(0, questions().size());
    }

    private static List<Object> ids(List<Object[]> rows) {
        return rows.stream().map(r -> r[1]).toList();
    }
}
