package id.gcio.academy.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.gcio.academy.web.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed statement of a certificate: canonical JSON (fixed key order, no whitespace, UTF-8) built from the stored
 * row, so that changing any stored field makes the row disagree with its signed payload. The NIP is never in it in
 * clear: the payload holds the masked NIP and {@code sha256("<number>:<nip>")}, which a holder of the PDF can recompute.
 */
public final class CertificatePayload {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CertificatePayload() {
    }

    public static String of(Certificate c, String issuer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("number", c.number);
        m.put("issuer", issuer);
        m.put("programme", c.programmeCode);
        m.put("programmeName", c.programmeName);
        m.put("holderName", c.holderName);
        m.put("nipMasked", maskNip(c.nip));
        m.put("nipHash", nipHash(c.number, c.nip));
        m.put("opd", c.opdName);
        m.put("cohort", c.cohortName);
        m.put("completedOn", c.completedOn.toString());
        m.put("hours", c.hours);
        m.put("competencies", c.competencies);
        m.put("issuedOn", c.issuedOn.toString());
        m.put("expiresOn", c.expiresOn == null ? null : c.expiresOn.toString());
        m.put("replaces", c.replacesNumber);
        m.put("keyId", c.keyId);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 197805122005012003} → {@code 197805********2003}: birth year and month, and the last four digits. */
    public static String maskNip(String nip) {
        if (nip == null || nip.length() != 18) {
            return "******************";
        }
        return nip.substring(0, 6) + "********" + nip.substring(14);
    }

    public static String nipHash(String number, String nip) {
        return Hashes.sha256Hex((number + ":" + nip).getBytes(StandardCharsets.UTF_8));
    }
}
