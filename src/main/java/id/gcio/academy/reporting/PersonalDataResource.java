package id.gcio.academy.reporting;

import id.gcio.academy.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me/data}: a copy of the caller's own data (the profile page offers the same as a download). */
@Path("/api/v1/me/data")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Identity")
public class PersonalDataResource {

    @Inject
    PersonalDataService data;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Everything the academy holds about the caller (profile, cohorts, progress, quiz scores, "
            + "submissions and feedback, certificates, e-mails)")
    public PersonalDataService.PersonalData data() {
        return data.of(currentUser.id(), "id");
    }
}
