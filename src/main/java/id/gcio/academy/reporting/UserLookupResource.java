package id.gcio.academy.reporting;

import id.gcio.academy.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code GET /api/v1/admin/users?q=}: admins look a user up by name, e-mail or NIP. */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Administration")
public class UserLookupResource {

    @Inject
    UserLookupService lookup;

    @GET
    @Operation(summary = "Users whose NIP starts with q, or whose name or e-mail contains it (at least 3 characters; 50 at most); "
            + "with roster=true, then the roster entries no account is linked to yet (elements with user null and rosterEntry: "
            + "name, NIP, OPD and cohorts)")
    public List<UserLookupService.Found> search(@RestQuery String q, @RestQuery boolean roster) {
        return roster ? lookup.search(q) : lookup.lookup(q).users();
    }
}
