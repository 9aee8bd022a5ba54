package id.gcio.academy.certificate;

import id.gcio.academy.certificate.CertificateService.CertificateRow;
import id.gcio.academy.certificate.CertificateService.EventRow;
import id.gcio.academy.certificate.CertificateService.Verification;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Admins' certificate desk: approvals, recent certificates, and per certificate its history, revocation and re-issue. */
@Path("/admin/sertifikat")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AdminCertificatePages {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "certificate/AdminCertificatePages")
    static class Templates {
        static native TemplateInstance list(List<CertificateRow> pending, List<CertificateRow> recent);

        static native TemplateInstance certificate(Verification v, List<EventRow> history, Map<String, String> errors,
                Map<String, String> values);

        static native TemplateInstance confirmRevoke(CertificateRow certificate, String reason);
    }

    @GET
    public TemplateInstance list() {
        return ui.page(Templates.list(certificates.pending(), certificates.recent(50)));
    }

    @GET
    @Path("{number}")
    public TemplateInstance certificate(@RestPath String number) {
        return page(number, Map.of(), Map.of());
    }

    @POST
    @Path("tunda/{id}/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath long id) {
        CertificateRow row = certificates.approve(id, currentUser.id());
        return Flash.CERTIFICATE_CHANGED.redirect("/admin/sertifikat/" + row.number());
    }

    /**
     * Revocation cannot be undone, so it takes two posts: the first (the reason) shows a page that names the holder,
     * the number and the reason and asks; only its button, which posts again with {@code confirmed=ya}, revokes.
     */
    @POST
    @Path("{number}/cabut")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath String number, @RestForm String reason, @RestForm String confirmed) {
        try {
            if (!"ya".equals(confirmed)) {
                CertificateRow row = certificates.revocationPreview(number, reason);
                return Response.ok(ui.page(Templates.confirmRevoke(row, reason.strip()))).build();
            }
            CertificateRow row = certificates.revoke(number, reason, currentUser.id());
            return Flash.CERTIFICATE_CHANGED.redirect("/admin/sertifikat/" + row.number());
        } catch (DomainException e) {
            return rerender(number, e, Map.of("reason", reason == null ? "" : reason));
        }
    }

    @POST
    @Path("{number}/terbitkan-ulang")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reissue(@RestPath String number, @RestForm String holderName, @RestForm String reissueReason) {
        try {
            CertificateRow row = certificates.reissue(number, holderName, reissueReason, currentUser.id());
            return Flash.CERTIFICATE_CHANGED.redirect("/admin/sertifikat/" + row.number());
        } catch (DomainException e) {
            Map<String, String> values = new HashMap<>();
            values.put("holderName", holderName == null ? "" : holderName);
            values.put("reissueReason", reissueReason == null ? "" : reissueReason);
            Map<String, String> errors = new HashMap<>(e.fieldErrors());
            if (errors.containsKey("reason")) {
                errors.put("reissueReason", errors.remove("reason"));
            }
            DomainException remapped = errors.isEmpty() ? e
                    : new DomainException(e.status(), e.code(), e.getMessage(), errors);
            return rerender(number, remapped, values);
        }
    }

    private TemplateInstance page(String number, Map<String, String> errors, Map<String, String> values) {
        return ui.page(Templates.certificate(certificates.verify(number), certificates.history(number), errors, values));
    }

    private Response rerender(String number, DomainException e, Map<String, String> values) {
        Map<String, String> errors = e.formErrors("form", ui.lang());
        return Response.status(e.status()).entity(page(number, errors, values)).build();
    }
}
