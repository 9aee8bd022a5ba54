package id.gcio.academy.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** How a typed number reads: its canonical text and whether it has the shape of a certificate number. */
    record Typed(String text, boolean wellFormed, boolean checkCharsValid, long sequence) {
    }

    /** Dashes, en and em dashes, minus signs, underscores, dots, slashes and white space, in any run: one separator. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-\u2010-\u2015\u2212./]+");
    private static final Pattern SHAPE = Pattern.compile("([A-Z]{2,12})-(\\d{4})-(\\d{1,12})-([0-9A-Z]{8})");
    private static final Pattern COMPACT = Pattern.compile("([A-Z]{2,12})(\\d{4})(\\d{1,12})([0-9A-Z]{8})");

    /**
     * A number as someone typed it: trimmed, upper case, any separator (space, underscore, en dash, …) read as the
     * dash, the check part also accepted as two groups of four, the sequence with its leading zeros, and in the check
     * part the letters people confuse with digits (O, I, L) read as Crockford reads them (0, 1, 1). Input without the
     * number's shape comes back trimmed and in upper case only.
     */
    static String normalize(String typed) {
        return read(typed).text();
    }

    static Typed read(String typed) {
        String n = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (n.length() > 80) {
            return new Typed(n.substring(0, 80), false, false, -1);
        }
        String dashed = SEPARATORS.matcher(n).replaceAll("-");
        String[] parts = dashed.split("-", -1);
        if (parts.length == 5 && parts[3].length() + parts[4].length() == 8) {
            dashed = parts[0] + "-" + parts[1] + "-" + parts[2] + "-" + parts[3] + parts[4];
        }
        Matcher m = SHAPE.matcher(dashed);
        if (!m.matches()) {
            m = COMPACT.matcher(dashed);
            if (!m.matches()) {
                return new Typed(n, false, false, -1);
            }
        }
        String check = m.group(4).replace('O', '0').replace('I', '1').replace('L', '1');
        boolean valid = check.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0);
        long sequence = Long.parseLong(m.group(3));
        String text = String.format(Locale.ROOT, "%s-%s-%06d-%s", m.group(1), m.group(2), sequence, check);
        return new Typed(text, true, valid, sequence);
    }

    /** The sequence as the third part of a number writes it (at least six digits). */
    static String sequenceText(long sequence) {
        return String.format(Locale.ROOT, "%06d", sequence);
    }
}
