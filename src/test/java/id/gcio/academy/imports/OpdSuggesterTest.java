package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.cohort.ProgrammeContent;
import id.gcio.academy.imports.OpdSuggester.Entry;
import id.gcio.academy.imports.OpdSuggester.Suggestion;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpdSuggesterTest {

    /** The shipped reference list, content/opd/kaltim.yaml. */
    static final OpdSuggester KALTIM = new OpdSuggester(new ProgrammeContent().read(Path.of("content"), Set.of()).opds()
            .stream().map(o -> new Entry(o.code(), o.name(), o.aliases())).toList());

    private static List<String> codes(String value) {
        return KALTIM.suggest(value).stream().map(Suggestion::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dinas Pariwisata Kaltim|DISPAR",
        "DINAS PARIWISATA PROVINSI KALIMANTAN TIMUR|DISPAR",
        "Dispar Prov. Kaltim|DISPAR",
        "Pemprov Kaltim - Dinas Pariwisata|DISPAR",
        "Dinas Pariwsata|DISPAR",
        "Pariwisata|DISPAR",
        "Kantor BKD Samarinda|BKD",
        "Dinas Komunikasi & Informatika Prov. Kaltim|DISKOMINFO",
        "Dinas Komunikasi Informatika|DISKOMINFO",
        "Sekretariat DPRD Kaltim|SETWAN",
        "Badan Kepegawaian|BKD",
        "Dinas Kesehatan Prov Kalimantan Timur|DINKES",
        "RSUD A. Wahab Sjahranie|RSUD-AWS",
        "Dinas Pariwisata dan Ekonomi Kreatif|DISPAR",
        "Dinas Peternakan Kesehatan Hewan|DPKH",
    })
    void suggestsTheOpdMeant(String value, String code) {
        assertEquals(code, codes(value).get(0), () -> value + " → " + codes(value));
    }

    @Test
    void anExactMatchAfterNormalisingHidesWeakerOnes() {
        assertEquals(List.of("DISPAR"), codes("Dinas Pariwisata Kaltim"));
        assertEquals(new Suggestion("DISPAR", "Dinas Pariwisata"), KALTIM.suggest("Dinas Pariwisata Kaltim").get(0));
    }

    @Test
    void offersAtMostThree() {
        assertEquals(true, codes("Dinas Pe").size() <= 3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Kaltim", "Provinsi Kalimantan Timur", "Dinas", "Badan Daerah", "Kecamatan Loa Janan",
        "Toko Sumber Rejeki", "x" })
    void suggestsNothingForValuesNoOpdIsClose(String value) {
        assertEquals(List.of(), codes(value), value);
    }

    @Test
    void ignoresValuesLongerThanAnyName() {
        assertEquals(List.of(), codes("Dinas Pariwisata ".repeat(20)));
    }

    @Test
    void normalisesCaseAccentsPunctuationAndProvinceWords() {
        assertEquals("dinas pariwisata", OpdSuggester.key("Dinas  Pariwisata, Prov. Kalimantan-Timur"));
        assertEquals("dinas kesehatan", OpdSuggester.key("DÍNAS KESEHATAN PEMPROV KALTIM"));
        assertEquals("", OpdSuggester.key("Pemerintah Provinsi Kalimantan Timur"));
    }

    @Test
    void levenshteinCountsEdits() {
        assertEquals(0, OpdSuggester.levenshtein("dispar", "dispar"));
        assertEquals(1, OpdSuggester.levenshtein("pariwsata", "pariwisata"));
        assertEquals(3, OpdSuggester.levenshtein("kitten", "sitting"));
        assertEquals(6, OpdSuggester.levenshtein("", "dishub"));
        assertEquals(1.0, OpdSuggester.similarity("", ""));
    }
}
