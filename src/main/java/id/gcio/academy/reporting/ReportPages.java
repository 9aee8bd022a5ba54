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
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The admins' report page: the province per OPD, filtered by programme and cohort year, with downloads. */
@Path("/admin/laporan")
@RolesAllowed(Role.ADMIN)
public class ReportPages {

    @Inject
    OpdReportService reports;

    @Inject
    ReportDownloads downloads;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "reporting/ReportPages")
    static class Templates {
        static native TemplateInstance opd(OpdReportService.OpdReport report, String query, Map<String, String> errors,
                Map<String, String> values);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String programme, @RestQuery String year) {
        Map<String, String> values = Map.of("programme", programme == null ? "" : programme, "year", year == null ? "" : year);
        try {
            OpdReportService.Filter filter = OpdReportService.Filter.of(programme, year);
            OpdReportService.OpdReport report = reports.opdReport(filter);
            return Response.ok(ui.page(Templates.opd(report, query(filter), Map.of(), values))).build();
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            OpdReportService.OpdReport all = reports.opdReport(new OpdReportService.Filter(null, null));
            return Response.status(400).type(MediaType.TEXT_HTML)
                    .entity(ui.page(Templates.opd(all, query(all.filter()), e.fieldErrors(), values))).build();
        }
    }

    @GET
    @Path("ekspor")
    public Response export(@RestQuery String programme, @RestQuery String year, @RestQuery String format) {
        return downloads.opd(OpdReportService.Filter.of(programme, year), format);
    }

    private static String query(OpdReportService.Filter f) {
        return (f.programme() == null ? "" : "&programme=" + f.programme()) + (f.year() == null ? "" : "&year=" + f.year());
    }
}
