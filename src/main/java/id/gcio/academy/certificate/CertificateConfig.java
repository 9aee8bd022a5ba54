package id.gcio.academy.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Who issues certificates and with which key ({@code academy.certificate.*}); the private key only from the environment in production. */
@ConfigMapping(prefix = "academy.certificate")
public interface CertificateConfig {

    /** The Ed25519 private key, PKCS#8 DER in base64 ({@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}). */
    String signingKey();

    /** Public keys (X.509 SubjectPublicKeyInfo DER, base64) of earlier signing keys, still published so old certificates verify. */
    Optional<List<String>> retiredPublicKeys();

    @WithDefault("Pemerintah Provinsi Kalimantan Timur")
    String provinceName();

    @WithDefault("Dinas Komunikasi dan Informatika")
    String issuerUnit();

    @WithDefault("Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur")
    String signatoryTitle();

    @WithDefault("Kepala Dinas Komunikasi dan Informatika")
    String signatoryName();

    @WithDefault("Samarinda")
    String signatoryPlace();
}
