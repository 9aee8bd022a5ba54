package id.gcio.academy.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem body for API errors; {@code code} (an extension member) is the machine-readable reason. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field, with a message in Bahasa Indonesia. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail, String instance) {
        return new Problem("https://gcio-academy.id/problems/" + code, title, status, detail, instance, code, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, fieldErrors);
    }
}
