package id.gcio.academy.certificate;

import id.gcio.academy.certificate.CertificateService.CertificateRow;
import id.gcio.academy.certificate.CertificateService.EventRow;
import id.gcio.academy.certificate.CertificateService.Verification;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Certificates over the API: public verification by number (valid, revoked, expired, invalid, unknown; NIP masked;
 * with the signed payload for offline checks), the learner's own certificates and PDFs, and admins' approval,
 * revocation and re-issue.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateResource {

    /** A revocation. */
    public record RevokeBody(String reason) {
    }

    /** A re-issue with a corrected holder name. */
    public record ReissueBody(String holderName, String reason) {
    }

    @Inject
    CertificateService certificates;

    @Inject
    CertificatePdf pdf;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/certificates/{number}")
    @PermitAll
    @Operation(summary = "Verify a certificate (public): status VALID, REVOKED, EXPIRED, INVALID or UNKNOWN; MALFORMED (not "
            + "the shape of a number) or MISTYPED (probably a typing error: another certificate has this sequence number)")
    public Response verify(@RestPath String number) {
        Verification v = certificates.verify(number);
        return Response.ok(v).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("/certificates/mine")
    @Authenticated
    @Operation(summary = "The caller's own certificates")
    public List<CertificateRow> mine() {
        return certificates.forLearner(currentUser.id());
    }

    @GET
    @Path("/certificates/mine/{number}/pdf")
    @Authenticated
    @Produces("application/pdf")
    @Operation(summary = "The PDF of one of the caller's valid certificates")
    public Response minePdf(@RestPath String number) {
        CertificateDocument doc = certificates.ownDocument(number, currentUser.id());
        return pdfResponse(doc);
    }

    @GET
    @Path("/certificates/pending")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Certificates waiting for an admin's approval")
    public List<CertificateRow> pending() {
        return certificates.pending();
    }

    @POST
    @Path("/certificates/pending/{id}/approve")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Approve a queued certificate: it receives its number and signature")
    public CertificateRow approve(@RestPath long id) {
        return certificates.approve(id, currentUser.id());
    }

    @POST
    @Path("/certificates/{number}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Revoke a certificate with a reason (it stays on record and verifies as revoked)")
    public CertificateRow revoke(@RestPath String number, RevokeBody body) {
        return certificates.revoke(number, body == null ? null : body.reason(), currentUser.id());
    }

    @POST
    @Path("/certificates/{number}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Re-issue with a corrected holder name: the old certificate is revoked, the new one replaces it")
    public Response reissue(@RestPath String number, ReissueBody body) {
        CertificateRow row = certificates.reissue(number, body == null ? null : body.holderName(),
                body == null ? null : body.reason(), currentUser.id());
        return Response.status(201).entity(row).build();
    }

    @GET
    @Path("/certificates/{number}/history")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "A certificate's history: issued, approved, revoked, re-issued")
    public List<EventRow> history(@RestPath String number) {
        return certificates.history(number);
    }

    @GET
    @Path("/certificates/{number}/pdf")
    @RolesAllowed(Role.ADMIN)
    @Produces("application/pdf")
    @Operation(summary = "Any certificate's PDF (admins)")
    public Response adminPdf(@RestPath String number) {
        return pdfResponse(certificates.document(number));
    }

    private Response pdfResponse(CertificateDocument doc) {
        StreamingOutput out = os -> pdf.render(doc, os);
        return Response.ok(out, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + doc.number() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
