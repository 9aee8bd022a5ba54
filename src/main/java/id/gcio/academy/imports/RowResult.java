package id.gcio.academy.imports;

import java.util.List;

/**
 * The outcome for one roster row: its normalised NIP when the NIP itself is valid (even if other cells are not, so
 * duplicates can be found in one pass), the draft when the whole row is valid, otherwise the errors.
 */
public record RowResult(int rowNumber, String nip, ParticipantDraft draft, List<RowError> errors) {

    public RowResult {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
