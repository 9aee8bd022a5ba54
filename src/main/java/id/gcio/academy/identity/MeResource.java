package id.gcio.academy.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me}: who the token belongs to, so partners can check their token. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Identity")
@SecurityRequirement(name = "SecurityScheme")
public class MeResource {

    /** The caller's profile and academy roles. */
    public record MeResponse(long id, String name, String email, String nip, String opdName, String positionTitle,
            String echelon, boolean profileComplete, Set<String> roles) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The caller's profile and roles")
    public MeResponse me() {
        AppUser u = currentUser.require();
        return new MeResponse(u.id, u.displayName, u.email, u.nip, u.opdName, u.positionTitle, u.echelon,
                u.profileComplete(), currentUser.roles());
    }
}
