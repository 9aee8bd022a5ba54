package id.gcio.academy.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.reporting.TableExport.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static Table table(List<String> headers, Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(Arrays.asList(r));
        }
        return new Table(headers, list);
    }

    private static Table oneColumn(Object... cells) {
        return table(List.of("Nilai"), Arrays.stream(cells).map(c -> new Object[] {c}).toArray(Object[][]::new));
    }

    private static byte[] csvBytes(Table t) throws IOException {
        var out = new ByteArrayOutputStream();
        TableExport.writeCsv(t, out);
        return out.toByteArray();
    }

    private static String csv(Table t) throws IOException {
        byte[] bytes = csvBytes(t);
        return new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
    }

    /** The data lines of a one-column CSV, header dropped. */
    private static List<String> csvCells(Object... cells) throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(csv(oneColumn(cells)).split("\r\n")));
        return lines.subList(1, lines.size());
    }

    private static XSSFWorkbook xlsx(Table t, String sheetName) throws IOException {
        var out = new ByteArrayOutputStream();
        TableExport.writeXlsx(t, sheetName, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void csvStartsWithUtf8ByteOrderMark() throws IOException {
        byte[] bytes = csvBytes(oneColumn("a"));
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
    }

    @Test
    void csvEndsRecordsWithCrlfAndQuotesCommasQuotesAndNewlines() throws IOException {
        String text = csv(table(List.of("Nama", "Catatan"),
                new Object[] {"Budi, S.Kom", "kata \"bagus\""},
                new Object[] {"Siti", "baris satu\nbaris dua"}));
        assertEquals("Nama,Catatan\r\n"
                + "\"Budi, S.Kom\",\"kata \"\"bagus\"\"\"\r\n"
                + "Siti,\"baris satu\nbaris dua\"\r\n", text);
    }

    @Test
    void neutralisesLeadingEquals() throws IOException {
        assertEquals(List.of("'=HYPERLINK(\"http://evil\",\"klik\")", "'=1+2"),
                csvCells("=HYPERLINK(\"http://evil\",\"klik\")", "=1+2").stream().map(TableExportTest::unquote).toList());
    }

    @Test
    void neutralisesLeadingPlus() throws IOException {
        assertEquals(List.of("'+62 812 0000", "'+cmd|' /C calc'!A0"), csvCells("+62 812 0000", "+cmd|' /C calc'!A0"));
    }

    @Test
    void neutralisesLeadingMinusInText() throws IOException {
        assertEquals(List.of("'-5", "'-2+3"), csvCells("-5", "-2+3"));
    }

    @Test
    void neutralisesLeadingAt() throws IOException {
        assertEquals(List.of("'@SUM(A1:A9)"), csvCells("@SUM(A1:A9)"));
    }

    @Test
    void neutralisesLeadingTabAndCarriageReturn() {
        assertEquals("'\t=1+1", TableExport.neutralise("\t=1+1"));
        assertEquals("'\r=1+1", TableExport.neutralise("\r=1+1"));
    }

    @Test
    void neutralisesFullWidthFormulaCharacters() {
        for (String s : List.of("＝1+1", "＋1", "－1", "＠SUM(A1)")) {
            assertEquals("'" + s, TableExport.neutralise(s));
        }
    }

    @Test
    void neutralisesFormulaHiddenBehindLeadingSpaces() {
        assertEquals("'  =1+1", TableExport.neutralise("  =1+1"));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        for (String s : List.of("", "Budi", "a=b", "nilai -5", "email@opd.go.id", "'sudah dikutip", "5")) {
            assertEquals(s, TableExport.neutralise(s));
        }
        assertNull(TableExport.neutralise(null));
    }

    @Test
    void neverNeutralisesRealNumbers() throws IOException {
        assertEquals(List.of("-1.5", "-3", "-7", "75", "0.00001", "2.50", "1234567890123456789"),
                csvCells(-1.5, -3, -7L, 75.0, 1e-5, new BigDecimal("2.50"), 1234567890123456789L));
    }

    @Test
    void neutralisesHeadersToo() throws IOException {
        assertTrue(csv(table(List.of("=cmd"))).startsWith("'=cmd\r\n"));
    }

    @Test
    void nullBecomesAnEmptyField() throws IOException {
        assertEquals("A,B,C\r\nx,,z\r\n", csv(table(List.of("A", "B", "C"), new Object[] {"x", null, "z"})));
    }

    @Test
    void csvWritesTimesInWitaAndDatesAsIso() throws IOException {
        assertEquals(List.of("2026-11-23 14:05:00", "2026-11-23 14:05:00", "2026-11-23", "true"),
                csvCells(Instant.parse("2026-11-23T06:05:00Z"), OffsetDateTime.parse("2026-11-23T13:05:00+07:00"),
                        LocalDate.of(2026, 11, 23), true));
    }

    @Test
    void csvKeepsNonAsciiText() throws IOException {
        assertEquals(List.of("Pelatihan café — Kalimantan Timur ✓"), csvCells("Pelatihan café — Kalimantan Timur ✓"));
    }

    @Test
    void xlsxHeaderIsBoldAndFrozen() throws IOException {
        try (XSSFWorkbook wb = xlsx(table(List.of("Nama", "Nilai"), new Object[] {"Budi", 80}), "Nilai")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Nilai", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("Nama", header.getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertTrue(sheet.getColumnWidth(0) >= 8 * 256);
        }
    }

    @Test
    void xlsxWritesNumbersBooleansAndDatesAsTypedCells() throws IOException {
        var t = table(List.of("Skor", "Lulus", "Selesai", "Tanggal"),
                new Object[] {-1.5, true, Instant.parse("2026-11-23T06:05:00Z"), LocalDate.of(2026, 11, 23)});
        try (XSSFWorkbook wb = xlsx(t, "Hasil")) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(-1.5, row.getCell(0).getNumericCellValue());
            assertEquals(CellType.BOOLEAN, row.getCell(1).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(2)));
            assertEquals(LocalDateTime.of(2026, 11, 23, 14, 5), row.getCell(2).getLocalDateTimeCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(3)));
            assertEquals(LocalDate.of(2026, 11, 23), row.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void xlsxWritesFormulaLookingTextAsQuotePrefixedStringWithoutAVisibleApostropheAndNeverAsFormula() throws IOException {
        var t = table(List.of("=Judul", "Jawaban"),
                new Object[] {"=HYPERLINK(\"http://evil\",\"klik\")", "-5"},
                new Object[] {"+6281234567890", "Budi"});
        try (XSSFWorkbook wb = xlsx(t, "Jawaban")) {
            Cell link = wb.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, link.getCellType());
            assertEquals("=HYPERLINK(\"http://evil\",\"klik\")", link.getStringCellValue());
            assertTrue(link.getCellStyle().getQuotePrefixed());
            Cell title = wb.getSheetAt(0).getRow(0).getCell(0);
            assertEquals("=Judul", title.getStringCellValue());
            assertTrue(title.getCellStyle().getQuotePrefixed());
            assertTrue(wb.getFontAt(title.getCellStyle().getFontIndex()).getBold(), "still a bold header");
            assertEquals("-5", wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
            assertEquals("+6281234567890", wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertTrue(wb.getSheetAt(0).getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
            assertFalse(wb.getSheetAt(0).getRow(2).getCell(1).getCellStyle().getQuotePrefixed(), "plain text stays plain");
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType());
                }
            }
        }
    }

    @Test
    void csvCanBeSemicolonSeparatedForIndonesianExcel() throws IOException {
        var out = new ByteArrayOutputStream();
        TableExport.writeCsv(table(List.of("Nama", "Nilai"), new Object[] {"Budi; S.Kom", "+62 812"}), out, ';');
        byte[] bytes = out.toByteArray();
        assertEquals("Nama;Nilai\r\n\"Budi; S.Kom\";'+62 812\r\n",
                new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8));
    }

    @Test
    void xlsxKeepsNonAsciiTextAndEmptyCellsForNull() throws IOException {
        try (XSSFWorkbook wb = xlsx(table(List.of("Nama", "OPD"), new Object[] {"Andi Médan Ña", null}), "Peserta")) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertEquals("Andi Médan Ña", row.getCell(0).getStringCellValue());
            assertNull(row.getCell(1));
        }
    }

    @Test
    void xlsxWritesIdentityNumbersTooLongForExcelAsText() throws IOException {
        try (XSSFWorkbook wb = xlsx(oneColumn(198703122010011004L, 123456789012345L), "NIP")) {
            Cell nip = wb.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, nip.getCellType());
            assertEquals("198703122010011004", nip.getStringCellValue());
            assertEquals(CellType.NUMERIC, wb.getSheetAt(0).getRow(2).getCell(0).getCellType());
        }
    }

    @Test
    void xlsxMakesAnInvalidSheetNameSafe() throws IOException {
        try (XSSFWorkbook wb = xlsx(oneColumn(1), "Nilai [Kuis/1]: Angkatan 2026 Kalimantan Timur")) {
            String name = wb.getSheetAt(0).getSheetName();
            assertTrue(name.length() <= 31, name);
            assertTrue(name.chars().noneMatch(c -> "[]/:*?\\".indexOf(c) >= 0), name);
        }
    }

    @Test
    void xlsxLeavesNoTemporaryFilesBehind() throws IOException {
        File poiTemp = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = countFiles(poiTemp);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new Object[] {"Peserta " + i, i});
        }
        try (XSSFWorkbook wb = xlsx(table(List.of("Nama", "No"), rows.toArray(Object[][]::new)), "Peserta")) {
            assertEquals(500, wb.getSheetAt(0).getLastRowNum());
        }
        assertEquals(before, countFiles(poiTemp));
    }

    private static int countFiles(File dir) {
        String[] names = dir.list();
        return names == null ? 0 : names.length;
    }

    private static String unquote(String csvField) {
        return csvField.startsWith("\"") ? csvField.substring(1, csvField.length() - 1).replace("\"\"", "\"") : csvField;
    }
}
