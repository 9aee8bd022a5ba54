package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and row validation together, as the import pages will use them. */
class RosterImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private static List<RowResult> validateAll(RosterTable table) {
        assertTrue(table.readable(), table.problems()::toString);
        return RosterRowValidator.flagDuplicateNips(table.lines().stream()
                .map(line -> RosterRowValidator.validate(line, Opds.KALTIM, TODAY)).toList());
    }

    @Test
    void importsTheExcelIndonesianCsv() throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/imports/excel-id-utf8-bom-semicolon-crlf.csv")) {
            bytes = in.readAllBytes();
        }

        List<RowResult> results = validateAll(RosterFile.read(bytes, "peserta.csv", RosterFile.Limits.DEFAULT));

        assertEquals(List.of(), results.stream().flatMap(r -> r.errors().stream()).toList());
        assertEquals(List.of("198609262015051001", "197805122003122003", "199001012019031002"),
                results.stream().map(r -> r.draft().nip()).toList());
        assertEquals("Budi Santoso", results.get(2).draft().fullName());
        assertEquals("+628125556666", results.get(2).draft().phone());
        assertEquals("DISKOMINFO", results.get(1).draft().opdCode());
    }

    @Test
    void explainsANipTypedAsANumberInAnXlsxAndADuplicate() {
        byte[] xlsx = XlsxFixture.sheet(
                new Object[] {"NIP", "Nama", "Unit Kerja", "Eselon/Kelas Jabatan"},
                new Object[] {"198609262015051001", "Ani", "BKD", "III.a"},
                new Object[] {1.97805122003122E17, "Siti", "BKD", "IV.b"},
                new Object[] {"19860926 201505 1 001", "Ani (lagi)", "BKD", "III.a"});

        List<RowResult> results = validateAll(RosterFile.read(xlsx, "peserta.xlsx", RosterFile.Limits.DEFAULT));

        assertTrue(results.get(0).valid());
        RowError asNumber = results.get(1).errors().get(0);
        assertEquals("NIP_AS_NUMBER", asNumber.code());
        assertEquals(3, asNumber.rowNumber());
        RowError duplicate = results.get(2).errors().get(0);
        assertEquals("NIP_DUPLICATE_IN_FILE", duplicate.code());
        assertTrue(duplicate.message().contains("baris 2"), duplicate.message());
    }
}
