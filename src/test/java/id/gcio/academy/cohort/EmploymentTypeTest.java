package id.gcio.academy.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmploymentTypeTest {

    @ParameterizedTest
    @CsvSource({"PNS,PNS", "cpns,PNS", "PPPK,PPPK", "P3K,PPPK", "Non-ASN,NON_ASN", "non asn,NON_ASN",
            "Honorer,NON_ASN", "Mitra,NON_ASN", "THL,NON_ASN"})
    void readsTheUsualForms(String input, EmploymentType expected) {
        assertEquals(Optional.of(expected), EmploymentType.normalise(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASN", "Tetap", "Kontrak", ""})
    void refusesAmbiguousForms(String input) {
        assertEquals(Optional.empty(), EmploymentType.normalise(input));
    }
}
