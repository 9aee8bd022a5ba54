package id.gcio.academy.catalog;

import id.gcio.academy.catalog.ContentSyncService.SyncReport;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for the content sync. */
@Path("/api/v1/admin/content")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Administration")
@SecurityRequirement(name = "SecurityScheme")
public class ContentAdminResource {

    /** A past sync. */
    public record SyncRunView(long id, Instant startedAt, String trigger, String status, int coursesChanged,
            int coursesArchived, int lessonsChanged, int lessonsArchived, List<ContentError> errors) {
    }

    @Inject
    ContentSyncService sync;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("sync")
    @Operation(summary = "Sync content/ into the database now")
    public SyncReport syncNow() {
        return sync.syncConfigured("api", currentUser.id());
    }

    @GET
    @Path("sync-runs")
    @Operation(summary = "The 20 most recent syncs")
    public List<SyncRunView> runs() {
        return sync.recentRuns(20).stream().map(r -> new SyncRunView(r.id, r.startedAt, r.trigger, r.status,
                r.coursesChanged, r.coursesArchived, r.lessonsChanged, r.lessonsArchived, List.copyOf(r.errors))).toList();
    }
}
