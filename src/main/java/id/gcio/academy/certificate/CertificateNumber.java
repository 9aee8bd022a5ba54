package id.gcio.academy.certificate;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Certificate numbers: {@code <prefix>-<issue year>-<6-digit sequence>-<check>}, e.g. {@code GCIO-2026-000123-7KQ3XM9D}.
 * The sequence keeps numbers unique and ordered; the check part is 8 random Crockford base32 characters (40 bits), so
 * knowing one number (or the sequence) does not let anyone guess another certificate's number and walk the public
 * verification through every certificate.
 */
public final class CertificateNumber {

    /** Crockford's base32: digits and capitals without I, L, O and U, so a number read off paper is typed right. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CHECK_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumber() {
    }

    static String next(String prefix, int year, long sequence) {
        StringBuilder check = new StringBuilder(CHECK_LENGTH);
        for (int i = 0; i < CHECK_LENGTH; i++) {
            check.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return String.format(Locale.ROOT, "%s-%d-%06d-%s", prefix, year, sequence, check);
    }

    /**
     * A number as someone typed it: trimmed, upper case, and in the check part the letters people confuse with digits
     * (O, I, L) read as Crockford reads them (0, 1, 1).
     */
    static String normalize(String typed) {
        String n = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        int dash = n.lastIndexOf('-');
        if (dash < 0 || n.length() - dash - 1 != CHECK_LENGTH) {
            return n;
        }
        return n.substring(0, dash + 1) + n.substring(dash + 1).replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
