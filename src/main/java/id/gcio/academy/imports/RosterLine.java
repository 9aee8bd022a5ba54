package id.gcio.academy.imports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a roster: its number as the user sees it (spreadsheet row, or CSV record counting the header and
 * blank lines, 1-based), the text of each recognised cell, the raw value of cells an XLSX stored as numbers (so a NIP
 * typed as a number can be told apart from one typed as text), and the file's header for each column (shared by all
 * lines of a file, for messages).
 */
public record RosterLine(int rowNumber, Map<Column, String> cells, Map<Column, Double> numbers,
        Map<Column, String> headers) {

    public RosterLine {
        cells = cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(cells));
        numbers = numbers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(numbers));
        headers = Map.copyOf(headers);
    }

    /** A line with text cells only, headers as the usual labels: what a CSV or a test gives. */
    public static RosterLine of(int rowNumber, Map<Column, String> cells) {
        return new RosterLine(rowNumber, cells, Map.of(), Map.of());
    }

    /** The cell's text, {@code ""} when the column is absent. */
    public String text(Column column) {
        return cells.getOrDefault(column, "");
    }

    /** The column's header as the file wrote it, or its usual label. */
    public String header(Column column) {
        return headers.getOrDefault(column, column.label());
    }
}
