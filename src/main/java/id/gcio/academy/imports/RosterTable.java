package id.gcio.academy.imports;

import java.util.List;
import java.util.Map;

/**
 * A roster file read into raw cells: its format ({@code "csv"} or {@code "xlsx"}, {@code null} when the file was
 * refused before reading), the header row as written, the columns it recognised (each mapped to its header as
 * written), the non-blank data lines and the problems found. When any problem is blocking, {@code lines} is empty.
 */
public record RosterTable(String format, List<String> headers, Map<Column, String> columns, List<RosterLine> lines,
        List<FileProblem> problems) {

    public static final String CSV = "csv";
    public static final String XLSX = "xlsx";

    public RosterTable {
        headers = List.copyOf(headers);
        columns = Map.copyOf(columns);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** True when no problem blocks the import. */
    public boolean readable() {
        return problems.stream().noneMatch(FileProblem::blocking);
    }

    static RosterTable refused(String format, FileProblem problem) {
        return new RosterTable(format, List.of(), Map.of(), List.of(), List.of(problem));
    }
}
