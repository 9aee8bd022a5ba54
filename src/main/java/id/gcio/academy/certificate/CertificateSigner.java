package id.gcio.academy.certificate;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs certificate payloads with the academy's Ed25519 key and verifies them against the current or a retired
 * public key. A key's id is the first 16 hex digits of the SHA-256 of its public key (SubjectPublicKeyInfo DER).
 */
@ApplicationScoped
public class CertificateSigner {

    /** A published public key. */
    public record PublicKeyView(String kid, String alg, String publicKey, String pem, String status) {
    }

    /** A signature and the id of the key that made it. */
    public record Signed(String keyId, String signature) {
    }

    private final PrivateKey privateKey;
    private final String currentKid;
    private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
    private final List<PublicKeyView> views = new ArrayList<>();

    @Inject
    public CertificateSigner(CertificateConfig config) {
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            privateKey = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(config.signingKey().strip())));
            PublicKey current = publicOf(kf, privateKey);
            currentKid = add(current, "current");
            for (String retired : config.retiredPublicKeys().orElse(List.of())) {
                add(kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(retired.strip()))), "retired");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("academy.certificate.signing-key is not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** Signs the payload's UTF-8 bytes with the current key; the signature in standard base64. */
    public Signed sign(String payload) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return new Signed(currentKid, Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the signature is a valid signature of the payload by the named published key. Cached per instance: the
     * answer for the same three strings never changes.
     */
    @CacheResult(cacheName = "certificate-signature")
    public boolean verify(String payload, String signature, String keyId) {
        PublicKey key = keyId == null ? null : publicKeys.get(keyId);
        if (key == null || payload == null || signature == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String currentKeyId() {
        return currentKid;
    }

    /** The current and retired public keys, for {@code /.well-known/gcio-academy-keys.json}. */
    public List<PublicKeyView> publicKeys() {
        return List.copyOf(views);
    }

    private String add(PublicKey key, String status) {
        byte[] der = key.getEncoded();
        String kid = id.gcio.academy.web.Hashes.sha256Hex(der).substring(0, 16);
        if (publicKeys.putIfAbsent(kid, key) == null) {
            String b64 = Base64.getEncoder().encodeToString(der);
            views.add(new PublicKeyView(kid, "Ed25519", b64,
                    "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n", status));
        }
        return kid;
    }

    /** The public key of an Ed25519 private key: PKCS#8 for Ed25519 (RFC 8410) may omit it, so derive it. */
    private static PublicKey publicOf(KeyFactory kf, PrivateKey key) throws GeneralSecurityException {
        byte[] seed = ((java.security.interfaces.EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new GeneralSecurityException("no key bytes"));
        // The JDK has no "public key of this private key" call; its generator draws exactly the 32-byte seed from the
        // random source, so feeding it the seed rebuilds the pair. Checked below, so a different JDK fails loudly.
        java.security.KeyPairGenerator gen = java.security.KeyPairGenerator.getInstance("Ed25519");
        gen.initialize(java.security.spec.NamedParameterSpec.ED25519, new FixedRandom(seed));
        java.security.KeyPair pair = gen.generateKeyPair();
        if (!java.util.Arrays.equals(((java.security.interfaces.EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow(), seed)) {
            throw new GeneralSecurityException("could not derive the public key");
        }
        return pair.getPublic();
    }

    /** A SecureRandom that returns the given seed, so the JDK's generator rebuilds the key pair of a known private key. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
