package id.gcio.academy.cohort;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Partner organisations and the users acting for them (admins only). */
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
@RolesAllowed(Role.ADMIN)
public class PartnerResource {

    /** A new partner. */
    public record PartnerBody(String code, String name) {
    }

    /** A user to add, by e-mail or NIP (they must have signed in once). */
    public record MemberBody(String user) {
    }

    @Inject
    PartnerService partners;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<PartnerService.PartnerView> list() {
        return partners.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a partner organisation")
    public Response create(PartnerBody body) {
        var p = partners.create(body == null ? null : body.code(), body == null ? null : body.name());
        return Response.created(URI.create("/api/v1/partners/" + p.code())).entity(p).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A partner organisation with its members and cohorts")
    public PartnerService.PartnerDetail detail(@RestPath String code) {
        return partners.detail(code);
    }

    @DELETE
    @Path("{code}/members/{userId}")
    @Operation(summary = "Stop a user acting for the partner")
    public PartnerService.PartnerDetail removeMember(@RestPath String code, @RestPath long userId) {
        return partners.removeMember(code, userId, currentUser.id());
    }

    @PUT
    @Path("{code}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let a user (by e-mail or NIP) act for the partner")
    public PartnerService.PartnerView addMember(@RestPath String code, MemberBody body) {
        return partners.addMember(code, body == null ? null : body.user(), currentUser.id());
    }
}
