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
import org.jboss.resteasy.reactive.RestPath;

/** The admins' pages for partner organisations: create one, let users act for it, stop them acting for it. */
@Path("/admin/mitra")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AdminPartnerPages {

    @Inject
    PartnerService partners;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "cohort/AdminPartnerPages")
    static class Templates {
        static native TemplateInstance partners(List<PartnerService.PartnerView> partners, Map<String, String> errors,
                Map<String, String> values);

        static native TemplateInstance partner(PartnerService.PartnerDetail p, Map<String, String> errors,
                Map<String, String> values);
    }

    @GET
    public TemplateInstance list() {
        return ui.page(Templates.partners(partners.list(), Map.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String code, @RestForm String name) {
        PartnerService.PartnerView created;
        try {
            created = partners.create(code, name);
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            Map<String, String> values = Map.of("code", code == null ? "" : code, "name", name == null ? "" : name);
            return Response.status(422).type(MediaType.TEXT_HTML)
                    .entity(ui.page(Templates.partners(partners.list(), e.fieldErrors(), values))).build();
        }
        return Flash.PARTNER_CHANGED.redirect("/admin/mitra/" + created.code());
    }

    @GET
    @Path("{code}")
    public TemplateInstance partner(@RestPath String code) {
        return ui.page(Templates.partner(partners.detail(code), Map.of(), Map.of()));
    }

    @POST
    @Path("{code}/anggota")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@RestPath String code, @RestForm String user) {
        PartnerService.PartnerView p;
        try {
            p = partners.addMember(code, user, currentUser.id());
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return Response.status(422).type(MediaType.TEXT_HTML).entity(ui.page(Templates.partner(partners.detail(code),
                    e.fieldErrors(), Map.of("user", user == null ? "" : user)))).build();
        }
        return Flash.PARTNER_CHANGED.redirect("/admin/mitra/" + p.code());
    }

    @POST
    @Path("{code}/anggota/{userId}/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@RestPath String code, @RestPath long userId) {
        return Flash.PARTNER_CHANGED.redirect("/admin/mitra/" + partners.removeMember(code, userId, currentUser.id()).code());
    }
}
