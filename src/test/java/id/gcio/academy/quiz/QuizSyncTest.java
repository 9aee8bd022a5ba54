package id.gcio.academy.quiz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.catalog.ContentSyncService;
import id.gcio.academy.catalog.ContentSyncService.SyncReport;
import id.gcio.academy.support.Tokens;
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

    @Inject
    QuizRules rules;

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
    void theRulesPagesReadFollowASyncAtOnce() throws IOException {
        sync.sync(root, "test", null);
        long courseId = ((Number) quizColumn("c.id")).longValue();
        assertEquals(60, rules.activeRule(courseId).orElseThrow().settings().passPercent());

        Files.writeString(quiz.resolve("quiz.yaml"), QuizContentTest.SETTINGS.replace("passPercent: 60", "passPercent: 75"));
        sync.sync(root, "test", null);
        assertEquals(75, rules.activeRule(courseId).orElseThrow().settings().passPercent(), "a changed pass mark");

        Files.delete(quiz.resolve("quiz.yaml"));
        Files.delete(quiz.resolve("questions.gift"));
        Files.delete(quiz);
        sync.sync(root, "test", null);
        assertTrue(rules.activeRule(courseId).isEmpty(), "a removed quiz");
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

    @Test
    void aCourseQuestionWhoseKeyATrainerImportedIsRefusedWithFileAndLineAndNeitherSyncNorStartFails() throws IOException {
        // a course of its own, so the questions counted by the other tests stay as they are
        Path course = root.resolve("courses/kuis-bentrok");
        Files.createDirectories(course.resolve("lessons"));
        Files.writeString(course.resolve("course.yaml"), Files.readString(root.resolve("courses/kuis-sinkron/course.yaml"))
                .replace("slug: kuis-sinkron", "slug: kuis-bentrok").replace("order: 99", "order: 98"));
        Files.copy(root.resolve("courses/kuis-sinkron/lessons/01-satu.md"), course.resolve("lessons/01-satu.md"));
        Path bentrok = course.resolve("quiz");
        Files.createDirectories(bentrok);
        Files.writeString(bentrok.resolve("quiz.yaml"), QuizContentTest.SETTINGS);
        Files.writeString(bentrok.resolve("questions.gift"), QuizContentTest.BANK);
        assertEquals(List.of(), sync.sync(root, "test", null).errors());

        // a trainer imports x-1; later the course's own bank gets a question x-1 too
        given().header("Authorization", Tokens.bearer("pelatih")).header("X-File-Name", "pelatih.gift")
                .contentType("text/plain; charset=UTF-8").body("::x-1::Soal dari pelatih? {T}\n")
                .post("/api/v1/courses/kuis-bentrok/quiz/questions/imports").then().statusCode(201);
        Object hash = contentHash("kuis-bentrok");
        List<List<Object>> before = questions("kuis-bentrok");
        String bank = QuizContentTest.BANK + "\n// [tag:tingkat:mudah]\n::x-1::Soal kursus dengan kunci yang sama? {F}\n";
        int line = bank.lines().toList().indexOf("::x-1::Soal kursus dengan kunci yang sama? {F}") + 1;
        Files.writeString(bentrok.resolve("questions.gift"), bank);

        SyncReport report = sync.sync(root, "test", null);
        assertEquals("PARTIAL", report.status());
        assertEquals(1, report.errors().size(), report.errors().toString());
        assertEquals("courses/kuis-bentrok/quiz/questions.gift", report.errors().get(0).file());
        assertEquals(line, report.errors().get(0).line());
        String message = report.errors().get(0).message();
        assertTrue(message.contains("\"x-1\"") && message.contains("pelatih.gift"), message);
        // the last good version stays: the quiz and its questions, the trainer's import among them, row for row
        assertEquals(hash, contentHash("kuis-bentrok"));
        assertEquals(before, questions("kuis-bentrok"));
        // and the sync stored the rest as usual
        assertEquals(4, questions().stream().filter(r -> (Boolean) r[2]).count());

        // an instance starting on these files starts, and reports the refusal again
        SyncReport start = sync.syncUnlessUnchanged(root, "startup");
        assertEquals(report.errors(), start.errors());
        assertEquals(before, questions("kuis-bentrok"));

        // renamed, the course's question is stored beside the trainer's
        Files.writeString(bentrok.resolve("questions.gift"), bank.replace("::x-1::Soal kursus", "::x-2::Soal kursus"));
        assertEquals(List.of(), sync.sync(root, "test", null).errors());
        List<List<Object>> after = questions("kuis-bentrok");
        assertEquals(List.of(List.of("x-1", true, "import")),
                after.stream().filter(r -> r.get(0).equals("x-1")).map(r -> r.subList(0, 3)).toList());
        assertEquals(List.of(List.of("x-2", true, "content")),
                after.stream().filter(r -> r.get(0).equals("x-2")).map(r -> r.subList(0, 3)).toList());
    }

    private Object contentHash(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select z.content_hash from quiz z join course c on c.id = z.course_id where c.slug = ?1")
                .setParameter(1, slug).getSingleResult());
    }

    /** A course's question rows: key, active, origin (and id, so a row replaced by a new one shows). */
    private List<List<Object>> questions(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select q.qkey, q.archived_at is null, q.origin, q.id from quiz_question q join quiz z on z.id = q.quiz_id
                    join course c on c.id = z.course_id where c.slug = ?1 order by q.qkey, q.id""")
                    .setParameter(1, slug).getResultList();
            return rows.stream().map(r -> List.of(r[0], r[1], r[2], r[3])).toList();
        });
    }

    private static List<Object> ids(List<Object[]> rows) {
        return rows.stream().map(r -> r[1]).toList();
    }
}
