package id.gcio.academy.web;

import java.util.Map;

/**
 * A business-rule refusal that pages turn into an error page or form message and the API into a problem body. Its
 * message is in Bahasa Indonesia (the API's language); one with an English text as well shows that on English pages.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;
    private final String messageEn;

    public DomainException(int status, String code, String message, Map<String, String> fieldErrors) {
        this(status, code, message, null, fieldErrors);
    }

    private DomainException(int status, String code, String message, String messageEn,
            Map<String, String> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.messageEn = messageEn;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    /** A refusal with its own code, in Indonesian and English. */
    public static DomainException of(int status, String code, String message, String messageEn) {
        return new DomainException(status, code, message, messageEn, null);
    }

    /** With a message only in Indonesian (an English page marks it as such). */
    public static DomainException notFound(String message) {
        return new DomainException(404, "not-found", message, null);
    }

    /** A page's refusal whose message is in the reader's language already (from the message bundles). */
    public static DomainException notFoundInReadersLanguage(String message) {
        return new DomainException(404, "not-found", message, message, null);
    }

    public static DomainException notFound(String message, String messageEn) {
        return new DomainException(404, "not-found", message, messageEn, null);
    }

    public static DomainException forbidden(String message, String messageEn) {
        return new DomainException(403, "forbidden", message, messageEn, null);
    }

    public static DomainException conflict(String message) {
        return new DomainException(409, "conflict", message, null);
    }

    public static DomainException conflict(String message, String messageEn) {
        return new DomainException(409, "conflict", message, messageEn, null);
    }

    /** The message for a page in {@code lang}: the Indonesian one when there is no English text. */
    public String messageIn(String lang) {
        return "en".equals(lang) && messageEn != null ? messageEn : getMessage();
    }

    /** A form's errors: the field errors, or else the message in {@code lang} as the error of {@code field}. */
    public Map<String, String> formErrors(String field, String lang) {
        return fieldErrors.isEmpty() ? Map.of(field, messageIn(lang)) : fieldErrors;
    }

    /** Whether {@link #messageIn} gives a text in {@code lang}. */
    public boolean hasMessageIn(String lang) {
        return !"en".equals(lang) || messageEn != null;
    }

    /** Invalid input, with a message per field (Bahasa Indonesia). */
    public static DomainException invalid(Map<String, String> fieldErrors) {
        return new DomainException(422, "invalid-input", "Data yang dikirim belum valid.", "The data sent is not valid yet.",
                fieldErrors);
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
