package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterFileCsvTest {

    private static RosterTable readResource(String name) {
        try (InputStream in = RosterFileCsvTest.class.getResourceAsStream("/imports/" + name)) {
            return RosterFile.read(in.readAllBytes(), name, RosterFile.Limits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RosterTable read(String text) {
        return read(text, StandardCharsets.UTF_8);
    }

    private static RosterTable read(String text, Charset charset) {
        return RosterFile.read(text.getBytes(charset), "peserta.csv", RosterFile.Limits.DEFAULT);
    }

    private static List<String> codes(RosterTable table) {
        return table.problems().stream().map(FileProblem::code).toList();
    }

    @Test
    void readsExcelIndonesianCsvWithBomSemicolonsCrlfAndATitleRow() {
        RosterTable table = readResource("excel-id-utf8-bom-semicolon-crlf.csv");

        assertEquals("csv", table.format());
        assertTrue(table.readable(), table.problems()::toString);
        assertEquals(List.of("No.", "NIP", "Nama Lengkap dan Gelar", "Jabatan", "Eselon", "Unit Kerja", "No. HP",
                "Email"), table.headers());
        assertEquals("Nama Lengkap dan Gelar", table.columns().get(Column.NAME));
        assertEquals(List.of(4, 5, 7), table.lines().stream().map(RosterLine::rowNumber).toList());
        RosterLine first = table.lines().get(0);
        assertEquals("'198609262015051001", first.text(Column.NIP));
        assertEquals("Dr. Ir. H. Muhammad Sa'duddin, M.T.", first.text(Column.NAME));
        assertEquals("Nama Lengkap dan Gelar", first.header(Column.NAME));
    }

    @Test
    void keepsQuotedDelimitersDoubledQuotesAndLineBreaksInsideACell() {
        RosterTable table = readResource("excel-id-utf8-bom-semicolon-crlf.csv");

        RosterLine second = table.lines().get(1);
        assertEquals("Siti \"Ina\" Rahmawati, S.Kom.", second.text(Column.NAME));
        assertEquals("Kepala Bidang Aplikasi; Informatika", second.text(Column.POSITION));
        assertEquals("Budi\nSantoso", table.lines().get(2).text(Column.NAME));
    }

    @Test
    void listsUnknownColumnsAsInformation() {
        RosterTable table = readResource("excel-id-utf8-bom-semicolon-crlf.csv");

        FileProblem unknown = table.problems().get(0);
        assertEquals(FileProblem.UNKNOWN_COLUMN, unknown.code());
        assertFalse(unknown.blocking());
        assertTrue(unknown.message().contains("\"No.\""), unknown.message());
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
        RosterTable table = readResource("excel-windows-1252.csv");

        assertTrue(table.readable(), table.problems()::toString);
        assertEquals(List.of(FileProblem.ENCODING_FALLBACK), codes(table));
        assertEquals("Andr\u00e9 M\u00fcller", table.lines().get(0).text(Column.NAME));
        assertEquals("Nur\u2019aini", table.lines().get(1).text(Column.NAME));
    }

    @Test
    void readsUtf8WithoutBomAsUtf8() {
        RosterTable table = read("NIP;Nama;Eselon;OPD\n198609262015051001;Andr\u00e9 M\u00fcller;III.a;BKD\n");

        assertEquals(List.of(), codes(table));
        assertEquals("Andr\u00e9 M\u00fcller", table.lines().get(0).text(Column.NAME));
    }

    @Test
    void readsExcelUnicodeTextAsUtf16TabDelimited() {
        RosterTable table = readResource("excel-unicode-text.txt");

        assertTrue(table.readable(), table.problems()::toString);
        assertEquals(List.of(2, 3), table.lines().stream().map(RosterLine::rowNumber).toList());
        assertEquals("Rina Wulandari", table.lines().get(1).text(Column.NAME));
        assertEquals("PPPK", table.lines().get(1).text(Column.EMPLOYMENT_TYPE));
    }

    @Test
    void readsLibreOfficeDefaultCommaAndLfWithEnglishHeaders() {
        RosterTable table = readResource("libreoffice-default.csv");

        assertTrue(table.readable(), table.problems()::toString);
        assertEquals(Map.of(Column.NIP, "NIP", Column.NAME, "Name", Column.POSITION, "Position", Column.ECHELON,
                "Echelon", Column.OPD, "Department", Column.PHONE, "Phone", Column.EMAIL, "E-mail"), table.columns());
        assertEquals("Muhammad Sa'duddin, M.T.", table.lines().get(0).text(Column.NAME));
        assertEquals("Analyst, Data", table.lines().get(1).text(Column.POSITION));
        assertEquals("", table.lines().get(1).text(Column.PHONE));
    }

    @Test
    void detectsTheDelimiterFromTheHeaderEvenWhenCommasOutnumberSemicolons() {
        RosterTable table = read("""
                NIP;Nama;OPD;Eselon
                198609262015051001;Prof. Dr. A, S.T., M.T., M.Kom., Ph.D., IPU, ASEAN Eng.;BKD;II.a
                197805122003122003;B, S.E., M.Si., Ak., CA, CPA;BKD;III.a
                """);

        assertTrue(table.readable(), table.problems()::toString);
        assertEquals("Prof. Dr. A, S.T., M.T., M.Kom., Ph.D., IPU, ASEAN Eng.",
                table.lines().get(0).text(Column.NAME));
    }

    @Test
    void detectsTheDelimiterByCountWhenNoHeaderIsRecognised() {
        RosterTable table = read("Nama;OPD;Eselon;Catatan\nAni;BKD;II.a;a, b, c\n");

        assertEquals(List.of(FileProblem.UNKNOWN_COLUMN, FileProblem.MISSING_COLUMN), codes(table));
        assertTrue(table.problems().get(1).message().contains("NIP"), table.problems().get(1).message());
    }

    @Test
    void skipsBlankLinesButKeepsRowNumbersTrueToTheFile() {
        RosterTable table = read("NIP,Nama,OPD,Eselon\r\n\r\n198609262015051001,Ani,BKD,II.a\r\n,,,\r\n\r\n"
                + "197805122003122003,Budi,BKD,III.a\r\n");

        assertEquals(List.of(3, 6), table.lines().stream().map(RosterLine::rowNumber).toList());
    }

    @Test
    void ignoresTrailingEmptyColumns() {
        RosterTable table = read("NIP;Nama;OPD;Eselon;;;\n198609262015051001;Ani;BKD;II.a;;;\n");

        assertEquals(List.of("NIP", "Nama", "OPD", "Eselon"), table.headers());
        assertEquals(List.of(), codes(table));
        assertEquals(4, table.lines().get(0).cells().size());
    }

    @Test
    void findsTheHeaderBelowTitleRows() {
        RosterTable table = read("""
                Daftar Peserta DLA Angkatan 3
                Kementerian Komunikasi dan Digital

                NIP;Nama;OPD;Eselon
                198609262015051001;Ani;BKD;II.a
                """);

        assertEquals(List.of(5), table.lines().stream().map(RosterLine::rowNumber).toList());
        assertEquals("Ani", table.lines().get(0).text(Column.NAME));
    }

    @Test
    void namesEachMissingRequiredColumn() {
        RosterTable table = read("NIP;Nama;Jabatan\n198609262015051001;Ani;Staf\n");

        List<FileProblem> missing = table.problems().stream()
                .filter(p -> p.code().equals(FileProblem.MISSING_COLUMN)).toList();
        assertEquals(2, missing.size());
        assertTrue(missing.get(0).message().contains("Eselon"), missing.get(0).message());
        assertTrue(missing.get(1).message().contains("OPD"), missing.get(1).message());
        assertTrue(missing.get(0).blocking());
        assertEquals(List.of(), table.lines());
    }

    @Test
    void refusesAFileWithoutARecognisableHeaderInTheFirstTwentyRows() {
        RosterTable table = read("a;b;c\n1;2;3\n");

        assertEquals(List.of(FileProblem.NO_HEADER_ROW), codes(table));
    }

    @Test
    void refusesAFileWithAHeaderButNoData() {
        RosterTable table = read("NIP;Nama;OPD;Eselon\n;;;\n");

        assertEquals(List.of(FileProblem.NO_DATA_ROWS), codes(table));
    }

    @Test
    void usesTheFirstOfTwoColumnsWithTheSameMeaningAndSaysSo() {
        RosterTable table = read("NIP;Nama;Nama Lengkap;OPD;Eselon\n198609262015051001;Ani;Ani Lestari;BKD;II.a\n");

        assertEquals(List.of(FileProblem.DUPLICATE_COLUMN), codes(table));
        assertEquals("Ani", table.lines().get(0).text(Column.NAME));
    }

    @Test
    void skipsRowsWhoseRecognisedColumnsAreEmptyLikeAPreNumberedTemplate() {
        RosterTable table = read("No;NIP;Nama;OPD;Eselon\n1;198609262015051001;Ani;BKD;II.a\n2;;;;\n3;;;;\n");

        assertEquals(1, table.lines().size());
    }

    @Test
    void toleratesAQuoteLeftOpenAtTheEndOfTheFile() {
        RosterTable table = read("NIP;Nama;OPD;Eselon\n198609262015051001;\"Ani;BKD;II.a\n");

        assertTrue(table.readable(), table.problems()::toString);
        assertEquals(1, table.lines().size());
    }
}
