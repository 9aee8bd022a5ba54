package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NIP                        | NIP",
            "nip                        | NIP",
            "N.I.P.                     | NIP",
            "NIP (18 digit)             | NIP",
            "NIP *                      | NIP",
            "Nama                       | NAME",
            "Nama Lengkap               | NAME",
            "NAMA LENGKAP DAN GELAR     | NAME",
            "Nama Lengkap & Gelar       | NAME",
            "Name                       | NAME",
            "Full name                  | NAME",
            "Email                      | EMAIL",
            "E-mail                     | EMAIL",
            "Surel                      | EMAIL",
            "Alamat Email               | EMAIL",
            "No. HP                     | PHONE",
            "No HP                      | PHONE",
            "Nomor HP                   | PHONE",
            "Telepon                    | PHONE",
            "HP/WA                      | PHONE",
            "No. HP (WhatsApp)          | PHONE",
            "Phone                      | PHONE",
            "Mobile                     | PHONE",
            "Jabatan                    | POSITION",
            "Nama Jabatan               | POSITION",
            "Position                   | POSITION",
            "Eselon                     | ECHELON",
            "Eselon/Kelas Jabatan       | ECHELON",
            "Echelon                    | ECHELON",
            "OPD                        | OPD",
            "Unit Kerja                 | OPD",
            "Perangkat Daerah           | OPD",
            "SKPD                       | OPD",
            "Instansi                   | OPD",
            "Department                 | OPD",
            "Status Kepegawaian         | EMPLOYMENT_TYPE",
            "Jenis Pegawai              | EMPLOYMENT_TYPE",
            "Employment type            | EMPLOYMENT_TYPE",
    })
    void recognisesHeadersInIndonesianAndEnglishIgnoringCaseSpacingAndPunctuation(String header, Column column) {
        assertEquals(Optional.of(column), Column.fromHeader(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "No.", "Keterangan", "Tanggal Lahir", "Kelas Jabatan", "Status", "", "  "})
    void ignoresOtherHeaders(String header) {
        assertEquals(Optional.empty(), Column.fromHeader(header));
    }
}
