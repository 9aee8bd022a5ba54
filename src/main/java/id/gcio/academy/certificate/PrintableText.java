package id.gcio.academy.certificate;

import id.gcio.academy.web.PlainText;
import java.util.List;

/**
 * Text as certificates print and show it ({@link PlainText#oneLine}): without control characters, which XML cannot
 * carry, and without bidi and direction marks, which can make a name read differently from what it is.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The text cleaned; {@code null} stays {@code null}. */
    public static String clean(String text) {
        return PlainText.oneLine(text);
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
