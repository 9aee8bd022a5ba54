package id.gcio.academy.cohort;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The admins' page for the OPD reference list: add an OPD, correct a name, add aliases, retire one. */
@Path("/admin/opd")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AdminOpdPages {

    @Inject
    OpdService opds;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "cohort/AdminOpdPages")
    static class Templates {
        static native TemplateInstance opds(List<OpdService.OpdView> opds, Map<String, String> errors, Map<String, String> values);
    }

    @GET
    public TemplateInstance page() {
        return ui.page(Templates.opds(opds.list(), Map.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String code, @RestForm String name, @RestForm String aliases, @RestForm String active) {
        try {
            opds.save(code, name, aliases, !"tidak".equals(active), currentUser.id());
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            Map<String, String> values = Map.of("code", code == null ? "" : code, "name", name == null ? "" : name,
                    "aliases", aliases == null ? "" : aliases);
            return Response.status(422).type(MediaType.TEXT_HTML)
                    .entity(ui.page(Templates.opds(opds.list(), e.fieldErrors(), values))).build();
        }
        return Flash.OPD_SAVED.redirect("/admin/opd");
    }
}
