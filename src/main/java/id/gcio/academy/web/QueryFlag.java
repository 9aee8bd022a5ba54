package id.gcio.academy.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * A yes/no query parameter read strictly, for switches such as {@code dryRun} where a misread value would do the
 * opposite of what the client meant: absent is false; present, only {@code true} or {@code false} (any case).
 */
public final class QueryFlag {

    private QueryFlag() {
    }

    /** The parameter's value; anything else (1, yes, an empty value, the parameter twice) is a 400 naming it. */
    public static boolean read(UriInfo uri, String name) {
        List<String> values = uri.getQueryParameters().get(name);
        if (values == null || values.isEmpty()) {
            return false;
        }
        String value = values.size() == 1 ? values.get(0) : null;
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        throw new DomainException(400, "invalid-input", "Parameter " + name + " hanya boleh true atau false.",
                Map.of(name, name + ": true atau false."));
    }
}
