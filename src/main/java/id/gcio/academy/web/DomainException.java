package id.gcio.academy.web;

import java.util.Map;

/** A business-rule refusal that pages turn into an error page or form message and the API into a problem body. */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;

    public DomainException(int status, String code, String message, Map<String, String> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    public static DomainException notFound(String message) {
        return new DomainException(404, "not-found", message, null);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(403, "forbidden", message, null);
    }

    public static DomainException conflict(String message) {
        return new DomainException(409, "conflict", message, null);
    }

    /** Invalid input, with a message per field (Bahasa Indonesia). */
    public static DomainException invalid(Map<String, String> fieldErrors) {
        return new DomainException(422, "invalid-input", "Data yang dikirim belum valid.", fieldErrors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
