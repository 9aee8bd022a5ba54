package id.gcio.academy.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts of assignments, grading, certificates and the later admin pages ({@code gm:} in templates), in
 * {@code messages/gm.properties} (Bahasa Indonesia) and {@code messages/gm_en.properties}. A second bundle because Qute's generated resolver for one
 * bundle of this size fails bytecode verification (Quarkus 3.30.6).
 */
@MessageBundle(value = "gm", locale = "id")
public interface GradingMsg {

    @Message
    String admin_certificate_approve();

    @Message
    String admin_certificate_history();

    @Message
    String admin_certificate_holder();

    @Message
    String admin_certificate_reason();

    @Message
    String admin_certificate_reissue();

    @Message
    String admin_certificate_reissue_hint();

    @Message
    String admin_certificate_revoke();

    @Message
    String admin_certificates_pending(int count);

    @Message
    String admin_certificates_pending_none();

    @Message
    String admin_certificates_recent();

    @Message
    String admin_certificates_title();

    @Message
    String assignment_brief();

    @Message
    String assignment_deadline(String deadline);

    @Message
    String assignment_no_deadline();

    @Message
    String assignments_none();

    @Message
    String assignments_title();

    @Message
    String certificate_download();

    @Message
    String certificate_expires_on(String date);

    @Message
    String certificate_issued_on(String date);

    @Message
    String certificate_pending();

    @Message
    String certificate_pending_note();

    @Message
    String certificate_revoked_note(String reason);

    @Message
    String certificate_status(String status);

    @Message
    String certificate_verify_link();

    @Message
    String certificates_check_now();

    @Message
    String certificates_none();

    @Message
    String certificates_none_cohort();

    @Message
    String certificates_title();

    @Message
    String certificates_zip();

    @Message
    String gradebook_explain();

    @Message
    String gradebook_final();

    @Message
    String gradebook_missing();

    @Message
    String gradebook_pass();

    @Message
    String gradebook_title();

    @Message
    String gradebook_yes();

    @Message
    String grading_audit();

    @Message
    String grading_claim();

    String grading_regrade_admin_only();

    @Message
    String grading_claim_until(String until);

    @Message
    String grading_claimed_by(String name);

    @Message
    String grading_claimed_by_you();

    @Message
    String grading_col_assignment();

    @Message
    String grading_col_cohort();

    @Message
    String grading_col_sent();

    @Message
    String grading_criterion_feedback();

    @Message
    String grading_filter_cohort();

    @Message
    String grading_filter_waiting();

    @Message
    String grading_grade();

    @Message
    String grading_mark_title(int max);

    @Message
    String grading_marks();

    @Message
    String grading_overall_feedback();

    @Message
    String grading_queue_empty();

    @Message
    String grading_queue_title();

    @Message
    String grading_reason();

    @Message
    String grading_release();

    @Message
    String grading_return();

    @Message
    String grading_work();

    @Message
    String mark_by(String name);

    @Message
    String mark_returned(String name);

    @Message
    String results_title();

    @Message
    String rubric_criterion();

    @Message
    String rubric_levels();

    @Message
    String rubric_title(int max);

    @Message
    String standing_final(String percent);

    @Message
    String standing_met();

    @Message
    String standing_min(String percent);

    @Message
    String standing_missing();

    @Message
    String standing_quiz(String percent);

    @Message
    String standing_title(String programme, String cohort);

    @Message
    String submission_body();

    @Message
    String submission_body_hint();

    @Message
    String submission_files(int max, long mb);

    @Message
    String submission_grade(String percent, String points, int max);

    @Message
    String submission_none();

    @Message
    String submission_resubmit();

    @Message
    String submission_send();

    @Message
    String submission_state(String state);

    @Message
    String submission_status_title();

    @Message
    String submission_submit();

    @Message
    String submission_version(int version, String at);

    @Message
    String submission_versions();

    @Message
    String trainers_add();

    @Message
    String trainers_add_hint();

    @Message
    String trainers_add_label();

    @Message
    String trainers_none();

    @Message
    String trainers_remove();

    @Message
    String trainers_title();

    @Message
    String verify_button();

    @Message
    String verify_cohort();

    @Message
    String verify_competencies();

    @Message
    String verify_completed();

    @Message
    String verify_expired(String date);

    @Message
    String verify_holder();

    @Message
    String verify_invalid();

    @Message
    String verify_issued();

    @Message
    String verify_number();

    @Message
    String verify_number_label();

    @Message
    String verify_offline_hint();

    @Message
    String verify_programme();

    @Message
    String verify_replaced_by();

    @Message
    String verify_replaces();

    @Message
    String verify_revoked();

    @Message
    String verify_revoked_detail(String at, String reason);

    @Message
    String verify_title();

    @Message
    String verify_unknown(String number);

    @Message
    String verify_valid();

    @Message
    String flash_submission_sent();

    @Message
    String flash_grade_saved();

    @Message
    String flash_certificate_changed();

    @Message
    String flash_trainer_assigned();

    @Message
    String nav_assignments();

    @Message
    String nav_certificates();

    @Message
    String nav_grading();

    @Message
    String grading_kind_essay(String quiz);

    @Message
    String essay_question(String max);

    @Message
    String essay_answer();

    @Message
    String essay_graded(String points, String max);

    @Message
    String essay_points_label();

    @Message
    String grading_filter_course();

    @Message
    String dashboard_certificates();

    @Message
    String content_run_status(String status);

    @Message
    String content_run_trigger(String trigger);

    @Message
    String admin_partners_link();

    @Message
    String admin_partners_title();

    @Message
    String admin_partners_explain();

    @Message
    String admin_partner_new();

    @Message
    String admin_partner_code();

    @Message
    String admin_partner_code_hint();

    @Message
    String admin_partner_name();

    @Message
    String admin_partner_create();

    @Message
    String admin_partner_none();

    @Message
    String admin_partner_members();

    @Message
    String admin_partner_cohorts();

    @Message
    String admin_partner_no_members();

    @Message
    String admin_partner_no_cohorts();

    @Message
    String admin_partner_add_member();

    @Message
    String admin_partner_user();

    @Message
    String admin_partner_user_hint();

    @Message
    String admin_partner_member_nip();

    @Message
    String admin_partner_member_added();

    @Message
    String admin_partner_remove();

    @Message
    String admin_partner_no_role();

    @Message
    String flash_partner_changed();

    @Message
    String report_link();

    @Message
    String report_opd_title();

    @Message
    String report_opd_explain();

    @Message
    String report_programme();

    @Message
    String report_year();

    @Message
    String report_years();

    @Message
    String report_all();

    @Message
    String report_caption(long participants, int opds);

    @Message
    String report_participants();

    @Message
    String report_leaders();

    @Message
    String report_supervisors();

    @Message
    String report_others();

    @Message
    String report_completed();

    @Message
    String report_certified();

    @Message
    String report_total();

    @Message
    String admin_mail_heading();

    @Message
    String admin_mail_counts(long pending, long failed, long sent);

    @Message
    String admin_mail_failed_hint();

    @Message
    String admin_mail_off();

    @Message
    String logout_title();

    @Message
    String logout_text();

    @Message
    String logout_cancel();

    @Message
    String profile_nip_from_sso();

    @Message
    String profile_nip_missing_in_sso();

    @Message
    String profile_data_heading();

    @Message
    String profile_data_text();

    @Message
    String profile_data_link();

    @Message
    String users_link();

    @Message
    String users_title();

    @Message
    String users_explain();

    @Message
    String users_search();

    @Message
    String users_search_button();

    @Message
    String users_more(int limit);

    @Message
    String users_profile_incomplete();

    @Message
    String users_roles();

    @Message
    String users_since();

    @Message
    String users_cohorts();

    @Message
    String users_no_cohort();

    @Message
    String users_found(int count);

    @Message
    String announcements_title();

    @Message
    String announcements_link();

    @Message
    String announcements_explain();

    @Message
    String announcements_new();

    @Message
    String announcements_field_title();

    @Message
    String announcements_field_body();

    @Message
    String announcements_field_body_hint();

    @Message
    String announcements_post();

    @Message
    String announcements_sent();

    @Message
    String announcements_none();

    @Message
    String dashboard_announcements();

    @Message
    String flash_announcement_posted();

    @Message
    String announcements_reached(int count);

    @Message
    String admin_mail_retry();

    @Message
    String flash_emails_requeued();

    @Message
    String admin_partner_history();

    @Message
    String admin_partner_history_added(String user, String actor);

    @Message
    String admin_partner_history_removed(String user, String actor);

    @Message
    String dashboard_announcements_all();

    @Message
    String dashboard_quiz_pending();

    @Message
    String profile_welcome_heading();

    @Message
    String profile_welcome_text();

    @Message
    String profile_welcome_skip();

    @Message
    String quiz_review_never();

    @Message
    String quiz_review_after_close(String when);

    @Message
    String quiz_review_after_attempts();

    @Message
    String quiz_attempts_left(int count);

    @Message
    String quiz_try_again();

    @Message
    String quiz_to_course();

    @Message
    String grading_audit_action(String action);

    @Message
    String grading_mark_role(String role);

    @Message
    String grading_mark_decision(String decision);

    @Message
    String submission_not_sent();

    @Message
    String submission_jump_to_form();

    @Message
    String rubric_show(int count);

    @Message
    String grading_filter_cohort_all();
    // Certificates: verification of mistyped numbers, "check now" counts, revocation confirmation, history words

    @Message
    String verify_malformed(String number);

    @Message
    String verify_mistyped(String number);

    @Message
    String verify_format_hint();

    @Message
    String flash_certificates_checked(int issued, int queued, int notEligible);

    @Message
    String admin_certificate_revoke_confirm_title();

    @Message
    String admin_certificate_revoke_confirm_text();

    @Message
    String admin_certificate_revoke_confirm();

    @Message
    String admin_certificate_revoke_cancel();

    @Message
    String certificate_event(String action);

    @Message
    String standing_final_issued(String percent);

    @Message
    String users_roster_found(int count);

    @Message
    String users_roster_hint();

    @Message
    String users_roster_never();

    @Message
    String quiz_questions_in_indonesian();

    @Message
    String error_503_title();

    @Message
    String error_503_detail();

    @Message
    String offline_done_queued();

    @Message
    String offline_done_sent();
}
