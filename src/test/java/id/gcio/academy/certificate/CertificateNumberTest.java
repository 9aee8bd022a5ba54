package id.gcio.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void spacesUnderscoresEnDashesAndGroupedCheckPartsReadAsTheCanonicalNumber() {
        for (String typed : new String[] { " gcio 2026 000001 2k8187pb ", "GCIO_2026_000001_2K8187PB",
                "GCIO\u20132026\u2013000001\u20132K8187PB", "GCIO - 2026 - 000001 - 2K81 87PB", "GCIO20260000012K8187PB",
                "GCIO-2026-1-2K8187PB" }) {
            CertificateNumber.Typed t = CertificateNumber.read(typed);
            assertEquals("GCIO-2026-000001-2K8187PB", t.text(), typed);
            assertTrue(t.wellFormed() && t.checkCharsValid(), typed);
            assertEquals(1, t.sequence());
        }
    }

    @Test
    void inputWithoutTheShapeIsMalformedAndACheckCharacterNoNumberHasIsFlagged() {
        CertificateNumber.Typed partial = CertificateNumber.read("gcio 2026 12");
        assertFalse(partial.wellFormed());
        assertEquals("GCIO 2026 12", partial.text());
        assertFalse(CertificateNumber.read("GCIO-2026-000001-2K8187P").wellFormed());
        CertificateNumber.Typed u = CertificateNumber.read("GCIO-2026-000001-2K8187PU");
        assertTrue(u.wellFormed());
        assertFalse(u.checkCharsValid(), "U is not in Crockford's alphabet");
    }

    @Test
    void theSequenceIsLookedUpAsTheNumbersThirdPartWritesIt() {
        // the verification's index is on split_part(number, '-', 3): it must equal what the lookup asks for
        assertEquals(CertificateNumber.next("GCIO", 2026, 42).split("-")[2], CertificateNumber.sequenceText(42));
        assertEquals(CertificateNumber.next("GCIO", 2026, 1234567).split("-")[2], CertificateNumber.sequenceText(1234567));
        assertEquals("000042", CertificateNumber.sequenceText(42));
    }
}
