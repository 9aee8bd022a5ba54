package id.gcio.academy.learning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.catalog.CatalogService;
import id.gcio.academy.catalog.CatalogService.CourseRef;
import id.gcio.academy.identity.UserService;
import id.gcio.academy.learning.LearningService.Progress;
import id.gcio.academy.quiz.QuizService;
import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A signed-in page reads its reader's progress, quiz standing and name in one query: what it shows must be what the
 * separate reads (the ones writes use) give, and the name the one in the database now.
 */
@QuarkusTest
class ReaderProgressTest {

    static final String COURSE = "transformasi-digital"; // its quiz: highest attempt counts, pass at 70 %
    static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    CatalogService catalog;

    @Inject
    UserService users;

    /** A graded or ungraded attempt as the quiz tables hold it. */
    record Attempt(String state, Double percent) {
    }

    private long newUser() {
        String subject = "bacaan-" + System.nanoTime() + "-" + USERS.incrementAndGet();
        return QuarkusTransaction.requiringNew()
                .call(() -> users.ensureUser("urn:test", subject, "Pembaca Uji", null, Set.of("peserta"), null).id);
    }

    private void attempts(long userId, long quizId, List<Attempt> attempts) {
        QuarkusTransaction.requiringNew().run(() -> {
            int no = 0;
            for (Attempt a : attempts) {
                em.createNativeQuery("""
                        insert into quiz_attempt (quiz_id, user_id, attempt_no, state, seed, question_ids, started_at,
                            max_points, percent)
                        values (?1, ?2, ?3, ?4, 1, '{}', now(), 10, ?5)""")
                        .setParameter(1, quizId).setParameter(2, userId).setParameter(3, ++no).setParameter(4, a.state())
                        .setParameter(5, a.percent()).executeUpdate();
            }
        });
    }

    @Test
    void thePagesQuizStandingIsTheOneTheWritesCheck() {
        CourseRef course = catalog.courseRef(COURSE);
        long quizId = quizzes.pageRule(course.id()).orElseThrow().quizId();
        List<List<Attempt>> cases = List.of(
                List.of(),
                List.of(new Attempt("GRADED", 60.0)),
                List.of(new Attempt("GRADED", 60.0), new Attempt("GRADED", 80.0)),
                List.of(new Attempt("GRADED", 80.0), new Attempt("GRADED", 10.0)),
                List.of(new Attempt("GRADED", 70.0)),
                List.of(new Attempt("GRADED", 69.99999999999999)), // within the pass mark's rounding tolerance
                List.of(new Attempt("GRADED", 69.9)),
                List.of(new Attempt("AWAITING_GRADING", 95.0), new Attempt("IN_PROGRESS", null)),
                List.of(new Attempt("GRADED", null), new Attempt("SUBMITTED", 100.0)));
        int passed = 0;
        for (boolean enrolled : new boolean[] { true, false }) {
            for (List<Attempt> attempts : cases) {
                long userId = newUser();
                if (enrolled) {
                    learning.enrol(userId, COURSE);
                }
                attempts(userId, quizId, attempts);
                Progress shown = learning.progress(userId, course);
                boolean written = quizzes.courseQuiz(userId, course.id(), enrolled).passed();
                assertEquals(written, shown.quizPassed(), "enrolled " + enrolled + ", attempts " + attempts);
                assertEquals(enrolled, shown.enrolled());
                assertTrue(shown.quizRequired());
                passed += shown.quizPassed() ? 1 : 0;
            }
        }
        // the cases are not all alike: 60+80, 80+10, 70 and 69.99999999999999 pass when enrolled, nothing when not
        assertEquals(4, passed);
    }

    @Test
    void anotherLearnersAttemptsAndLessonsNeverCountForTheReader() {
        CourseRef course = catalog.courseRef(COURSE);
        long quizId = quizzes.pageRule(course.id()).orElseThrow().quizId();
        long reader = newUser();
        long other = newUser();
        learning.enrol(reader, COURSE);
        learning.enrol(other, COURSE);
        attempts(other, quizId, List.of(new Attempt("GRADED", 100.0)));
        String first = catalog.findCourse(COURSE, "id").orElseThrow().lessons().get(0).slug();
        learning.markDone(other, COURSE, first);

        Progress shown = learning.progress(reader, course);
        assertFalse(shown.quizPassed());
        assertEquals(0, shown.lessonsDone());
        assertEquals(course.activeLessonIds().size(), shown.lessonsTotal());
        Progress theirs = learning.progress(other, course);
        assertTrue(theirs.quizPassed());
        assertEquals(1, theirs.lessonsDone());
    }

    @Test
    void theDashboardShowsEveryCourseAsItsOwnPageDoes() {
        long userId = newUser();
        List<String> enrolled = List.of(COURSE, "kepemimpinan-digital", "atensi-kepemimpinan-digital");
        enrolled.forEach(slug -> learning.enrol(userId, slug));
        String first = catalog.findCourse(COURSE, "id").orElseThrow().lessons().get(0).slug();
        learning.markDone(userId, COURSE, first);
        learning.markDone(userId, "kepemimpinan-digital",
                catalog.findCourse("kepemimpinan-digital", "id").orElseThrow().lessons().get(1).slug());
        long quizId = quizzes.pageRule(catalog.courseRef(COURSE).id()).orElseThrow().quizId();
        attempts(userId, quizId, List.of(new Attempt("GRADED", 40.0), new Attempt("GRADED", 90.0)));

        List<LearningService.DashboardEntry> dashboard = learning.dashboard(userId, "id");
        assertEquals(Set.copyOf(enrolled), Set.copyOf(dashboard.stream().map(e -> e.progress().courseSlug()).toList()));
        for (LearningService.DashboardEntry entry : dashboard) {
            assertEquals(learning.progress(userId, catalog.courseRef(entry.progress().courseSlug())), entry.progress(),
                    entry.progress().courseSlug());
        }
        Progress quizCourse = dashboard.stream().filter(e -> e.progress().courseSlug().equals(COURSE)).findFirst()
                .orElseThrow().progress();
        assertTrue(quizCourse.quizPassed(), "the better of two graded attempts passes");
        assertEquals(1, quizCourse.lessonsDone());
        assertTrue(learning.dashboard(newUser(), "id").isEmpty(), "a learner without courses has an empty dashboard");
    }

    @Test
    void theCourseAndLessonPagesNameTheReaderAsTheDatabaseHasThemNow() {
        WebSession s = WebSession.signIn("namabaru1");
        s.get("/kursus/" + COURSE).then().statusCode(200).body(containsString("Masuk sebagai Namabaru1"));
        String lesson = catalog.findCourse(COURSE, "id").orElseThrow().lessons().get(1).slug();
        // as another instance would have it after the reader edited their profile there
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set display_name = 'Ibu Rahmawati Baru' where subject = 'namabaru1'").executeUpdate());
        s.get("/kursus/" + COURSE).then().statusCode(200).body(containsString("Masuk sebagai Ibu Rahmawati Baru"))
                .body(not(containsString("Masuk sebagai Namabaru1")));
        s.get("/belajar/kursus/" + COURSE + "/" + lesson).then().statusCode(200)
                .body(containsString("Masuk sebagai Ibu Rahmawati Baru"));
    }
}
