package id.gcio.academy.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.gcio.academy.imports.OpdSuggester.Suggestion;
import java.util.List;

/**
 * Why a roster row cannot be imported, for one column; {@code message} is shown to the user (Bahasa Indonesia). Codes:
 * {@code NIP_REQUIRED}, {@code NIP_NOT_DIGITS}, {@code NIP_AS_NUMBER}, {@code NIP_DIGITS_LOST}, {@code NIP_LENGTH},
 * {@code NIP_} + a {@link id.gcio.academy.identity.Nip.Problem} name (PNS structure), {@code NIP_DUPLICATE_IN_FILE},
 * {@code NAME_REQUIRED}, {@code NAME_TOO_LONG}, {@code EMAIL_INVALID}, {@code PHONE_INVALID},
 * {@code POSITION_TOO_LONG}, {@code ECHELON_REQUIRED}, {@code ECHELON_UNKNOWN}, {@code OPD_REQUIRED},
 * {@code OPD_UNKNOWN}, {@code EMPLOYMENT_TYPE_UNKNOWN}. {@code suggestions}: for {@code OPD_UNKNOWN}, the OPDs of the
 * reference list the value probably meant (the message names them too); never applied by the import.
 */
public record RowError(int rowNumber, Column column, String code, String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Suggestion> suggestions) {

    public RowError(int rowNumber, Column column, String code, String message) {
        this(rowNumber, column, code, message, List.of());
    }

    public RowError {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
