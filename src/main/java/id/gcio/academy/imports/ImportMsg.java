package id.gcio.academy.imports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.List;

/**
 * UI texts of roster imports and cohort exports ({@code im:} in templates), in {@code messages/im.properties} (Bahasa
 * Indonesia) and {@code messages/im_en.properties}: row outcomes, the preview's lists, report and export headers, the
 * suspension confirmation, the English explanation of each row error code and of each file problem
 * ({@link FileProblem#text}), and why a commit was refused.
 */
@MessageBundle(value = "im", locale = "id")
public interface ImportMsg {

    @Message
    String outcome_created();

    @Message
    String outcome_updated();

    @Message
    String outcome_unchanged();

    @Message
    String outcome_rejected();

    @Message
    String col_name();

    @Message
    String col_outcome();

    @Message
    String col_column();

    @Message
    String col_code();

    @Message
    String col_details();

    @Message
    String created_rows(int count);

    @Message
    String unchanged_rows(int count);

    @Message
    String more_rows(int count);

    @Message
    String no_echelon();

    @Message
    String column_nip();

    @Message
    String column_name();

    @Message
    String column_email();

    @Message
    String column_phone();

    @Message
    String column_position();

    @Message
    String column_echelon();

    @Message
    String column_opd();

    @Message
    String column_employment_type();

    @Message
    String export_email();

    @Message
    String export_phone();

    @Message
    String export_echelon();

    @Message
    String export_position_class();

    @Message
    String export_status();

    @Message
    String export_signed_in();

    @Message
    String export_yes();

    @Message
    String export_not_yet();

    @Message
    String status_active();

    @Message
    String status_suspended();

    @Message
    String status_completed();

    @Message
    String suspend_title();

    @Message
    String suspend_question(String name, String nip, String cohort);

    @Message
    String suspend_explain();

    @Message
    String suspend_confirm();

    @Message
    String suspend_cancel();

    @Message
    String error_nip_required();

    @Message
    String error_nip_not_digits();

    @Message
    String error_nip_as_number();

    @Message
    String error_nip_digits_lost();

    @Message
    String error_nip_length();

    @Message
    String error_nip_structure();

    @Message
    String error_nip_duplicate_in_file();

    @Message
    String error_name_required();

    @Message
    String error_name_invisible();

    @Message
    String error_name_too_long();

    @Message
    String error_name_mismatch();

    @Message
    String error_email_invalid();

    @Message
    String error_phone_invalid();

    @Message
    String error_position_too_long();

    @Message
    String error_echelon_required();

    @Message
    String error_echelon_unknown();

    @Message
    String error_no_path();

    @Message
    String error_opd_required();

    @Message
    String error_opd_unknown();

    @Message
    String error_employment_type_unknown();

    @Message
    String error_opd_did_you_mean(List<String> options);

    @Message
    String opd_list_title(int count);

    @Message
    String opd_list_explain();

    @Message
    String file_empty();

    @Message
    String file_no_data();

    @Message
    String file_too_large(String size, String limit);

    @Message
    String file_html();

    @Message
    String file_ods(String name);

    @Message
    String file_xls(String name);

    @Message
    String file_pdf(String name);

    @Message
    String file_not_spreadsheet();

    @Message
    String file_encoding_fallback();

    @Message
    String file_csv_too_wide(String row, String max);

    @Message
    String file_csv_unreadable();

    @Message
    String file_xlsx_too_much_text();

    @Message
    String file_xlsx_too_complex();

    @Message
    String file_xlsx_unreadable();

    @Message
    String file_no_data_rows();

    @Message
    String file_no_header_row(String rows);

    @Message
    String file_unknown_columns(String columns);

    @Message
    String file_duplicate_column(String extra, String header, String column);

    @Message
    String file_missing_column(String column);

    @Message
    String file_too_many_rows(String max);

    @Message
    String refused_file(String problem);

    @Message
    String refused_rejected(int count);

    @Message
    String refused_no_valid_rows();

    @Message
    String note_existing_kept();

    @Message
    String change_path();
}
