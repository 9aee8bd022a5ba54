package id.gcio.academy.certificate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as certificates print and show it: without control characters (U+0000–U+001F, U+007F–U+009F; line breaks and
 * tabs become spaces), which XML cannot carry, and without bidi and direction marks (U+200E/F, U+202A–U+202E,
 * U+2066–U+2069), which can make a name read differently from what it is; spaces collapsed.
 */
public final class PrintableText {

    private static final Pattern SPACES = Pattern.compile("[\\t\\n\\r\\u0085\\s]+");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\u0000-\\u001F\\u007F-\\u009F\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private PrintableText() {
    }

    /** The text cleaned; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String spaced = SPACES.matcher(text).replaceAll(" ");
        return SPACES.matcher(UNPRINTABLE.matcher(spaced).replaceAll("")).replaceAll(" ").strip();
    }

    static List<String> clean(List<String> texts) {
        return texts == null ? null : texts.stream().map(PrintableText::clean).toList();
    }

    /** The document with every printed text cleaned (number and verification address as they are). */
    static CertificateDocument clean(CertificateDocument d) {
        return new CertificateDocument(d.number(), clean(d.title()), clean(d.titleEn()), clean(d.holderName()), d.nip(),
                clean(d.opdName()), clean(d.programmeName()), clean(d.cohortName()), d.completedOn(), d.hours(),
                clean(d.competencies()), clean(d.signatoryName()), clean(d.signatoryTitle()), clean(d.signatoryPlace()),
                clean(d.provinceName()), clean(d.issuerUnit()), d.issuedOn(), d.expiresOn(), d.verificationUrl(),
                d.replacesNumber());
    }
}
