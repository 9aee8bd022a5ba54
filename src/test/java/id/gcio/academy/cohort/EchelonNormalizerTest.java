package id.gcio.academy.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EchelonNormalizerTest {

    private static EchelonValue read(String input) {
        Optional<EchelonValue> value = EchelonNormalizer.normalise(input);
        assertTrue(value.isPresent(), () -> "expected '" + input + "' to be read");
        return value.get();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "II.a          | II.a  | JPT_PRATAMA",
            "IIa           | II.a  | JPT_PRATAMA",
            "II A          | II.a  | JPT_PRATAMA",
            "Eselon II A   | II.a  | JPT_PRATAMA",
            "eselon 2a     | II.a  | JPT_PRATAMA",
            "ESELON II.A   | II.a  | JPT_PRATAMA",
            "2.a           | II.a  | JPT_PRATAMA",
            "II-b          | II.b  | JPT_PRATAMA",
            "I.a           | I.a   | JPT_MADYA",
            "Eselon Ib     | I.b   | JPT_MADYA",
            "Es. III.b     | III.b | ADMINISTRATOR",
            "Esl. III a    | III.a | ADMINISTRATOR",
            "eselon 3 b    | III.b | ADMINISTRATOR",
            "IV/a          | IV.a  | PENGAWAS",
            "iv.b          | IV.b  | PENGAWAS",
            "Eselon 4A     | IV.a  | PENGAWAS",
            "V.a           | V.a   | PELAKSANA",
            "Eselon V/b    | V.b   | PELAKSANA",
    })
    void readsLegacyEchelonsInTheirUsualSpellings(String input, String legacy, PositionClass positionClass) {
        assertEquals(new EchelonValue(legacy, positionClass), read(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Eselon III | ADMINISTRATOR",
            "III        | ADMINISTRATOR",
            "Es. II     | JPT_PRATAMA",
            "eselon 4   | PENGAWAS",
    })
    void readsALevelWithoutSubLevelAsItsClassOnly(String input, PositionClass positionClass) {
        assertEquals(new EchelonValue(null, positionClass), read(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "JPT Utama                          | JPT_UTAMA",
            "JPT Madya                          | JPT_MADYA",
            "jpt pratama                        | JPT_PRATAMA",
            "Jabatan Pimpinan Tinggi Pratama    | JPT_PRATAMA",
            "Pimpinan Tinggi Madya              | JPT_MADYA",
            "Administrator                      | ADMINISTRATOR",
            "Jabatan Administrator              | ADMINISTRATOR",
            "PENGAWAS                           | PENGAWAS",
            "Pelaksana                          | PELAKSANA",
            "Jabatan Pelaksana                  | PELAKSANA",
            "Fungsional Umum                    | PELAKSANA",
            "JFU                                | PELAKSANA",
            "Ahli Utama                         | JF_AHLI_UTAMA",
            "JF Ahli Madya                      | JF_AHLI_MADYA",
            "Jabatan Fungsional Ahli Muda       | JF_AHLI_MUDA",
            "Fungsional Ahli Pertama            | JF_AHLI_PERTAMA",
            "JFT Ahli Pertama                   | JF_AHLI_PERTAMA",
            "Penyelia                           | JF_PENYELIA",
            "JF Mahir                           | JF_MAHIR",
            "Jabatan Fungsional Terampil        | JF_TERAMPIL",
            "pemula                             | JF_PEMULA",
            "Non-ASN                            | NON_ASN",
            "Non ASN                            | NON_ASN",
            "NonASN                             | NON_ASN",
            "Honorer                            | NON_ASN",
            "Tenaga Honorer                     | NON_ASN",
            "Mitra                              | NON_ASN",
    })
    void readsClassNamesWithoutInventingALegacyEchelon(String input, PositionClass positionClass) {
        assertEquals(new EchelonValue(null, positionClass), read(input));
    }

    @Test
    void toleratesSpacesAroundAndInside() {
        assertEquals(new EchelonValue("III.a", PositionClass.ADMINISTRATOR), read("  III . a\u00a0"));
        assertEquals(new EchelonValue(null, PositionClass.JF_AHLI_MUDA), read("  JF   Ahli - Muda "));
    }

    @Test
    void readsACombinationWhosePartsAgree() {
        assertEquals(new EchelonValue("III.a", PositionClass.ADMINISTRATOR), read("III.a / Administrator"));
        assertEquals(new EchelonValue("II.a", PositionClass.JPT_PRATAMA), read("Eselon II.a (JPT Pratama)"));
        assertEquals(new EchelonValue("IV.b", PositionClass.PENGAWAS), read("Pengawas - IV.b"));
        assertEquals(new EchelonValue(null, PositionClass.NON_ASN), read("Non ASN (Honorer)"));
    }

    @Test
    void refusesACombinationWhosePartsDisagree() {
        assertEquals(Optional.empty(), EchelonNormalizer.normalise("III.a / Pengawas"));
        assertEquals(Optional.empty(), EchelonNormalizer.normalise("II.a / III.b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"III.c", "VI.a", "VI", "Eselon 6a", "II.ab", "0a", "3", "12", "Kepala Dinas",
            "Kepala Bidang", "Pranata Komputer Ahli Muda", "Non Eselon", "Utama", "Madya", "Ahli", "Staf", "ASN",
            "Eselon", "-", "JPT"})
    void refusesWhatIsNotAnEchelonOrClass(String input) {
        assertEquals(Optional.empty(), EchelonNormalizer.normalise(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesBlankInput(String input) {
        assertEquals(Optional.empty(), EchelonNormalizer.normalise(input));
    }

    @Test
    void labelsShowLegacyEchelonAndClass() {
        assertEquals("Eselon II.a (JPT Pratama)", read("IIa").label());
        assertEquals("JF Ahli Muda", read("Ahli Muda").label());
    }

    @Test
    void everyClassHasAnIndonesianLabel() {
        for (PositionClass c : PositionClass.values()) {
            assertTrue(!c.label().isBlank() && !c.label().contains("_"), c.name());
        }
    }
}
