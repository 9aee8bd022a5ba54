package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class RosterFileLimitsTest {

    private static final String HEADER = "NIP;Nama;OPD;Eselon\r\n";

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("198609262015051").append(String.format("%03d", i + 1)).append(";Peserta ").append(i)
                    .append(";BKD;III.a\r\n");
        }
        return csv.toString();
    }

    private static List<String> codes(RosterTable table) {
        return table.problems().stream().map(FileProblem::code).toList();
    }

    @Test
    void refusesAFileAboveTheByteLimitBeforeParsing() {
        byte[] bytes = rows(10).getBytes(StandardCharsets.UTF_8);

        RosterTable table = RosterFile.read(bytes, "peserta.csv", new RosterFile.Limits(100, 100));

        assertEquals(List.of(FileProblem.FILE_TOO_LARGE), codes(table));
        assertTrue(table.problems().get(0).message().contains("MB"), table.problems().get(0).message());
    }

    @Test
    void acceptsExactlyTheRowLimit() {
        RosterTable table = RosterFile.read(rows(3).getBytes(StandardCharsets.UTF_8), "peserta.csv",
                new RosterFile.Limits(1_000_000, 3));

        assertEquals(List.of(), codes(table));
        assertEquals(3, table.lines().size());
    }

    @Test
    void stopsReadingACsvAboveTheRowLimit() {
        RosterTable table = RosterFile.read(rows(4).getBytes(StandardCharsets.UTF_8), "peserta.csv",
                new RosterFile.Limits(1_000_000, 3));

        assertEquals(List.of(FileProblem.TOO_MANY_ROWS), codes(table));
        assertEquals(List.of(), table.lines());
    }

    @Test
    void stopsReadingAnXlsxAboveTheRowLimit() {
        Object[][] rows = new Object[6][];
        rows[0] = new Object[] {"NIP", "Nama", "OPD", "Eselon"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"19860926201505100" + i, "Peserta " + i, "BKD", "III.a"};
        }

        RosterTable table = RosterFile.read(XlsxFixture.sheet(rows), "peserta.xlsx",
                new RosterFile.Limits(1_000_000, 3));

        assertEquals(List.of(FileProblem.TOO_MANY_ROWS), codes(table));
    }

    /** A valid header and row, then {@code rows} rows of {@code perRow} distinct strings in unnamed columns. */
    private static byte[] xlsxWithDistinctStrings(int rows, int perRow) {
        Object[][] sheet = new Object[2 + rows][];
        sheet[0] = new Object[] {"NIP", "Nama", "OPD", "Eselon"};
        sheet[1] = new Object[] {"198609262015051001", "Peserta", "BKD", "III.a"};
        for (int r = 0; r < rows; r++) {
            Object[] cells = new Object[4 + perRow];
            for (int c = 0; c < perRow; c++) {
                cells[4 + c] = "t" + r + "-" + c;
            }
            sheet[2 + r] = cells;
        }
        return XlsxFixture.sheet(sheet);
    }

    @Test
    void refusesAnXlsxWithMoreSharedStringsThanItsRowLimitCanUse() {
        // row limit 10: (10 + 21) × 16 = 496 shared strings at most; the file has 3 × 200 + 8
        byte[] xlsx = xlsxWithDistinctStrings(3, 200);

        RosterTable table = RosterFile.read(xlsx, "peserta.xlsx", new RosterFile.Limits(1_000_000, 10));

        assertEquals(List.of(FileProblem.FILE_TOO_COMPLEX), codes(table));
        assertTrue(table.problems().get(0).message().contains("CSV"), table.problems().get(0).message());
        assertEquals(List.of(), codes(RosterFile.read(xlsx, "peserta.xlsx", new RosterFile.Limits(1_000_000, 100))));
    }

    @Test
    void refusesAnXlsxWithMoreSharedTextThanItsRowLimitCanUse() {
        // row limit 10: (10 + 21) × 512 = 15,872 characters at most
        byte[] xlsx = XlsxFixture.sheet(new Object[] {"NIP", "Nama", "OPD", "Eselon"},
                new Object[] {"198609262015051001", "Peserta", "BKD", "III.a", "x".repeat(16_000)});

        RosterTable table = RosterFile.read(xlsx, "peserta.xlsx", new RosterFile.Limits(1_000_000, 10));

        assertEquals(List.of(FileProblem.FILE_TOO_COMPLEX), codes(table));
        assertEquals(List.of(), codes(RosterFile.read(xlsx, "peserta.xlsx", new RosterFile.Limits(1_000_000, 100))));
    }

    @Test
    void refusesACsvRecordWithMoreThanTheMaximumFields() {
        String csv = rows(2) + "198609262015051009;Lebar;BKD;III.a" + ";".repeat(CsvRosterReader.MAX_FIELDS) + "\r\n";

        RosterTable table = RosterFile.read(csv.getBytes(StandardCharsets.UTF_8), "peserta.csv", RosterFile.Limits.DEFAULT);

        assertEquals(List.of(FileProblem.FILE_TOO_COMPLEX), codes(table));
        assertTrue(table.problems().get(0).message().contains("Baris 4"), table.problems().get(0).message());
    }

    @Test
    void countsTheFieldsOfARecordAcrossQuotedLineBreaks() {
        // each physical line has few delimiters, but they all belong to one record
        String wide = ("\"a\nb\"" + ";".repeat(300)).repeat(4);
        String csv = rows(1) + "198609262015051009;Lebar;BKD;III.a;" + wide + "\r\n";

        assertEquals(List.of(FileProblem.FILE_TOO_COMPLEX),
                codes(RosterFile.read(csv.getBytes(StandardCharsets.UTF_8), "peserta.csv", RosterFile.Limits.DEFAULT)));
    }

    @Test
    void acceptsManyDelimitersInsideAQuotedCellAndAtTheFieldLimit() {
        String csv = rows(1) + "198609262015051009;\"Nama;" + ";".repeat(3000) + "\";BKD;III.a\r\n"
                + "198609262015051010;Lebar;BKD;III.a" + ";".repeat(CsvRosterReader.MAX_FIELDS - 4) + "\r\n";

        RosterTable table = RosterFile.read(csv.getBytes(StandardCharsets.UTF_8), "peserta.csv", RosterFile.Limits.DEFAULT);

        assertEquals(List.of(), codes(table));
        assertEquals(3, table.lines().size());
    }

    @Test
    void refusesAZipBombXlsxCleanly() throws IOException {
        byte[] bomb = withHugeSheet(XlsxFixture.sheet(new Object[] {"NIP", "Nama", "OPD", "Eselon"}), 64);
        assertTrue(bomb.length < 256 * 1024, "the bomb is small: " + bomb.length);

        RosterTable table = RosterFile.read(bomb, "peserta.xlsx", RosterFile.Limits.DEFAULT);

        assertEquals(List.of(FileProblem.FILE_TOO_COMPLEX), codes(table));
    }

    /** The same workbook with its sheet replaced by a valid sheet padded with {@code megabytes} of spaces. */
    private static byte[] withHugeSheet(byte[] xlsx, int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                            + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
