package id.gcio.academy.certificate;

import id.gcio.academy.grading.GradingEvents.SubmissionGraded;
import id.gcio.academy.learning.CourseCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Issues certificates as soon as their last requirement is met: after a course completion or a final grade has been
 * committed, in a transaction of its own, so that a problem issuing never undoes the learner's progress or the grade.
 */
@ApplicationScoped
public class CertificateTriggers {

    private static final Logger LOG = Logger.getLogger(CertificateTriggers.class);

    @Inject
    CertificateService certificates;

    void onCourseCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted event) {
        evaluateQuietly(event.userId());
    }

    void onSubmissionGraded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionGraded event) {
        evaluateQuietly(event.userId());
    }

    private void evaluateQuietly(long userId) {
        try {
            evaluate(userId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Certificate evaluation for user %d failed; an admin can run it again from the cohort page", userId);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void evaluate(long userId) {
        certificates.evaluate(userId);
    }
}
