package id.gcio.academy.certificate;

import id.gcio.academy.certificate.CertificateService.CertificateRow;
import id.gcio.academy.certificate.CertificateService.Verification;
import id.gcio.academy.grading.GradebookService;
import id.gcio.academy.grading.GradebookService.Standing;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The learner's certificates (with what is still missing for each programme) and their PDFs; the public verification
 * page that a certificate's QR code opens.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CertificatePages {

    @Inject
    CertificateService certificates;

    @Inject
    GradebookService gradebook;

    @Inject
    CertificatePdf pdf;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "certificate/CertificatePages")
    static class Templates {
        static native TemplateInstance mine(List<CertificateRow> certificates, List<Standing> standings,
                java.util.Map<String, CertificateRow> issued);

        static native TemplateInstance verify(Verification v, String asked);
    }

    @GET
    @Path("sertifikat")
    @Authenticated
    public TemplateInstance mine() {
        long id = currentUser.id();
        List<CertificateRow> mine = certificates.forLearner(id);
        // a programme whose certificate was issued: its grade is final (the one the certificate records)
        java.util.Map<String, CertificateRow> issued = new java.util.HashMap<>();
        mine.stream().filter(c -> c.status() == Certificate.Status.VALID).forEach(c -> issued.putIfAbsent(c.programmeCode(), c));
        return ui.page(Templates.mine(mine, gradebook.standings(id), issued));
    }

    @GET
    @Path("sertifikat/{number}.pdf")
    @Authenticated
    @Produces("application/pdf")
    public Response pdf(@RestPath String number) {
        CertificateDocument doc = certificates.ownDocument(number, currentUser.id());
        StreamingOutput out = os -> pdf.render(doc, os);
        return Response.ok(out, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + doc.number() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("verifikasi")
    @PermitAll
    public Response verifyForm(@RestQuery String nomor) {
        if (nomor != null && !nomor.isBlank()) {
            String n = CertificateNumber.normalize(nomor);
            return Response.seeOther(URI.create("/verifikasi/" + java.net.URLEncoder.encode(n.isEmpty() ? nomor.strip() : n,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))).build();
        }
        return Response.ok(ui.page(Templates.verify(null, null))).build();
    }

    @GET
    @Path("verifikasi/{number}")
    @PermitAll
    public Response verify(@RestPath String number) {
        Verification v = certificates.verify(number);
        int status = switch (v.status()) {
            case "UNKNOWN", "MISTYPED" -> 404;
            case "MALFORMED" -> 400;
            default -> 200;
        };
        return Response.status(status).entity(ui.page(Templates.verify(v, number)).render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-cache").build();
    }
}
