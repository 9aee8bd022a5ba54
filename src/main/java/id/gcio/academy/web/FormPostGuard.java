package id.gcio.academy.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages change state only through HTML forms. The CSRF check reads the token from form bodies and lets other bodies
 * pass (the JSON API uses bearer tokens, not cookies), and a request with no Content-Type at all would reach a form
 * endpoint unchecked. So every page request that may change something must come as a form: urlencoded or multipart.
 */
public class FormPostGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public void requireFormBody(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            throw new NotSupportedException();
        }
    }
}
