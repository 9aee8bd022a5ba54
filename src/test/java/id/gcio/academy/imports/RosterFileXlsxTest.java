package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.imports.XlsxFixture.Num;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class RosterFileXlsxTest {

    private static final Object[] HEADERS = {"NIP", "Nama Lengkap", "Jabatan", "Eselon", "Unit Kerja", "No. HP",
            "Email"};

    private static RosterTable read(byte[] xlsx) {
        return RosterFile.read(xlsx, "peserta.xlsx", RosterFile.Limits.DEFAULT);
    }

    @Test
    void readsAPlainWorkbook() {
        RosterTable table = read(XlsxFixture.sheet(HEADERS,
                new Object[] {"198609262015051001", "Dr. Ir. H. Muhammad Sa'duddin, M.T.", "Kepala Dinas", "II.a",
                        "Diskominfo", "081234567890", "saduddin@kaltimprov.go.id"},
                new Object[] {"197805122003122003", "Siti Rahmawati", "Analis", "Ahli Muda", "BKD", null, null}));

        assertEquals("xlsx", table.format());
        assertTrue(table.readable(), table.problems()::toString);
        assertEquals(List.of("NIP", "Nama Lengkap", "Jabatan", "Eselon", "Unit Kerja", "No. HP", "Email"),
                table.headers());
        assertEquals(List.of(2, 3), table.lines().stream().map(RosterLine::rowNumber).toList());
        assertEquals("Dr. Ir. H. Muhammad Sa'duddin, M.T.", table.lines().get(0).text(Column.NAME));
        assertEquals("", table.lines().get(1).text(Column.PHONE));
    }

    @Test
    void findsTheHeaderBelowATitleRowAndABlankRow() {
        byte[] xlsx = XlsxFixture.workbook(sheet -> {
            XlsxFixture.fill(sheet, 0,
                    new Object[] {"Daftar Peserta DLA Angkatan 3"},
                    null,
                    HEADERS,
                    new Object[] {"198609262015051001", "Ani", "Staf", "Pelaksana", "BKD"});
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        });

        RosterTable table = read(xlsx);

        assertTrue(table.readable(), table.problems()::toString);
        assertEquals("Nama Lengkap", table.columns().get(Column.NAME));
        assertEquals(List.of(4), table.lines().stream().map(RosterLine::rowNumber).toList());
    }

    @Test
    void keepsTheRawValueOfANipTypedAsANumber() {
        RosterTable table = read(XlsxFixture.sheet(HEADERS,
                new Object[] {1.97805122003122E17, "Siti", "Analis", "III.a", "BKD"},
                new Object[] {new Num(1.98609262015051E17, "0"), "Ani", "Analis", "III.a", "BKD"}));

        RosterLine general = table.lines().get(0);
        assertEquals("1.97805E+17", general.text(Column.NIP));
        assertEquals(1.97805122003122E17, general.numbers().get(Column.NIP));
        RosterLine formatted = table.lines().get(1);
        assertEquals("198609262015051000", formatted.text(Column.NIP));
        assertEquals(1.98609262015051E17, formatted.numbers().get(Column.NIP));
    }

    @Test
    void readsNumbersStoredAsTextAsWrittenAndTypedNumbersAsShown() {
        RosterTable table = read(XlsxFixture.sheet(HEADERS,
                new Object[] {"198609262015051001", "Ani", "Staf", "IV.a", "BKD", 8123456789.0, null},
                new Object[] {"197805122003122003", "Budi", "Staf", "IV.a", "BKD", "0812-3456-7890", null}));

        RosterLine typed = table.lines().get(0);
        assertEquals("198609262015051001", typed.text(Column.NIP));
        assertNull(typed.numbers().get(Column.NIP));
        assertEquals("8123456789", typed.text(Column.PHONE));
        assertEquals(8123456789.0, typed.numbers().get(Column.PHONE));
        assertEquals("0812-3456-7890", table.lines().get(1).text(Column.PHONE));
    }

    @Test
    void ignoresATrailingEmptyColumnAndBlankRowsKeepingRowNumbers() {
        byte[] xlsx = XlsxFixture.workbook(sheet -> {
            XlsxFixture.fill(sheet, 0,
                    new Object[] {"NIP", "Nama", "OPD", "Eselon", ""},
                    new Object[] {"198609262015051001", "Ani", "BKD", "II.a", ""},
                    null,
                    new Object[] {"", "", "", "", ""},
                    new Object[] {"197805122003122003", "Budi", "BKD", "III.a"});
            sheet.createRow(9).createCell(6);
        });

        RosterTable table = read(xlsx);

        assertEquals(List.of("NIP", "Nama", "OPD", "Eselon"), table.headers());
        assertEquals(List.of(2, 5), table.lines().stream().map(RosterLine::rowNumber).toList());
        assertEquals(List.of(), table.problems());
    }

    @Test
    void readsCellsAfterAGapInTheirOwnColumns() {
        RosterTable table = read(XlsxFixture.sheet(
                new Object[] {"NIP", "Nama", null, "OPD", "Eselon"},
                new Object[] {"198609262015051001", null, null, "BKD", "II.a"}));

        RosterLine line = table.lines().get(0);
        assertEquals("", line.text(Column.NAME));
        assertEquals("BKD", line.text(Column.OPD));
        assertEquals("II.a", line.text(Column.ECHELON));
    }

    @Test
    void readsOnlyTheFirstSheet() {
        Object[][] rows = {{"NIP", "Nama", "OPD", "Eselon"}, {"198609262015051001", "Ani", "BKD", "II.a"}};
        byte[] xlsx = XlsxFixture.book(wb -> {
            XlsxFixture.fill(wb.createSheet("Peserta"), 0, rows);
            var second = wb.createSheet("Cadangan");
            XlsxFixture.fill(second, 0, rows);
            XlsxFixture.fill(second, 2, new Object[] {"197805122003122003", "Budi", "BKD", "III.a"});
        });

        assertEquals(1, read(xlsx).lines().size());
    }

    @Test
    void detectsAnXlsxByContentWhateverItsName() {
        byte[] xlsx = XlsxFixture.sheet(new Object[] {"NIP", "Nama", "OPD", "Eselon"},
                new Object[] {"198609262015051001", "Ani", "BKD", "II.a"});

        RosterTable table = RosterFile.read(xlsx, "peserta.csv", RosterFile.Limits.DEFAULT);

        assertEquals("xlsx", table.format());
        assertEquals(1, table.lines().size());
    }
}
