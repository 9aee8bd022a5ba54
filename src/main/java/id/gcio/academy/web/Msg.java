package id.gcio.academy.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts. The texts live in {@code messages/msg.properties} (Bahasa Indonesia, the default) and
 * {@code messages/msg_en.properties}; this interface only names them so templates are checked at build time.
 * <p>
 * Full: with up to 301 texts the bundle works (it has 300); with 302 Qute's generated resolver ({@code Msg_Bundle})
 * fails bytecode verification at start-up (Quarkus 3.30.6 and 3.30.8, "Bad type on operand stack" in
 * {@code Msg_Bundle_resolve_0}; checked 2026-11-25 by adding one text, then two). New texts go to a feature's own bundle
 * ({@code gm:} {@link GradingMsg}, {@code im:} for imports).
 */
@MessageBundle(value = "msg", locale = "id")
public interface Msg {

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String lang_label();

    @Message
    String nav_label();

    @Message
    String nav_catalog();

    @Message
    String nav_my_learning();

    @Message
    String nav_profile();

    @Message
    String nav_admin();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String signed_in_as(String name);

    @Message
    String footer_text();

    @Message
    String breadcrumb_label();

    @Message
    String catalog_title();

    @Message
    String catalog_intro();

    @Message
    String catalog_login_cta();

    @Message
    String catalog_list_heading();

    @Message
    String catalog_empty();

    @Message
    String course_meta(int lessons, int hours);

    @Message
    String minutes_total(int minutes);

    @Message
    String minutes(int minutes);

    @Message
    String spbe_domains_label();

    @Message
    String your_progress();

    @Message
    String progress_label(int percent);

    @Message
    String progress_detail(int done, int total, int percent);

    @Message
    String course_completed_short();

    @Message
    String course_completed_on(String date);

    @Message
    String continue_with(String title);

    @Message
    String not_enrolled_yet();

    @Message
    String enrol_button();

    @Message
    String login_to_track();

    @Message
    String objectives_heading();

    @Message
    String lessons_heading();

    @Message
    String lesson_done_label();

    @Message
    String sources_heading();

    @Message
    String course_not_found();

    @Message
    String lesson_not_found();

    @Message
    String lesson_position(int position, int total);

    @Message
    String lesson_not_translated();

    @Message
    String lesson_done_note();

    @Message
    String mark_done_button();

    @Message
    String pager_label();

    @Message
    String back_to_course();

    @Message
    String dashboard_title();

    @Message
    String dashboard_greeting(String name);

    @Message
    String dashboard_empty();

    @Message
    String profile_incomplete_heading();

    @Message
    String profile_incomplete_text();

    @Message
    String profile_complete_cta();

    @Message
    String profile_title();

    @Message
    String profile_intro();

    @Message
    String form_has_errors();

    @Message
    String profile_name();

    @Message
    String profile_name_hint();

    @Message
    String profile_email();

    @Message
    String profile_nip();

    @Message
    String profile_nip_hint();

    @Message
    String profile_opd();

    @Message
    String profile_opd_hint();

    @Message
    String profile_position();

    @Message
    String profile_echelon();

    @Message
    String profile_echelon_choose();

    @Message
    String profile_save();

    @Message
    String admin_title();

    @Message
    String admin_content_heading();

    @Message
    String admin_content_intro();

    @Message
    String admin_sync_button();

    @Message
    String admin_runs_caption();

    @Message
    String admin_run_time();

    @Message
    String admin_run_trigger();

    @Message
    String admin_run_status();

    @Message
    String admin_run_changes();

    @Message
    String admin_run_counts(int courses, int coursesArchived, int lessons, int archived);

    @Message
    String flash_enrolled();

    @Message
    String flash_lesson_done();

    @Message
    String flash_course_completed();

    @Message
    String flash_profile_saved();

    @Message
    String flash_content_synced();

    @Message
    String flash_content_sync_errors();

    @Message
    String flash_language_changed();

    @Message
    String error_home();

    @Message
    String error_400_title();

    @Message
    String error_400_detail();

    @Message
    String error_403_title();

    @Message
    String error_403_detail();

    @Message
    String error_404_title();

    @Message
    String error_404_detail();

    @Message
    String error_413_title();

    @Message
    String error_413_detail();

    @Message
    String error_generic_title();

    @Message
    String error_generic_detail();

    @Message
    String nav_quizzes();

    @Message
    String flash_answer_saved();

    @Message
    String flash_answer_too_late();

    @Message
    String flash_answer_attempt_closed();

    @Message
    String flash_quiz_submitted();

    @Message
    String flash_override_saved();

    @Message
    String flash_questions_imported();

    @Message
    String quiz_answered();

    @Message
    String quiz_answered_count(int answered, int total);

    @Message
    String quiz_attempt_no(int number);

    @Message
    String quiz_awaiting_grading();

    @Message
    String quiz_back_to_questions();

    @Message
    String quiz_back_to_quiz();

    @Message
    String quiz_choose();

    @Message
    String quiz_choose_all();

    @Message
    String quiz_continue();

    @Message
    String quiz_correct();

    @Message
    String quiz_essay_hint();

    @Message
    String quiz_fact_attempts(int count);

    @Message
    String quiz_fact_attempts_unlimited();

    @Message
    String quiz_fact_closes(String when);

    @Message
    String quiz_fact_extra_time(int minutes);

    @Message
    String quiz_fact_pass(String percent);

    @Message
    String quiz_fact_questions(int count);

    @Message
    String quiz_fact_time(long minutes);

    @Message
    String quiz_fact_untimed();

    @Message
    String quiz_failed(String percent);

    @Message
    String quiz_false();

    @Message
    String quiz_incorrect();

    @Message
    String quiz_index_label();

    @Message
    String quiz_intro_saving();

    @Message
    String quiz_minutes_left(long minutes);

    @Message
    String quiz_needs_grading();

    @Message
    String quiz_next();

    @Message
    String quiz_not_answered();

    @Message
    String quiz_numeric_hint();

    @Message
    String quiz_offline();

    @Message
    String quiz_partial();

    @Message
    String quiz_passed(String percent);

    @Message
    String quiz_points(String points, String max);

    @Message
    String quiz_previous();

    @Message
    String quiz_question_of(int number, int total);

    @Message
    String quiz_question_word();

    @Message
    String quiz_refused();

    @Message
    String quiz_result_title();

    @Message
    String quiz_review();

    @Message
    String quiz_review_hidden();

    @Message
    String quiz_right_answer();

    @Message
    String quiz_save();

    @Message
    String quiz_saved_at();

    @Message
    String quiz_saved_on_server();

    @Message
    String quiz_saving();

    @Message
    String quiz_score();

    @Message
    String quiz_score_line(String points, String max, String percent);

    @Message
    String quiz_session_expired();

    @Message
    String quiz_standing_not_passed(String percent);

    @Message
    String quiz_standing_passed(String percent);

    @Message
    String quiz_start();

    @Message
    String quiz_start_again();

    @Message
    String quiz_state_awaiting();

    @Message
    String quiz_state_failed();

    @Message
    String quiz_state_in_progress();

    @Message
    String quiz_state_passed();

    @Message
    String quiz_status();

    @Message
    String quiz_submit();

    @Message
    String quiz_submit_explain();

    @Message
    String quiz_submitted_at(String when);

    @Message
    String quiz_summary_title();

    @Message
    String quiz_time_left();

    @Message
    String quiz_timer_announce();

    @Message
    String quiz_timer_expired();

    @Message
    String quiz_timer_hide();

    @Message
    String quiz_timer_show();

    @Message
    String quiz_to_summary();

    @Message
    String quiz_true();

    @Message
    String quiz_unanswered_warning(int count);

    @Message
    String quiz_your_answer();

    @Message
    String quiz_your_attempts();

    @Message
    String course_quiz_heading();

    @Message
    String course_quiz_required();

    @Message
    String course_quiz_passed();

    @Message
    String course_quiz_open();

    @Message
    String trainer_quizzes_title();

    @Message
    String trainer_bank_size(int bank, int drawn);

    @Message
    String trainer_attempts(int count);

    @Message
    String trainer_export_csv();

    @Message
    String trainer_export_xlsx();

    @Message
    String trainer_no_attempts();

    @Message
    String trainer_col_name();

    @Message
    String trainer_stats_title();

    @Message
    String trainer_stats_explain();

    @Message
    String trainer_stats_none();

    @Message
    String trainer_stats_summary(int attempts, String mean);

    @Message
    String trainer_facility();

    @Message
    String trainer_discrimination();

    @Message
    String trainer_notes();

    @Message
    String trainer_override_title();

    @Message
    String trainer_override_explain();

    @Message
    String trainer_override_learner();

    @Message
    String trainer_override_minutes();

    @Message
    String trainer_override_attempts();

    @Message
    String trainer_override_reason();

    @Message
    String trainer_override_save();

    @Message
    String trainer_minutes_short();

    @Message
    String trainer_attempts_short();

    @Message
    String trainer_import_title();

    @Message
    String trainer_import_explain();

    @Message
    String trainer_import_file();

    @Message
    String trainer_import_preview();

    @Message
    String trainer_import_history();

    @Message
    String trainer_import_counts(int created, int replaced, int unchanged);

    @Message
    String trainer_preview_title(String file);

    @Message
    String trainer_import_confirm(int count);

    @Message
    String trainer_import_refused(int count);

    @Message
    String trainer_line(int line);

    @Message
    String trainer_unsupported();

    @Message
    String trainer_back();

    @Message
    String trainer_points_short();

    @Message
    String trainer_gift_missing();

    @Message
    String trainer_gift_too_big();

    @Message
    String quiz_login_again();

    @Message
    String quiz_press_again();

    @Message
    String nav_cohorts();

    @Message
    String flash_cohort_created();

    @Message
    String flash_roster_imported();

    @Message
    String flash_membership_changed();

    @Message
    String cohort_list_title();

    @Message
    String cohort_template_xlsx();

    @Message
    String cohort_template_csv();

    @Message
    String cohort_none();

    @Message
    String cohort_col_code();

    @Message
    String cohort_col_name();

    @Message
    String cohort_col_programme();

    @Message
    String cohort_col_partner();

    @Message
    String cohort_col_active();

    @Message
    String cohort_col_position();

    @Message
    String cohort_col_row();

    @Message
    String cohort_col_problem();

    @Message
    String cohort_new_title();

    @Message
    String cohort_field_code();

    @Message
    String cohort_field_code_hint();

    @Message
    String cohort_field_name();

    @Message
    String cohort_field_year();

    @Message
    String cohort_field_partner();

    @Message
    String cohort_field_partner_hint();

    @Message
    String cohort_field_starts();

    @Message
    String cohort_field_ends();

    @Message
    String cohort_create();

    @Message
    String cohort_active_count(long count);

    @Message
    String cohort_groups_title();

    @Message
    String cohort_by_echelon();

    @Message
    String cohort_by_class();

    @Message
    String cohort_by_opd();

    @Message
    String cohort_participants(long count);

    @Message
    String cohort_search();

    @Message
    String cohort_all();

    @Message
    String cohort_status_active();

    @Message
    String cohort_status_suspended();

    @Message
    String cohort_filter();

    @Message
    String cohort_filter_reset();

    @Message
    String cohort_not_signed_in();

    @Message
    String cohort_echelon(String echelon);

    @Message
    String cohort_reactivate();

    @Message
    String cohort_suspend();

    @Message
    String cohort_import_title();

    @Message
    String cohort_import_explain();

    @Message
    String cohort_import_file();

    @Message
    String cohort_import_counts(int read, int created, int updated, int unchanged, int rejected);

    @Message
    String cohort_report_download();

    @Message
    String cohort_preview_title(String file);

    @Message
    String cohort_file_refused();

    @Message
    String cohort_rejected_rows(int count);

    @Message
    String cohort_changed_rows(int count);

    @Message
    String cohort_all_or_nothing();

    @Message
    String cohort_valid_only(int count);

    @Message
    String cohort_import_confirm();

    @Message
    String cohort_back();

    @Message
    String cohort_file_missing();

    @Message
    String cohort_kept_rows(int count);

    @Message
    String cohort_kept_explain();

    @Message
    String dashboard_cohort_title();

    @Message
    String dashboard_cohort_line(String cohort, String programme, String path);

    @Message
    String flash_opd_saved();

    @Message
    String opd_title();

    @Message
    String opd_explain();

    @Message
    String opd_form_title();

    @Message
    String opd_code();

    @Message
    String opd_name();

    @Message
    String opd_aliases();

    @Message
    String opd_aliases_hint();

    @Message
    String opd_retire();

    @Message
    String opd_save();

    @Message
    String opd_retired();

    @Message
    String opd_edited();

    @Message
    String admin_opd_link();

    @Message
    String cohort_field_partner_org();

    @Message
    String cohort_for_partner(String name);

    @Message
    String cohort_no_partner();

    @Message
    String dashboard_path_to_start(int count);

    @Message
    String dashboard_path_start();

    @Message
    String status_not_done();

    @Message
    String flash_roster_imported_counts(int created, int updated, int unchanged, int skipped);

    @Message
    String offline_title();

    @Message
    String offline_text();

    @Message
    String offline_saved_copy();

    @Message
    String offline_save_button();

    @Message
    String offline_saving();

    @Message
    String offline_saved();

    @Message
    String offline_save_failed();
}
