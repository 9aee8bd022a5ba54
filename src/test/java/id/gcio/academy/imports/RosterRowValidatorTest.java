package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.cohort.EchelonValue;
import id.gcio.academy.cohort.EmploymentType;
import id.gcio.academy.cohort.PositionClass;
import id.gcio.academy.identity.Nip;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosterRowValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final String NIP = "198609262015051001";
    /** A PPPK number: "21" in place of the appointment month, which the PNS rules refuse. */
    static final String PPPK_NIP = "199203152023212001";

    /** A valid row to vary one cell at a time. */
    private static Map<Column, String> row() {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.NIP, NIP);
        cells.put(Column.NAME, "Ani Lestari");
        cells.put(Column.OPD, "Diskominfo");
        cells.put(Column.ECHELON, "III.a");
        return cells;
    }

    private static Map<Column, String> row(Column column, String value) {
        Map<Column, String> cells = row();
        cells.put(column, value);
        return cells;
    }

    private static RowResult validate(Map<Column, String> cells) {
        return RosterRowValidator.validate(RosterLine.of(7, cells), Opds.KALTIM, TODAY);
    }

    private static RowResult validate(Map<Column, String> cells, Map<Column, Double> numbers) {
        return RosterRowValidator.validate(new RosterLine(7, cells, numbers, Map.of()), Opds.KALTIM, TODAY);
    }

    private static RowError onlyError(RowResult result) {
        assertEquals(1, result.errors().size(), result.errors()::toString);
        assertNull(result.draft());
        RowError error = result.errors().get(0);
        assertEquals(7, error.rowNumber());
        return error;
    }

    private static ParticipantDraft draft(Map<Column, String> cells) {
        RowResult result = validate(cells);
        assertEquals(List.of(), result.errors());
        return result.draft();
    }

    @Test
    void turnsAValidRowIntoANormalisedDraft() {
        Map<Column, String> cells = row();
        cells.put(Column.NIP, "19860926 201505 1 001");
        cells.put(Column.NAME, "  Dr. Ir. H. Muhammad   Sa'duddin,\u00a0M.T. ");
        cells.put(Column.EMAIL, " Saduddin@Kaltimprov.GO.ID ");
        cells.put(Column.PHONE, "0812-3456-7890");
        cells.put(Column.POSITION, "Kepala  Dinas");
        cells.put(Column.OPD, "Dinas Komunikasi dan Informatika");
        cells.put(Column.ECHELON, "Eselon II A");
        cells.put(Column.EMPLOYMENT_TYPE, "pns");

        RowResult result = validate(cells);

        assertEquals(new ParticipantDraft(NIP, "Dr. Ir. H. Muhammad Sa'duddin, M.T.", "saduddin@kaltimprov.go.id",
                "+6281234567890", "Kepala Dinas", "DISKOMINFO", new EchelonValue("II.a", PositionClass.JPT_PRATAMA),
                EmploymentType.PNS), result.draft());
        assertEquals(NIP, result.nip());
        assertTrue(result.valid());
    }

    @Test
    void leavesOptionalCellsEmpty() {
        ParticipantDraft draft = draft(row());

        assertNull(draft.email());
        assertNull(draft.phone());
        assertNull(draft.positionTitle());
        assertNull(draft.employmentType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"198609262015051001", "19860926 201505 1 001", "19860926.201505.1.001",
            "19860926-201505-1-001", "'198609262015051001", "\"198609262015051001\"",
            "\u201c19860926 201505 1 001\u201d",
            "NIP. 19860926 201505 1 001", "nip: 198609262015051001", " 19860926\u00a0201505\u00a01\u00a0001 "})
    void acceptsANipAsPeopleTypeIt(String typed) {
        assertEquals(NIP, draft(row(Column.NIP, typed)).nip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.98609E+17", "1,98609E+17", "1.98609262015051E+17", "1.98609e17"})
    void explainsANipTurnedIntoScientificNotation(String typed) {
        RowError error = onlyError(validate(row(Column.NIP, typed)));

        assertEquals(Column.NIP, error.column());
        assertEquals("NIP_AS_NUMBER", error.code());
        assertTrue(error.message().contains("15 digit") && error.message().contains("Teks")
                && error.message().contains("petik"), error.message());
    }

    @Test
    void explainsANipStoredInAnXlsxNumberCell() {
        RowError error = onlyError(validate(row(Column.NIP, "1.98609E+17"), Map.of(Column.NIP, 1.98609262015051E17)));

        assertEquals("NIP_AS_NUMBER", error.code());
    }

    @Test
    void explainsAnXlsxNumberCellShownWithItsLastDigitsZeroed() {
        RowError error = onlyError(validate(row(Column.NIP, "198609262015051000"),
                Map.of(Column.NIP, 1.98609262015051E17)));

        assertEquals("NIP_DIGITS_LOST", error.code());
        assertTrue(error.message().contains("000") && error.message().contains("Teks"), error.message());
    }

    @Test
    void doesNotTrustAnXlsxNumberCellEvenIfItsDigitsLookRight() {
        RowError error = onlyError(validate(row(Column.NIP, NIP), Map.of(Column.NIP, 1.98609262015051001E17)));

        assertEquals("NIP_AS_NUMBER", error.code());
    }

    @Test
    void explainsAnEighteenDigitNipEndingIn000AsDigitsLostEvenInACsv() {
        assertEquals("NIP_DIGITS_LOST", onlyError(validate(row(Column.NIP, "198609262015051000"))).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"198609262015051", "1986092620150510", "19860926201505100"})
    void explainsFifteenToSeventeenDigitsEndingLikeExcelsAsDigitsLost(String typed) {
        RowError error = onlyError(validate(row(Column.NIP, typed)));

        assertEquals("NIP_DIGITS_LOST", error.code());
        assertTrue(error.message().contains(typed.length() + " digit"), error.message());
    }

    @Test
    void saysASeventeenDigitNipWithoutSignsOfExcelIsADigitShort() {
        RowError error = onlyError(validate(row(Column.NIP, "19860926 201505 1 01")));

        assertEquals("NIP_LENGTH", error.code());
        assertTrue(error.message().contains("kurang satu digit") && !error.message().contains("Excel"), error.message());
    }

    @Test
    void saysAnEmailWithACommaForADotHasAComma() {
        RowError error = onlyError(validate(row(Column.EMAIL, "andi,pratama@x.go.id")));

        assertEquals("EMAIL_INVALID", error.code());
        assertTrue(error.message().contains("tidak boleh memuat koma") && !error.message().contains("satu alamat"),
                error.message());
        assertTrue(onlyError(validate(row(Column.EMAIL, "ani@x.go.id, budi@x.go.id"))).message().contains("satu alamat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "19860926201505", "1986092620150510011", "19860926 201505 1 001 01"})
    void refusesOtherLengths(String typed) {
        assertEquals("NIP_LENGTH", onlyError(validate(row(Column.NIP, typed))).code());
    }

    @Test
    void refusesANipWithLetters() {
        assertEquals("NIP_NOT_DIGITS", onlyError(validate(row(Column.NIP, "19860926 2015O5 1 001"))).code());
    }

    @Test
    void requiresANipForCivilServants() {
        RowError error = onlyError(validate(row(Column.NIP, " ")));

        assertEquals("NIP_REQUIRED", error.code());
        assertTrue(error.message().contains(Nip.Problem.EMPTY.message()), error.message());
    }

    @Test
    void appliesThePnsRulesThroughNipParse() {
        RowError error = onlyError(validate(row(Column.NIP, "19860231 201505 1 001")));

        assertEquals("NIP_BAD_BIRTH_DATE", error.code());
        assertTrue(error.message().endsWith(Nip.Problem.BAD_BIRTH_DATE.message()), error.message());
        assertEquals("NIP_BAD_GENDER", onlyError(validate(row(Column.NIP, "198609262015053001"))).code());
        assertEquals("NIP_APPOINTMENT_IN_FUTURE",
                onlyError(validate(row(Column.NIP, "198609262027011001"))).code());
    }

    @Test
    void checksOnlyTheLengthOfAPppkNumber() {
        Map<Column, String> cells = row(Column.NIP, PPPK_NIP);
        assertEquals("NIP_BAD_APPOINTMENT", onlyError(validate(cells)).code());

        cells.put(Column.EMPLOYMENT_TYPE, "P3K");
        ParticipantDraft draft = draft(cells);
        assertEquals(PPPK_NIP, draft.nip());
        assertEquals(EmploymentType.PPPK, draft.employmentType());
    }

    @Test
    void stillCatchesExcelDamageInAPppkNumber() {
        Map<Column, String> cells = row(Column.NIP, "1,99203E+17");
        cells.put(Column.EMPLOYMENT_TYPE, "PPPK");

        assertEquals("NIP_AS_NUMBER", onlyError(validate(cells)).code());
    }

    @Test
    void letsNonAsnRowsGoWithoutANip() {
        Map<Column, String> byEchelon = row(Column.NIP, "");
        byEchelon.put(Column.ECHELON, "Non-ASN");
        ParticipantDraft draft = draft(byEchelon);
        assertNull(draft.nip());
        assertEquals(EmploymentType.NON_ASN, draft.employmentType());

        Map<Column, String> byStatus = row(Column.NIP, "");
        byStatus.put(Column.ECHELON, "Pelaksana");
        byStatus.put(Column.EMPLOYMENT_TYPE, "Honorer");
        assertNull(draft(byStatus).nip());
    }

    @Test
    void requiresANameAndCollapsesItsSpaces() {
        assertEquals("NAME_REQUIRED", onlyError(validate(row(Column.NAME, " \u00a0"))).code());
        assertEquals("Hj. Siti Nur'aini, S.E., M.Si.",
                draft(row(Column.NAME, "Hj.  Siti\tNur'aini,  S.E., M.Si.")).fullName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ani\u0000 Lestari", "Ani\u0007 Lestari\u001f", "\u202eAni Lestari\u202c",
            "Ani\u200f Lestari\u200e", "\u2066Ani\u2069 Lestari", "Ani\u007f\u0085 Lestari\u009f", "Ani\u202a Lestari"})
    void stripsControlAndBidiCharactersFromANameKeepingItsSpaces(String typed) {
        assertEquals("Ani Lestari", draft(row(Column.NAME, typed)).fullName());
    }

    @Test
    void refusesANameOfOnlyControlOrBidiCharacters() {
        RowError error = onlyError(validate(row(Column.NAME, "\u202e\u0001\u2066\u200f")));
        assertEquals("NAME_INVISIBLE", error.code());
        assertEquals(Column.NAME, error.column());
    }

    @Test
    void refusesANameLongerThan200Characters() {
        assertEquals("NAME_TOO_LONG", onlyError(validate(row(Column.NAME, "A".repeat(201)))).code());
        assertEquals(200, draft(row(Column.NAME, "A".repeat(200))).fullName().length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ani@kaltimprov.go.id        | ani@kaltimprov.go.id",
            "Ani.Lestari@Gmail.com       | ani.lestari@gmail.com",
            "mailto:ani@diskominfo.id    | ani@diskominfo.id",
            "o'brien+kursus@example.co.id| o'brien+kursus@example.co.id",
    })
    void acceptsAndLowerCasesEmails(String typed, String expected) {
        assertEquals(expected, draft(row(Column.EMAIL, typed)).email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ani", "ani@", "@kaltimprov.go.id", "ani@kaltimprov", "ani@@kaltimprov.go.id",
            "ani lestari@kaltimprov.go.id", "ani@kaltimprov.go.id; budi@kaltimprov.go.id", "ani..l@kaltimprov.go.id",
            "ani@-kaltim.go.id"})
    void refusesInvalidEmails(String typed) {
        assertEquals("EMAIL_INVALID", onlyError(validate(row(Column.EMAIL, typed))).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0812-3456-7890        | +6281234567890",
            "0812 3456 7890        | +6281234567890",
            "+62 812 3456 7890     | +6281234567890",
            "+62 (0)812-3456-7890  | +6281234567890",
            "6281234567890         | +6281234567890",
            "0062 812 3456 7890    | +6281234567890",
            "81234567890           | +6281234567890",
            "'081234567890         | +6281234567890",
            "0813.1111.2222        | +6281311112222",
            "(0541) 736123         | +62541736123",
            "021-3456789           | +62213456789",
    })
    void normalisesIndonesianPhoneNumbers(String typed, String expected) {
        assertEquals(expected, draft(row(Column.PHONE, typed)).phone());
    }

    @Test
    void readsAMobileNumberWhoseLeadingZeroExcelDroppedFromANumberCell() {
        Map<Column, String> cells = row(Column.PHONE, "6.28123E+12");

        RowResult result = validate(cells, Map.of(Column.PHONE, 6281234567890.0));

        assertEquals("+6281234567890", result.draft().phone());
        assertEquals("+628123456789",
                validate(row(Column.PHONE, "8123456789"), Map.of(Column.PHONE, 8123456789.0)).draft().phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0812", "1234567890", "+1 415 555 0100", "0812-3456-7890 / 0813-1111-2222",
            "08123456789012345", "telp kantor", "6,28123E+12"})
    void refusesWhatIsNotAnIndonesianPhoneNumber(String typed) {
        RowError error = onlyError(validate(row(Column.PHONE, typed)));

        assertEquals("PHONE_INVALID", error.code());
        assertTrue(error.message().contains(typed), error.message());
    }

    @Test
    void resolvesTheOpdByNameOrAlias() {
        assertEquals("BAPPEDA", draft(row(Column.OPD, "badan perencanaan pembangunan  daerah")).opdCode());
        assertEquals("BKD", draft(row(Column.OPD, "BKD")).opdCode());
    }

    @Test
    void quotesAnUnknownOpd() {
        RowError error = onlyError(validate(row(Column.OPD, "Dinas Pariwisata Kab. Kutai")));

        assertEquals("OPD_UNKNOWN", error.code());
        assertTrue(error.message().contains("\"Dinas Pariwisata Kab. Kutai\""), error.message());
    }

    @Test
    void suggestsTheClosestOpdsOfAnUnknownOneWithoutApplyingThem() {
        OpdDirectory opds = OpdDirectory.of(Opds.KALTIM, new OpdSuggester(List.of(
                new OpdSuggester.Entry("DISPAR", "Dinas Pariwisata", List.of("Dispar")),
                new OpdSuggester.Entry("DISHUB", "Dinas Perhubungan", List.of("Dishub")))));
        RowResult result = RosterRowValidator.validate(RosterLine.of(7, row(Column.OPD, "Dinas Pariwisata Kaltim")), opds,
                TODAY);

        RowError error = onlyError(result);
        assertNull(result.draft(), "a suggestion is never applied");
        assertEquals("OPD_UNKNOWN", error.code());
        assertEquals(List.of(new OpdSuggester.Suggestion("DISPAR", "Dinas Pariwisata")), error.suggestions());
        assertTrue(error.message().contains("\"Dinas Pariwisata Kaltim\" tidak dikenal. Maksud Anda: Dinas Pariwisata "
                + "(DISPAR)? Tulis nama resmi, kode atau singkatan OPD sesuai daftar OPD."), error.message());
    }

    @Test
    void namesSeveralSuggestionsWithOrBeforeTheLast() {
        assertEquals("A (X), B (Y) atau C (Z)", RosterRowValidator.didYouMean(List.of(new OpdSuggester.Suggestion("X", "A"),
                new OpdSuggester.Suggestion("Y", "B"), new OpdSuggester.Suggestion("Z", "C")), " atau "));
    }

    @Test
    void requiresAnOpd() {
        assertEquals("OPD_REQUIRED", onlyError(validate(row(Column.OPD, ""))).code());
    }

    @Test
    void listsAcceptedFormsForAnUnknownEchelon() {
        RowError error = onlyError(validate(row(Column.ECHELON, "Kepala Dinas")));

        assertEquals("ECHELON_UNKNOWN", error.code());
        assertTrue(error.message().contains("\"Kepala Dinas\"") && error.message().contains("JF Ahli Utama"),
                error.message());
    }

    @Test
    void requiresAnEchelon() {
        assertEquals("ECHELON_REQUIRED", onlyError(validate(row(Column.ECHELON, ""))).code());
    }

    @Test
    void refusesAnUnknownEmploymentType() {
        assertEquals("EMPLOYMENT_TYPE_UNKNOWN", onlyError(validate(row(Column.EMPLOYMENT_TYPE, "Tetap"))).code());
    }

    @Test
    void namesTheColumnAsTheFileWroteIt() {
        RosterLine line = new RosterLine(12, row(Column.PHONE, "123"), Map.of(), Map.of(Column.PHONE, "HP/WA"));

        RowError error = singleError(RosterRowValidator.validate(line, Opds.KALTIM, TODAY));

        assertTrue(error.message().startsWith("Kolom \"HP/WA\": \"123\""), error.message());
    }

    private static RowError singleError(RowResult result) {
        assertEquals(1, result.errors().size(), result.errors()::toString);
        return result.errors().get(0);
    }

    @Test
    void reportsEveryProblemOfARowInColumnOrder() {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.OPD, "Entah");
        cells.put(Column.EMAIL, "bukan-email");

        RowResult result = validate(cells);

        assertEquals(List.of("NIP_REQUIRED", "NAME_REQUIRED", "EMAIL_INVALID", "ECHELON_REQUIRED", "OPD_UNKNOWN"),
                result.errors().stream().map(RowError::code).toList());
    }

    @Test
    void keepsAValidNipOnARowWithOtherErrors() {
        RowResult result = validate(row(Column.OPD, "Entah"));

        assertNull(result.draft());
        assertEquals(NIP, result.nip());
    }

    @Test
    void findsDuplicateNipsInAFile() {
        List<RowResult> results = List.of(
                validate(row()),
                RosterRowValidator.validate(RosterLine.of(9, row(Column.NIP, "19860926 201505 1 001")), Opds.KALTIM,
                        TODAY),
                RosterRowValidator.validate(RosterLine.of(10, row(Column.NIP, "197805122003122003")), Opds.KALTIM,
                        TODAY),
                RosterRowValidator.validate(RosterLine.of(11, row(Column.OPD, "Entah")), Opds.KALTIM, TODAY));

        assertEquals(Map.of(NIP, List.of(7, 9, 11)), RosterRowValidator.duplicateNips(results));
    }

    @Test
    void flagsEveryRepeatOfANipNamingItsFirstRow() {
        List<RowResult> results = RosterRowValidator.flagDuplicateNips(List.of(
                validate(row()),
                RosterRowValidator.validate(RosterLine.of(9, row()), Opds.KALTIM, TODAY),
                RosterRowValidator.validate(RosterLine.of(10, row(Column.NIP, "197805122003122003")), Opds.KALTIM,
                        TODAY)));

        assertTrue(results.get(0).valid());
        RowError duplicate = singleError(results.get(1));
        assertNull(results.get(1).draft());
        assertEquals("NIP_DUPLICATE_IN_FILE", duplicate.code());
        assertEquals(9, duplicate.rowNumber());
        assertTrue(duplicate.message().contains("baris 7"), duplicate.message());
        assertTrue(results.get(2).valid());
    }
}
