package id.gcio.academy.cohort;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A cohort's announcements through the API (its partner, its trainers, admins). */
@Path("/api/v1/cohorts/{code}/announcements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
@RolesAllowed({ Role.MITRA, Role.ADMIN, Role.PELATIH })
public class AnnouncementResource {

    /** A new announcement: a title and a Markdown body. */
    public record AnnouncementBody(String title, String body) {
    }

    @Inject
    AnnouncementService announcements;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The cohort's announcements, newest first")
    public List<AnnouncementService.AnnouncementView> list(@RestPath String code) {
        return announcements.forCohort(code, cohorts.actor(currentUser));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an announcement: shown to the cohort's active members and e-mailed to them")
    public Response post(@RestPath String code, AnnouncementBody body) {
        var a = announcements.post(code, body == null ? null : body.title(), body == null ? null : body.body(),
                cohorts.actor(currentUser));
        return Response.status(201).entity(a).build();
    }
}
