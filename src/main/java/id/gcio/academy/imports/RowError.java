package id.gcio.academy.imports;

/** Why a roster row cannot be imported, for one column; {@code message} is shown to the user (Bahasa Indonesia). */
public record RowError(int rowNumber, Column column, String code, String message) {
}
