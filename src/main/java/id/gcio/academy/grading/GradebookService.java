package id.gcio.academy.grading;

import id.gcio.academy.catalog.CatalogService;
import id.gcio.academy.catalog.CatalogService.CourseSummary;
import id.gcio.academy.cohort.MembershipService;
import id.gcio.academy.cohort.MembershipService.ProgrammeMembership;
import id.gcio.academy.cohort.ProgrammeContent.CertificateFile;
import id.gcio.academy.cohort.ProgrammeContent.RequiredAssignment;
import id.gcio.academy.grading.CompletionRules.AssignmentState;
import id.gcio.academy.grading.CompletionRules.CourseState;
import id.gcio.academy.grading.CompletionRules.Outcome;
import id.gcio.academy.grading.GradingContent.Text;
import id.gcio.academy.learning.LearningService;
import id.gcio.academy.learning.LearningService.CourseStatus;
import id.gcio.academy.quiz.QuizService;
import id.gcio.academy.quiz.QuizService.QuizResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradebook: per participant, the courses of their path (complete, quiz result), the assignments it requires
 * (grade), the final grade by the programme's weights and whether the completion rules are met. Read-only; certificates
 * and the cohort gradebook page use it.
 */
@ApplicationScoped
public class GradebookService {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** A participant's standing in their programme: per course and assignment, the final grade, what is missing. */
    public record Standing(ProgrammeMembership membership, List<CourseLine> courses, List<AssignmentLine> assignments,
            Double finalPercent, Outcome outcome, LocalDate completedOn, int hours) {
    }

    /** A course of the path in a standing. */
    public record CourseLine(String slug, String title, boolean complete, Integer percent, Double quizPercent,
            Boolean quizPassed) {
    }

    /** A required assignment in a standing. */
    public record AssignmentLine(String code, String title, Double percent, double minPercent, String state) {
    }

    @Inject
    MembershipService memberships;

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    GradingService grading;

    @Inject
    CatalogService catalog;

    /** The standings of a learner in each programme that awards a certificate. */
    @Transactional
    public List<Standing> standings(long userId) {
        return standings(memberships.ofUser(userId).stream().filter(m -> m.certificate() != null && m.path() != null).toList());
    }

    /** Standings of several memberships (a cohort's gradebook, a learner's programmes), with batched queries. */
    @Transactional
    public List<Standing> standings(List<ProgrammeMembership> members) {
        List<Long> userIds = members.stream().map(ProgrammeMembership::userId).filter(java.util.Objects::nonNull).distinct().toList();
        List<String> slugs = members.stream().flatMap(m -> m.courses().stream()).distinct().toList();
        List<String> assignmentCodes = members.stream().filter(m -> m.path() != null)
                .flatMap(m -> m.path().completion().assignments().stream()).map(RequiredAssignment::code).distinct().toList();
        Map<String, CourseSummary> courses = new HashMap<>();
        catalog.listCourses("id").forEach(c -> courses.put(c.slug(), c));
        Map<String, String> coursesEn = new HashMap<>();
        catalog.listCourses("en").forEach(c -> coursesEn.put(c.slug(), c.title()));
        Map<Long, Map<String, CourseStatus>> statuses = userIds.isEmpty() ? Map.of() : learning.courseStatuses(userIds, slugs);
        Map<String, Map<Long, QuizResult>> quiz = new HashMap<>();
        slugs.forEach(s -> quiz.put(s, quizzes.results(s, userIds)));
        java.util.Set<String> withQuiz = new java.util.HashSet<>();
        slugs.forEach(s -> quizzes.find(s).ifPresent(q -> withQuiz.add(s)));
        Map<String, Map<Long, Submission>> subs = new HashMap<>();
        Map<String, Text> titles = new HashMap<>();
        for (String code : assignmentCodes) {
            subs.put(code, grading.graded(code, userIds));
            titles.put(code, grading.titles(code).orElse(new Text(code, code)));
        }
        List<Standing> list = new ArrayList<>();
        for (ProgrammeMembership m : members) {
            list.add(standing(m, courses, coursesEn, statuses, quiz, withQuiz, subs, titles));
        }
        return list;
    }

    private Standing standing(ProgrammeMembership m, Map<String, CourseSummary> courses, Map<String, String> coursesEn,
            Map<Long, Map<String, CourseStatus>> statuses, Map<String, Map<Long, QuizResult>> quiz,
            java.util.Set<String> withQuiz, Map<String, Map<Long, Submission>> subs, Map<String, Text> titles) {
        Long user = m.userId();
        Map<String, CourseStatus> mine = user == null ? Map.of() : statuses.getOrDefault(user, Map.of());
        List<CourseLine> courseLines = new ArrayList<>();
        List<CourseState> courseStates = new ArrayList<>();
        List<Double> quizPercents = new ArrayList<>();
        Instant last = null;
        int hours = 0;
        for (String slug : m.courses()) {
            CourseSummary c = courses.get(slug);
            String title = c == null ? slug : c.title();
            hours += c == null ? 0 : c.hours();
            CourseStatus st = mine.get(slug);
            boolean complete = st != null && st.completedAt() != null;
            if (complete && (last == null || st.completedAt().isAfter(last))) {
                last = st.completedAt();
            }
            QuizResult q = user == null ? null : quiz.getOrDefault(slug, Map.of()).get(user);
            boolean hasQuiz = withQuiz.contains(slug);
            if (hasQuiz) {
                quizPercents.add(q == null ? null : q.percent());
            }
            courseLines.add(new CourseLine(slug, title, complete, st == null ? null : st.percent(),
                    q == null ? null : q.percent(), hasQuiz ? (q != null && q.passed()) : null));
            courseStates.add(new CourseState(slug, title, coursesEn.getOrDefault(slug, title), complete));
        }
        List<AssignmentLine> assignmentLines = new ArrayList<>();
        List<AssignmentState> assignmentStates = new ArrayList<>();
        List<Double> assignmentPercents = new ArrayList<>();
        if (m.path() != null) {
            for (RequiredAssignment ra : m.path().completion().assignments()) {
                Submission s = user == null ? null : subs.getOrDefault(ra.code(), Map.of()).get(user);
                Double pct = s != null && s.state == Submission.State.GRADED && s.percent != null ? s.percent.doubleValue() : null;
                if (pct != null && (last == null || s.gradedAt.isAfter(last))) {
                    last = s.gradedAt;
                }
                assignmentPercents.add(pct);
                Text both = titles.getOrDefault(ra.code(), new Text(ra.code(), ra.code()));
                String title = both.id();
                assignmentLines.add(new AssignmentLine(ra.code(), title, pct, ra.min(), s == null ? null : s.state.name()));
                assignmentStates.add(new AssignmentState(ra.code(), title, both.en(), pct, ra.min()));
            }
            if (m.path().completion().hours() != null) {
                hours = m.path().completion().hours();
            }
        }
        CertificateFile cert = m.certificate();
        Double finalPercent = cert == null ? null : GradebookCalculator.finalPercent(
                new GradebookCalculator.Weights(cert.quizWeight(), cert.assignmentWeight()), quizPercents, assignmentPercents);
        Outcome outcome = CompletionRules.evaluate(courseStates, assignmentStates, finalPercent, cert == null ? 0 : cert.pass());
        if (user == null) {
            outcome = Outcome.neverSignedIn();
        }
        return new Standing(m, courseLines, assignmentLines, finalPercent, outcome,
                last == null ? null : LocalDate.ofInstant(last, WITA), hours);
    }

}
