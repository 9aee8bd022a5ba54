package id.gcio.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    @Test
    void aNumberIsPrefixYearSequenceAndEightRandomCrockfordCharacters() {
        String a = CertificateNumber.next("GCIO", 2026, 123);
        String b = CertificateNumber.next("GCIO", 2026, 123);
        assertTrue(a.matches("GCIO-2026-000123-[0-9A-HJKMNP-TV-Z]{8}"), a);
        assertNotEquals(a, b, "the check part is random, not derived from the sequence");
    }

    @Test
    void aTypedNumberReadsConfusableLettersOfTheCheckPartAsDigits() {
        assertEquals("GCIO-2026-000123-7K10X01D", CertificateNumber.normalize(" gcio-2026-000123-7kIOxolD "));
        assertEquals("GCIO-2026-000123", CertificateNumber.normalize("gcio-2026-000123"));
    }
}
