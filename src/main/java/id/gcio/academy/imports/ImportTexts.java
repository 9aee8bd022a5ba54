package id.gcio.academy.imports;

import id.gcio.academy.imports.RosterImportService.ImportRefused;
import id.gcio.academy.imports.RosterImportService.ImportReport;
import id.gcio.academy.imports.RosterImportService.Mode;
import id.gcio.academy.imports.RosterImportService.Outcome;
import id.gcio.academy.imports.RosterImportService.RowReport;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * Import words in the page's language: row outcomes, column names, row errors, file problems, changes, notes and
 * refusals. A row error is stored with its code
 * and an Indonesian message naming the cell's value; in English the code's explanation is shown instead (so stored
 * reports of earlier imports read in English too), in Bahasa Indonesia the stored message.
 */
@Named("importTexts")
@RequestScoped
public class ImportTexts {

    @Inject
    Ui ui;

    public ImportMsg msg() {
        return MessageBundles.get(ImportMsg.class, Localized.Literal.of(ui.lang()));
    }

    public String outcome(Outcome outcome) {
        ImportMsg m = msg();
        return switch (outcome) {
            case CREATED -> m.outcome_created();
            case UPDATED -> m.outcome_updated();
            case UNCHANGED -> m.outcome_unchanged();
            case REJECTED -> m.outcome_rejected();
        };
    }

    public String column(Column column) {
        if (column == null) {
            return "";
        }
        ImportMsg m = msg();
        return switch (column) {
            case NIP -> m.column_nip();
            case NAME -> m.column_name();
            case EMAIL -> m.column_email();
            case PHONE -> m.column_phone();
            case POSITION -> m.column_position();
            case ECHELON -> m.column_echelon();
            case OPD -> m.column_opd();
            case EMPLOYMENT_TYPE -> m.column_employment_type();
        };
    }

    /** The error as the page shows it: "Column: explanation" unless the message already names its column. */
    public String error(RowError e) {
        String text = explanation(e);
        return e.column() == null || text.startsWith("Kolom ") ? text : column(e.column()) + ": " + text;
    }

    /** The error's text without its column: the English explanation in English, otherwise the stored message. */
    public String explanation(RowError e) {
        String text = ui.english() ? english(e.code()) : null;
        if (text != null && e.suggestions() != null && !e.suggestions().isEmpty()) {
            text += " " + msg().error_opd_did_you_mean(e.suggestions().stream()
                    .map(s -> s.name() + " (" + s.code() + ")").toList());
        }
        return text != null ? text : e.message() == null ? e.code() : e.message();
    }

    /** A file problem in the page's language: in English its im bundle message, otherwise the stored message. */
    public String fileProblem(FileProblem p) {
        String text = ui.english() && p.text() != null ? englishFileProblem(p.text(), p.args()) : null;
        return text != null ? text : p.message();
    }

    private String englishFileProblem(String text, List<String> a) {
        ImportMsg m = msg();
        try {
            return switch (text) {
                case "file_empty" -> m.file_empty();
                case "file_no_data" -> m.file_no_data();
                case "file_too_large" -> m.file_too_large(megabytes(a.get(0)), megabytes(a.get(1)));
                case "file_html" -> m.file_html();
                case "file_ods" -> m.file_ods(a.get(0));
                case "file_xls" -> m.file_xls(a.get(0));
                case "file_pdf" -> m.file_pdf(a.get(0));
                case "file_not_spreadsheet" -> m.file_not_spreadsheet();
                case "file_encoding_fallback" -> m.file_encoding_fallback();
                case "file_csv_too_wide" -> m.file_csv_too_wide(a.get(0), number(a.get(1)));
                case "file_csv_unreadable" -> m.file_csv_unreadable();
                case "file_xlsx_too_much_text" -> m.file_xlsx_too_much_text();
                case "file_xlsx_too_complex" -> m.file_xlsx_too_complex();
                case "file_xlsx_unreadable" -> m.file_xlsx_unreadable();
                case "file_no_data_rows" -> m.file_no_data_rows();
                case "file_no_header_row" -> m.file_no_header_row(a.get(0));
                case "file_unknown_columns" -> m.file_unknown_columns(a.get(0));
                case "file_duplicate_column" ->
                    m.file_duplicate_column(a.get(0), a.get(1), column(Column.valueOf(a.get(2))));
                case "file_missing_column" -> m.file_missing_column(column(Column.valueOf(a.get(0))));
                case "file_too_many_rows" -> m.file_too_many_rows(number(a.get(0)));
                default -> null;
            };
        } catch (RuntimeException e) {
            return null; // arguments not as expected: the stored message is still right
        }
    }

    private static String megabytes(String bytes) {
        return String.format(Locale.ROOT, "%.1f MB", Long.parseLong(bytes) / (1024.0 * 1024.0));
    }

    private static String number(String n) {
        return String.format(Locale.ROOT, "%,d", Long.parseLong(n));
    }

    /** Why a commit was refused, in the page's language (the exception's message is Bahasa Indonesia). */
    public String refusal(ImportRefused e) {
        if (!ui.english()) {
            return e.getMessage();
        }
        ImportReport r = e.report();
        ImportMsg m = msg();
        if (!r.fileOk()) {
            return m.refused_file(r.fileProblems().stream().filter(FileProblem::blocking).findFirst()
                    .map(this::fileProblem).orElse(""));
        }
        return r.mode() == Mode.ALL_OR_NOTHING && r.rejected() > 0 ? m.refused_rejected(r.rejected())
                : m.refused_no_valid_rows();
    }

    /** The note of a row joining the cohort with the stored participant's data kept, in the page's language. */
    public String note(RowReport row) {
        return row.note() == null ? "" : ui.english() ? msg().note_existing_kept() : row.note();
    }

    /**
     * A change as "Field: before → after" with the field named in the page's language; the service records it as
     * {@code nama: before → after} (the API's form).
     */
    public String change(String change) {
        int colon = change.indexOf(": ");
        String field = colon < 0 ? change : change.substring(0, colon);
        ImportMsg m = msg();
        String label = switch (field) {
            case "nama" -> m.column_name();
            case "email" -> m.column_email();
            case "no_hp" -> m.column_phone();
            case "opd" -> m.column_opd();
            case "jabatan" -> m.column_position();
            case "eselon" -> m.column_echelon();
            case "kelas_jabatan" -> m.export_position_class();
            case "status_kepegawaian" -> m.column_employment_type();
            case "jalur_belajar" -> m.change_path();
            default -> null;
        };
        return label == null ? change : label + change.substring(field.length());
    }

    /** The English explanation of an error code, or null for a code without one. */
    String english(String code) {
        if (code == null) {
            return null;
        }
        ImportMsg m = msg();
        return switch (code) {
            case "NIP_REQUIRED" -> m.error_nip_required();
            case "NIP_NOT_DIGITS" -> m.error_nip_not_digits();
            case "NIP_AS_NUMBER" -> m.error_nip_as_number();
            case "NIP_DIGITS_LOST" -> m.error_nip_digits_lost();
            case "NIP_LENGTH", "NIP_WRONG_LENGTH" -> m.error_nip_length();
            case RosterRowValidator.NIP_DUPLICATE_IN_FILE -> m.error_nip_duplicate_in_file();
            case "NAME_REQUIRED" -> m.error_name_required();
            case "NAME_INVISIBLE" -> m.error_name_invisible();
            case "NAME_TOO_LONG" -> m.error_name_too_long();
            case "NAME_MISMATCH" -> m.error_name_mismatch();
            case "EMAIL_INVALID" -> m.error_email_invalid();
            case "PHONE_INVALID" -> m.error_phone_invalid();
            case "POSITION_TOO_LONG" -> m.error_position_too_long();
            case "ECHELON_REQUIRED" -> m.error_echelon_required();
            case "ECHELON_UNKNOWN" -> m.error_echelon_unknown();
            case "NO_PATH" -> m.error_no_path();
            case "OPD_REQUIRED" -> m.error_opd_required();
            case "OPD_UNKNOWN" -> m.error_opd_unknown();
            case "EMPLOYMENT_TYPE_UNKNOWN" -> m.error_employment_type_unknown();
            default -> code.startsWith("NIP_") ? m.error_nip_structure() : null;
        };
    }
}
