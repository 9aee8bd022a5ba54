package id.gcio.academy.cohort;

import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.CohortService.CohortForm;
import id.gcio.academy.cohort.CohortService.CohortSummary;
import id.gcio.academy.cohort.CohortService.Filter;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.imports.RosterImportService;
import id.gcio.academy.imports.RosterImportService.ImportHistory;
import id.gcio.academy.imports.RosterImportService.ImportRefused;
import id.gcio.academy.imports.RosterImportService.ImportReport;
import id.gcio.academy.imports.RosterImportService.Mode;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.QueryFlag;
import id.gcio.academy.web.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Cohorts for partners (Kominfo training providers), trainers and admins: create and list cohorts, import rosters
 * (dry run first), list participants with their progress, export. A partner sees and changes only its own cohorts.
 */
@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
@RolesAllowed({ Role.MITRA, Role.ADMIN, Role.PELATIH })
public class CohortResource {

    /** A membership status change. */
    public record StatusBody(String status) {
    }

    /** A page of participants. */
    public record ParticipantPage(CohortSummary cohort, long total, int page, int pageSize,
            List<CohortService.ParticipantRow> participants, List<CohortService.GroupCount> byEchelon,
            List<CohortService.GroupCount> byPositionClass, List<CohortService.GroupCount> byOpd) {
    }

    @Inject
    CohortService cohorts;

    @Inject
    RosterImportService imports;

    @Inject
    CohortExport export;

    @Inject
    CurrentUser currentUser;

    private Actor actor() {
        return cohorts.actor(currentUser);
    }

    @GET
    @Operation(summary = "The cohorts the caller may see (a partner: its own)")
    public List<CohortSummary> list() {
        return cohorts.list(actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    @Operation(summary = "Create a cohort; a partner creates it for its own organisation")
    public Response create(CohortForm form) {
        CohortSummary c = cohorts.create(form == null ? new CohortForm(null, null, null, null, null, null, null, null) : form, actor());
        return Response.created(URI.create("/api/v1/cohorts/" + c.code())).entity(c).build();
    }

    @GET
    @Path("{code}")
    public CohortSummary get(@RestPath String code) {
        return cohorts.summary(code, actor());
    }

    @GET
    @Path("{code}/participants")
    @Operation(summary = "Participants with their progress per course of their path, 100 per page, filterable")
    public ParticipantPage participants(@RestPath String code, @RestQuery Integer page, @RestQuery String echelon,
            @RestQuery("class") String positionClass, @RestQuery String opd, @RestQuery String status, @RestQuery String q) {
        var d = cohorts.detail(code, actor(), new Filter(echelon, positionClass, opd, status, q, page == null ? 0 : page));
        return new ParticipantPage(d.cohort(), d.matching(), d.filter().page(), Filter.PAGE_SIZE, d.rows(), d.byEchelon(),
                d.byClass(), d.byOpd());
    }

    @PUT
    @Path("{code}/participants/{nip}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    @Operation(summary = "Suspend (leave) or reactivate a membership; nothing the participant did is deleted")
    public Response setStatus(@RestPath String code, @RestPath String nip, StatusBody body) {
        Membership.Status status;
        try {
            status = Membership.Status.valueOf(body == null || body.status() == null ? "" : body.status().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(Map.of("status", "Status: ACTIVE, SUSPENDED atau COMPLETED."));
        }
        cohorts.setStatus(code, nip, status, actor());
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/imports")
    @Consumes({ "text/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    @Operation(summary = "Import a roster (CSV or XLSX as the body). dryRun=true only reports (dryRun: true or false); "
            + "mode=ALL_OR_NOTHING (default) or VALID_ROWS. A file that cannot be read as a roster gets 422")
    public Response importRoster(@RestPath String code, @RestQuery String mode,
            @HeaderParam("X-File-Name") String fileName, @Context UriInfo uri, byte[] body) {
        boolean onlyReport = QueryFlag.read(uri, "dryRun");
        byte[] bytes = body == null ? new byte[0] : body;
        if (onlyReport) {
            ImportReport report = imports.dryRun(code, fileName, bytes, actor());
            if (!report.fileOk()) {
                throw new ImportRefused(report, "File tidak dapat diimpor: " + report.fileProblems().stream()
                        .filter(p -> p.blocking()).findFirst().map(p -> p.message()).orElse(""));
            }
            return Response.ok(report).build();
        }
        Mode m;
        try {
            m = mode == null ? Mode.ALL_OR_NOTHING : Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(Map.of("mode", "mode: ALL_OR_NOTHING atau VALID_ROWS."));
        }
        ImportReport report = imports.commit(code, fileName, bytes, m, actor());
        return Response.created(URI.create("/api/v1/cohorts/" + code + "/imports/" + report.importId())).entity(report).build();
    }

    @GET
    @Path("{code}/imports")
    public List<ImportHistory> history(@RestPath String code) {
        return imports.history(code, actor());
    }

    @GET
    @Path("{code}/imports/{id}")
    public ImportReport report(@RestPath String code, @RestPath long id) {
        return imports.storedReportOf(code, id, actor());
    }

    @GET
    @Path("{code}/export")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    @Operation(summary = "Participants and progress as CSV or XLSX (format=csv|xlsx), safe to open in a spreadsheet")
    public Response exportParticipants(@RestPath String code, @RestQuery String format) {
        return export.participants(code, format, actor());
    }

    /** A refused import: a problem body with one entry per rejected row and column. */
    @ServerExceptionMapper
    public Response refused(ImportRefused e, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        e.report().fileProblems().forEach(p -> errors.add(new Problem.FieldError("file", p.message())));
        e.report().rejectedRows().forEach(r -> r.errors().forEach(err -> errors.add(new Problem.FieldError(
                "baris " + r.row() + (err.column() == null ? "" : " " + err.column()), err.code() + ": " + err.message()))));
        Problem p = Problem.of(422, e.code(), "Unprocessable Content", e.getMessage(), request.path()).withErrors(errors);
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
