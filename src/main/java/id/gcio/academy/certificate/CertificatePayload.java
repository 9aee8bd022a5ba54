package id.gcio.academy.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed statement of a certificate: canonical JSON (fixed key order, no whitespace, UTF-8) built from the stored
 * row, so that changing any stored field makes the row disagree with its signed payload. The payload is public (the
 * verification API serves it), so it holds nothing the NIP can be recomputed from: only the masked NIP. Version 1 also
 * held {@code sha256("<number>:<nip>")}, which the masked NIP's ~19,000 candidates brute-force at once; version 2
 * dropped it.
 */
public final class CertificatePayload {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int VERSION = 2;

    private CertificatePayload() {
    }

    public static String of(Certificate c, String issuer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        m.put("number", c.number);
        m.put("issuer", issuer);
        m.put("programme", c.programmeCode);
        m.put("programmeName", c.programmeName);
        m.put("holderName", c.holderName);
        m.put("nipMasked", maskNip(c.nip));
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
}
