package id.gcio.academy.cohort;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The OPD reference list and the programmes, for partners preparing rosters; admins maintain the OPDs. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@RolesAllowed({ Role.MITRA, Role.ADMIN, Role.PELATIH })
public class OpdResource {

    /** An OPD as an admin writes it; aliases separated by commas. */
    public record OpdBody(String name, String aliases, Boolean active) {
    }

    /** A programme with its learning paths. */
    public record ProgrammeView(String code, String nameId, String nameEn, ProgrammeContent.ProgrammeFile definition) {
    }

    @Inject
    OpdService opds;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("opds")
    @Operation(summary = "The OPD reference list a roster's OPD column is matched against (code, name, aliases)")
    public List<OpdService.OpdView> list() {
        return opds.list();
    }

    @PUT
    @Path("opds/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Add or correct an OPD (later content syncs leave it as the admin left it)")
    public OpdService.OpdView save(@RestPath String code, OpdBody body) {
        OpdBody b = body == null ? new OpdBody(null, null, null) : body;
        return opds.save(code, b.name(), b.aliases(), b.active() == null || b.active(), currentUser.id());
    }

    @GET
    @Path("programmes")
    @Operation(summary = "Programmes and their learning paths per position class")
    public List<ProgrammeView> programmes() {
        return Programme.listActive().stream().map(p -> new ProgrammeView(p.code, p.nameId, p.nameEn, p.definition)).toList();
    }
}
