package id.gcio.academy.reporting;

import id.gcio.academy.identity.Role;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The admins' user lookup page ({@code /admin/pengguna}). */
@Path("/admin/pengguna")
@RolesAllowed(Role.ADMIN)
public class UserLookupPages {

    private static final UserLookupService.Result EMPTY = new UserLookupService.Result(List.of(), List.of());

    @Inject
    UserLookupService lookup;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "reporting/UserLookupPages")
    static class Templates {
        static native TemplateInstance users(String q, UserLookupService.Result found, boolean searched, int limit,
                Map<String, String> errors);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String q) {
        if (q == null || q.isBlank()) {
            return Response.ok(ui.page(Templates.users("", EMPTY, false, UserLookupService.LIMIT, Map.of()))).build();
        }
        try {
            return Response.ok(ui.page(Templates.users(q, lookup.lookup(q), true, UserLookupService.LIMIT, Map.of()))).build();
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return Response.status(400).type(MediaType.TEXT_HTML)
                    .entity(ui.page(Templates.users(q, EMPTY, false, UserLookupService.LIMIT, e.fieldErrors()))).build();
        }
    }
}
