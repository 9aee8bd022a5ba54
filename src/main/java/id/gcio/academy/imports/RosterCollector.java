package id.gcio.academy.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the rows a reader produces into a {@link RosterTable}: finds the header row, maps columns, skips blank rows
 * and stops at the row limit. Shared by the CSV and XLSX readers, which feed it one row at a time.
 *
 * <p>The header row is the first of the first {@value #HEADER_SEARCH_ROWS} rows that names NIP and at least one other
 * known column. If none names NIP, the first row naming two known columns is taken, so the user is told which
 * required column is missing rather than that no header was found. A data row counts as blank when all its
 * recognised columns are empty, so a template's pre-numbered "No." column does not make empty rows.
 */
final class RosterCollector {

    static final int HEADER_SEARCH_ROWS = 20;
    static final int MAX_COLUMNS = 256;
    /** Columns whose values repeat from row to row; their strings are shared to keep large files small in memory. */
    private static final Set<Column> REPEATING = EnumSet.of(Column.POSITION, Column.ECHELON, Column.OPD,
            Column.EMPLOYMENT_TYPE);
    private static final int MAX_SHARED_VALUES = 10_000;

    private record RawRow(int rowNumber, List<String> cells, Map<Integer, Double> numbers) {
    }

    private final String format;
    private final int maxRows;
    private final List<FileProblem> problems = new ArrayList<>();
    private final List<RawRow> beforeHeader = new ArrayList<>();
    private final List<RosterLine> lines = new ArrayList<>();
    private List<String> headers;
    private Map<Integer, Column> columnAt;
    private Map<Column, String> columns;
    private final Map<String, String> sharedValues = new HashMap<>();
    private boolean sawAnyRow;
    private boolean stopped;

    RosterCollector(String format, int maxRows) {
        this.format = format;
        this.maxRows = maxRows;
    }

    void problem(FileProblem problem) {
        problems.add(problem);
    }

    /**
     * Takes one row; {@code numbers} holds the raw value of cells stored as numbers, by column index. Returns
     * {@code false} when reading should stop (no header, a missing column, too many rows).
     */
    boolean row(int rowNumber, List<String> cells, Map<Integer, Double> numbers) {
        if (stopped) {
            return false;
        }
        if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
            sawAnyRow = true;
        }
        if (headers != null) {
            return data(rowNumber, cells, numbers);
        }
        if (rowNumber <= HEADER_SEARCH_ROWS) {
            if (namesNipAndAnother(cells)) {
                useHeader(cells);
                beforeHeader.clear();
                return !stopped;
            }
            beforeHeader.add(new RawRow(rowNumber, cells, numbers));
            return true;
        }
        settleHeader();
        return !stopped && data(rowNumber, cells, numbers);
    }

    RosterTable finish() {
        if (headers == null && !stopped) {
            settleHeader();
        }
        if (headers == null && !sawAnyRow) {
            return RosterTable.refused(format, FileProblem.error(FileProblem.EMPTY_FILE,
                    "File tidak berisi data. Periksa bahwa daftar peserta ada di sheet pertama.").as("file_no_data"));
        }
        if (headers != null && lines.isEmpty() && problems.stream().noneMatch(FileProblem::blocking)) {
            problems.add(FileProblem.error(FileProblem.NO_DATA_ROWS,
                    "File hanya berisi baris judul kolom, tanpa data peserta.").as("file_no_data_rows"));
        }
        boolean blocked = problems.stream().anyMatch(FileProblem::blocking);
        return new RosterTable(format, headers == null ? List.of() : headers, columns == null ? Map.of() : columns,
                blocked ? List.of() : lines, problems);
    }

    /** No row in the search window named NIP: fall back to the first naming two known columns, or give up. */
    private void settleHeader() {
        for (int i = 0; i < beforeHeader.size(); i++) {
            RawRow candidate = beforeHeader.get(i);
            if (known(candidate.cells()).size() >= 2) {
                useHeader(candidate.cells());
                for (RawRow later : beforeHeader.subList(i + 1, beforeHeader.size())) {
                    if (!stopped) {
                        data(later.rowNumber(), later.cells(), later.numbers());
                    }
                }
                beforeHeader.clear();
                return;
            }
        }
        beforeHeader.clear();
        if (sawAnyRow) {
            problems.add(FileProblem.error(FileProblem.NO_HEADER_ROW, "Baris judul kolom tidak ditemukan di "
                    + HEADER_SEARCH_ROWS + " baris pertama. Baris judul harus memuat kolom NIP, Nama, OPD dan Eselon "
                    + "(mis. \"NIP\", \"Nama Lengkap\", \"Unit Kerja\", \"Eselon\").")
                    .as("file_no_header_row", HEADER_SEARCH_ROWS));
        }
        stopped = true;
    }

    private static boolean namesNipAndAnother(List<String> cells) {
        Map<Column, String> known = known(cells);
        return known.containsKey(Column.NIP) && known.size() >= 2;
    }

    private static Map<Column, String> known(List<String> cells) {
        Map<Column, String> found = new EnumMap<>(Column.class);
        for (String cell : cells) {
            Column.fromHeader(cell).ifPresent(c -> found.putIfAbsent(c, cell.strip()));
        }
        return found;
    }

    private void useHeader(List<String> cells) {
        List<String> written = new ArrayList<>(cells.stream().map(c -> c == null ? "" : c.strip()).toList());
        while (!written.isEmpty() && written.get(written.size() - 1).isEmpty()) {
            written.remove(written.size() - 1);
        }
        headers = List.copyOf(written);
        columnAt = new HashMap<>();
        Map<Column, String> mapped = new EnumMap<>(Column.class);
        Map<Column, List<String>> duplicates = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isEmpty()) {
                continue;
            }
            var column = Column.fromHeader(header);
            if (column.isEmpty()) {
                unknown.add(header);
            } else if (mapped.containsKey(column.get())) {
                duplicates.computeIfAbsent(column.get(), c -> new ArrayList<>()).add(header);
            } else {
                mapped.put(column.get(), header);
                columnAt.put(i, column.get());
            }
        }
        columns = Map.copyOf(mapped);
        if (!unknown.isEmpty()) {
            problems.add(FileProblem.info(FileProblem.UNKNOWN_COLUMN, "Kolom berikut tidak dikenali dan diabaikan: "
                    + quoted(unknown) + ".")
                    .as("file_unknown_columns", quoted(unknown)));
        }
        duplicates.forEach((column, extra) -> problems.add(FileProblem.info(FileProblem.DUPLICATE_COLUMN,
                "Kolom " + quoted(extra)
                        + " diabaikan karena kolom \"" + mapped.get(column) + "\" sudah dibaca sebagai "
                        + column.label() + ".").as("file_duplicate_column",
                        quoted(extra), mapped.get(column), column.name())));
        for (Column column : Column.values()) {
            if (column.required() && !mapped.containsKey(column)) {
                problems.add(FileProblem.error(FileProblem.MISSING_COLUMN, "Kolom " + column.label()
                        + " tidak ditemukan di baris judul. Tambahkan kolom \"" + column.label() + "\".")
                        .as("file_missing_column", column.name()));
                stopped = true;
            }
        }
    }

    private String shared(String value) {
        String known = sharedValues.get(value);
        if (known != null) {
            return known;
        }
        if (sharedValues.size() < MAX_SHARED_VALUES) {
            sharedValues.put(value, value);
        }
        return value;
    }

    private boolean data(int rowNumber, List<String> cells, Map<Integer, Double> numbers) {
        Map<Column, String> text = new EnumMap<>(Column.class);
        Map<Column, Double> raw = Map.of();
        for (int i = 0; i < cells.size(); i++) {
            Column column = columnAt.get(i);
            String cell = cells.get(i);
            if (column == null || cell == null || cell.isBlank()) {
                continue;
            }
            text.put(column, REPEATING.contains(column) ? shared(cell) : cell);
            Double number = numbers.get(i);
            if (number != null) {
                if (raw.isEmpty()) {
                    raw = new EnumMap<>(Column.class);
                }
                raw.put(column, number);
            }
        }
        if (text.isEmpty()) {
            return true;
        }
        if (lines.size() >= maxRows) {
            problems.add(FileProblem.error(FileProblem.TOO_MANY_ROWS, "File berisi lebih dari "
                    + String.format(Locale.ROOT, "%,d", maxRows).replace(',', '.')
                    + " baris peserta. Bagi daftar menjadi beberapa file.").as("file_too_many_rows", maxRows));
            stopped = true;
            return false;
        }
        lines.add(new RosterLine(rowNumber, text, raw, columns));
        return true;
    }

    private static String quoted(java.util.Collection<String> headers) {
        return headers.stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
    }
}
