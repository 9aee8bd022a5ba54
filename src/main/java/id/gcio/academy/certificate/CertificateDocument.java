package id.gcio.academy.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on a certificate.
 *
 * <p>{@code nip} is the 18-digit NIP, printed grouped 8-6-1-3; {@code hours} is in JP (jam pelajaran);
 * {@code verificationUrl} is exactly what the QR code encodes. {@code expiresOn} and {@code replacesNumber} (the
 * revoked certificate this one replaces) may be {@code null}.
 */
public record CertificateDocument(
        String number,
        String title,
        String titleEn,
        String holderName,
        String nip,
        String opdName,
        String programmeName,
        String cohortName,
        LocalDate completedOn,
        int hours,
        List<String> competencies,
        String signatoryName,
        String signatoryTitle,
        String signatoryPlace,
        String provinceName,
        String issuerUnit,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String verificationUrl,
        String replacesNumber) {
}
