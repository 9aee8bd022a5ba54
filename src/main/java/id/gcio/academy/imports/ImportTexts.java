package id.gcio.academy.imports;

import id.gcio.academy.imports.RosterImportService.Outcome;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Import words in the page's language: row outcomes, column names and row errors. A row error is stored with its code
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
