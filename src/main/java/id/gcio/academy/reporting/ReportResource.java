package id.gcio.academy.reporting;

import id.gcio.academy.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Reports across cohorts for admins. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed(Role.ADMIN)
public class ReportResource {

    @Inject
    OpdReportService reports;

    @Inject
    ReportDownloads downloads;

    @GET
    @Path("opd")
    @Operation(summary = "Participants, completed paths and valid certificates per OPD (programme and cohort year optional)")
    public OpdReportService.OpdReport opd(@RestQuery String programme, @RestQuery String year) {
        return reports.opdReport(OpdReportService.Filter.of(programme, year));
    }

    @GET
    @Path("opd/export")
    @Produces({ "text/csv", TableExport.XLSX, MediaType.APPLICATION_JSON })
    @Operation(summary = "The report per OPD as CSV or XLSX (format=csv|xlsx)")
    public Response export(@RestQuery String programme, @RestQuery String year, @RestQuery String format) {
        return downloads.opd(OpdReportService.Filter.of(programme, year), format);
    }
}
