package id.gcio.academy.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI texts. The texts live in {@code messages/msg.properties} (Bahasa Indonesia, the default) and
 * {@code messages/msg_en.properties}; this interface only names them so templates are checked at build time.
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
    String error_generic_title();

    @Message
    String error_generic_detail();
}
