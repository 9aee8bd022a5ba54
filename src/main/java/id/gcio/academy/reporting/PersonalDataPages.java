package id.gcio.academy.reporting;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.web.Ui;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The profile page's "download my data": the signed-in person's own data as a JSON file. */
@Path("/profil/data")
@Authenticated
public class PersonalDataPages {

    @Inject
    PersonalDataService data;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response download() {
        return Response.ok(data.of(currentUser.id(), ui.lang()))
                .header("Content-Disposition", "attachment; filename=\"data-saya-gcio-academy.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
