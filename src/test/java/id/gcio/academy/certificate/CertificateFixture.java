package id.gcio.academy.certificate;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A {@link CertificatePdf} on a standalone Qute engine (no Quarkus), and a builder of certificates for tests. */
final class CertificateFixture {

    static final String URL = "https://academy.kaltimprov.go.id/verifikasi/GCIO-2026-000123";

    private CertificateFixture() {
    }

    /** Parses the real template with HTML escaping, as Quarkus does for {@code .html} templates. */
    static CertificatePdf pdf() {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        try {
            String source = Files.readString(Path.of("src/main/resources/templates/certificate/pdf.html"));
            return new CertificatePdf(engine.parse(source, Variant.forContentType(Variant.TEXT_HTML)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Builder certificate() {
        return new Builder();
    }

    /** A typical certificate; each setter changes one field. */
    static final class Builder {
        private String number = "GCIO-2026-000123";
        private String title = "Sertifikat Government Chief Information Officer (GCIO)";
        private String holderName = "Dr. Ir. Hj. Siti Rahmawati, M.Si.";
        private String opdName = "Dinas Komunikasi dan Informatika";
        private String programmeName = "Program Pengembangan Kepemimpinan Digital GCIO";
        private String cohortName = "Angkatan I Tahun 2026";
        private List<String> competencies = List.of("Tata kelola SPBE", "Arsitektur SPBE", "Keamanan informasi");
        private String signatoryName = "Dr. H. Muhammad Faisal, S.Kom., M.T.";
        private String signatoryTitle = "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur";
        private LocalDate expiresOn = LocalDate.of(2029, 8, 31);
        private String verificationUrl = URL;
        private String replacesNumber;

        Builder number(String value) {
            number = value;
            verificationUrl = "https://academy.kaltimprov.go.id/verifikasi/" + value;
            return this;
        }

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder holderName(String value) {
            holderName = value;
            return this;
        }

        Builder opdName(String value) {
            opdName = value;
            return this;
        }

        Builder programme(String programme, String cohort) {
            programmeName = programme;
            cohortName = cohort;
            return this;
        }

        Builder competencies(List<String> value) {
            competencies = value;
            return this;
        }

        Builder signatory(String name, String title) {
            signatoryName = name;
            signatoryTitle = title;
            return this;
        }

        Builder expiresOn(LocalDate value) {
            expiresOn = value;
            return this;
        }

        Builder replaces(String value) {
            replacesNumber = value;
            return this;
        }

        CertificateDocument build() {
            return new CertificateDocument(number, title, "Government Chief Information Officer Certificate",
                    holderName, "197805122005012003", opdName, programmeName, cohortName, LocalDate.of(2026, 8, 17), 40,
                    competencies, signatoryName, signatoryTitle, "Samarinda", "Pemerintah Provinsi Kalimantan Timur",
                    "Dinas Komunikasi dan Informatika", LocalDate.of(2026, 11, 23), expiresOn, verificationUrl,
                    replacesNumber);
        }
    }
}
