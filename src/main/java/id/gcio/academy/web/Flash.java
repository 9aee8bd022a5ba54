package id.gcio.academy.web;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** One-time messages carried across a Post/Redirect/Get in a short-lived cookie (no server state). */
public enum Flash {
    ENROLLED, LESSON_DONE, COURSE_COMPLETED, PROFILE_SAVED, CONTENT_SYNCED, CONTENT_SYNC_ERRORS, LANGUAGE_CHANGED, ANSWER_SAVED, ANSWER_TOO_LATE, ANSWER_ATTEMPT_CLOSED, QUIZ_SUBMITTED, OVERRIDE_SAVED, QUESTIONS_IMPORTED, COHORT_CREATED, ROSTER_IMPORTED,
    MEMBERSHIP_CHANGED, OPD_SAVED, SUBMISSION_SENT, GRADE_SAVED, CERTIFICATE_CHANGED, TRAINER_ASSIGNED, PARTNER_CHANGED, ANNOUNCEMENT_POSTED, EMAILS_REQUEUED,
    /** With three counts: issued, queued for approval, not yet eligible. */
    CERTIFICATES_CHECKED;

    /** A 303 redirect to a local path carrying this flash message. */
    public Response redirect(String path) {
        return send(path, name());
    }

    /** A 303 redirect carrying this flash message with whole numbers the message shows (an import's counts, a certificate check's). */
    public Response redirect(String path, int... counts) {
        StringBuilder value = new StringBuilder(name());
        for (int count : counts) {
            value.append('.').append(count);
        }
        return send(path, value.toString());
    }

    private static Response send(String path, String value) {
        NewCookie cookie = new NewCookie.Builder(Ui.FLASH_COOKIE).value(value).path("/").maxAge(60)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(Ui.safeLocalPath(path))).cookie(cookie).build();
    }

    static String text(String value, Msg msg, GradingMsg gm) {
        Flash f;
        String[] parts = value == null ? new String[0] : value.split("\\.");
        try {
            f = valueOf(parts.length == 0 ? "" : parts[0]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int[] counts = counts(parts);
        if (f == ROSTER_IMPORTED && counts != null && counts.length == 4) {
            return msg.flash_roster_imported_counts(counts[0], counts[1], counts[2], counts[3]);
        }
        return switch (f) {
            case ENROLLED -> msg.flash_enrolled();
            case LESSON_DONE -> msg.flash_lesson_done();
            case COURSE_COMPLETED -> msg.flash_course_completed();
            case PROFILE_SAVED -> msg.flash_profile_saved();
            case CONTENT_SYNCED -> msg.flash_content_synced();
            case CONTENT_SYNC_ERRORS -> msg.flash_content_sync_errors();
            case LANGUAGE_CHANGED -> msg.flash_language_changed();
            case ANSWER_SAVED -> msg.flash_answer_saved();
            case ANSWER_TOO_LATE -> msg.flash_answer_too_late();
            case ANSWER_ATTEMPT_CLOSED -> msg.flash_answer_attempt_closed();
            case QUIZ_SUBMITTED -> msg.flash_quiz_submitted();
            case OVERRIDE_SAVED -> msg.flash_override_saved();
            case QUESTIONS_IMPORTED -> msg.flash_questions_imported();
            case COHORT_CREATED -> msg.flash_cohort_created();
            case ROSTER_IMPORTED -> msg.flash_roster_imported();
            case MEMBERSHIP_CHANGED -> msg.flash_membership_changed();
            case OPD_SAVED -> msg.flash_opd_saved();
            case SUBMISSION_SENT -> gm.flash_submission_sent();
            case GRADE_SAVED -> gm.flash_grade_saved();
            case CERTIFICATE_CHANGED -> gm.flash_certificate_changed();
            case TRAINER_ASSIGNED -> gm.flash_trainer_assigned();
            case PARTNER_CHANGED -> gm.flash_partner_changed();
            case ANNOUNCEMENT_POSTED -> gm.flash_announcement_posted();
            case EMAILS_REQUEUED -> gm.flash_emails_requeued();
            case CERTIFICATES_CHECKED -> {
                int[] n = counts != null && counts.length == 3 ? counts : new int[3];
                yield gm.flash_certificates_checked(n[0], n[1], n[2]);
            }
        };
    }

    /** The numbers after the flash's name, or null when there are none or one is not a small whole number. */
    private static int[] counts(String[] parts) {
        if (parts.length < 2) {
            return null;
        }
        int[] counts = new int[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].matches("[0-9]{1,9}")) {
                return null;
            }
            counts[i - 1] = Integer.parseInt(parts[i]);
        }
        return counts;
    }
}
