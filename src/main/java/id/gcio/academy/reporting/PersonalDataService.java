package id.gcio.academy.reporting;

import id.gcio.academy.certificate.CertificateService;
import id.gcio.academy.cohort.CohortService;
import id.gcio.academy.grading.GradingService;
import id.gcio.academy.identity.AppUser;
import id.gcio.academy.learning.LearningService;
import id.gcio.academy.notification.NotificationService;
import id.gcio.academy.quiz.AttemptService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Everything the academy holds about one person, for that person (UU 27/2022 on personal data protection gives them
 * the right to a copy): profile, cohorts, courses and progress, quiz attempts (scores and times, not answers),
 * assignments with versions and feedback, certificates, and the e-mails sent to them. Each part comes from its own
 * feature's service, as that feature shows it to the learner.
 */
@ApplicationScoped
public class PersonalDataService {

    /** The user's own data, as one JSON document. */
    public record PersonalData(Instant exportedAt, Profile profile, List<CohortService.LearnerCohort> cohorts,
            List<LearningService.DashboardEntry> courses, List<AttemptService.CourseAttempt> quizAttempts,
            List<Assignment> assignments, List<CertificateService.CertificateRow> certificates,
            List<NotificationService.SentMail> emails) {
    }

    /** The profile as stored, with the roles of the last sign-in and the identity provider's subject. */
    public record Profile(long id, String issuer, String subject, String name, String email, String nip, String opd,
            String position, String echelon, String roles, Instant createdAt, Instant profileCompletedAt) {
    }

    /** An assignment and what the person handed in (every version) and got back. */
    public record Assignment(String code, String title, GradingService.SubmissionView submission) {
    }

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @Inject
    AttemptService attempts;

    @Inject
    GradingService grading;

    @Inject
    CertificateService certificates;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Transactional
    public PersonalData of(long userId, String lang) {
        AppUser u = AppUser.findById(userId);
        Profile profile = new Profile(u.id, u.issuer, u.subject, u.displayName, u.email, u.nip, u.opdName, u.positionTitle,
                u.echelon, u.roles, u.createdAt, u.profileCompletedAt);
        List<Assignment> handedIn = grading.forLearner(userId).stream().filter(a -> a.submission() != null)
                .map(a -> new Assignment(a.code(), a.title(), a.submission())).toList();
        return new PersonalData(clock.instant(), profile, cohorts.forLearner(userId), learning.dashboard(userId, lang),
                attempts.allAttempts(userId), handedIn, certificates.forLearner(userId), notifications.forUser(userId));
    }
}
