package id.gcio.academy.cohort;

import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.CohortService.CohortDetail;
import id.gcio.academy.cohort.CohortService.CohortForm;
import id.gcio.academy.cohort.CohortService.CohortSummary;
import id.gcio.academy.cohort.CohortService.Filter;
import id.gcio.academy.cohort.OpdService.OpdView;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.imports.ImportMsg;
import id.gcio.academy.imports.ImportTexts;
import id.gcio.academy.imports.RosterImportService;
import id.gcio.academy.imports.RosterImportService.ImportHistory;
import id.gcio.academy.imports.RosterImportService.ImportRefused;
import id.gcio.academy.imports.RosterImportService.ImportReport;
import id.gcio.academy.imports.RosterImportService.Mode;
import id.gcio.academy.imports.RosterImportService.RowReport;
import id.gcio.academy.imports.RosterTemplate;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Cohort pages for partners, trainers and admins: the list with a form for a new cohort, a cohort's participants by
 * echelon and OPD with their progress, roster import (upload → preview with per-row results → confirm), history,
 * exports and the template to download.
 */
@Path("/kohort")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.MITRA, Role.ADMIN, Role.PELATIH })
public class CohortPages {

    @Inject
    CohortService cohorts;

    @Inject
    RosterImportService imports;

    @Inject
    CohortExport export;

    @Inject
    OpdService opdList;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @Inject
    ImportTexts importTexts;

    @CheckedTemplate(basePath = "cohort/CohortPages")
    static class Templates {
        static native TemplateInstance list(List<CohortSummary> cohorts, List<Programme> programmes, boolean canCreate,
                boolean admin, List<Partner> ownPartners, Map<String, String> errors, Map<String, String> values);

        static native TemplateInstance cohort(CohortDetail detail, List<ImportHistory> history, String error,
                List<OpdView> opds);

        static native TemplateInstance preview(CohortSummary cohort, ImportReport report, long uploadId, String error,
                List<OpdView> opds);

        static native TemplateInstance suspend(CohortSummary cohort, String nip, String name);
    }

    private Actor actor() {
        return cohorts.actor(currentUser);
    }

    /** The partner organisations a partner creates cohorts for (admins name any by code). */
    private static List<Partner> ownPartners(Actor a) {
        return a.admin() ? List.of() : Partner.listByMember(a.userId());
    }

    @GET
    public TemplateInstance list() {
        Actor a = actor();
        return ui.page(Templates.list(cohorts.list(a), Programme.listActive(), a.admin() || a.partner(), a.admin(),
                ownPartners(a), Map.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    public Response create(@RestForm String code, @RestForm String name, @RestForm String programme, @RestForm String year,
            @RestForm String partner, @RestForm String startsOn, @RestForm String endsOn) {
        Actor a = actor();
        Map<String, String> values = new HashMap<>();
        values.put("code", nz(code));
        values.put("name", nz(name));
        values.put("programme", nz(programme));
        values.put("year", nz(year));
        values.put("partner", nz(partner));
        values.put("startsOn", nz(startsOn));
        values.put("endsOn", nz(endsOn));
        Map<String, String> errors = new HashMap<>();
        CohortMsg m = MessageBundles.get(CohortMsg.class, Localized.Literal.of(ui.lang()));
        Integer y = null;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            errors.put("year", m.form_year_not_number());
        }
        LocalDate start = date(startsOn, "startsOn", errors, m);
        LocalDate end = date(endsOn, "endsOn", errors, m);
        try {
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
            CohortSummary c = cohorts.create(new CohortForm(code, name, programme, y, partner, start, end, null), a, ui.lang());
            return Flash.COHORT_CREATED.redirect("/kohort/" + c.code());
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return Response.status(422).type(MediaType.TEXT_HTML).entity(ui.page(Templates.list(cohorts.list(a),
                    Programme.listActive(), true, a.admin(), ownPartners(a), e.fieldErrors(), values))).build();
        }
    }

    @GET
    @Path("templat.csv")
    @Produces("text/csv")
    public Response templateCsv() {
        return Response.ok(RosterTemplate.csv()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"templat-peserta.csv\"").build();
    }

    @GET
    @Path("templat.xlsx")
    @Produces(TableExport.XLSX)
    public Response templateXlsx() {
        return Response.ok(RosterTemplate.xlsx()).type(TableExport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"templat-peserta.xlsx\"").build();
    }

    @GET
    @Path("{code}")
    public TemplateInstance cohort(@RestPath String code, @RestQuery String eselon, @RestQuery String kelas,
            @RestQuery String opd, @RestQuery String status, @RestQuery String q, @RestQuery Integer halaman) {
        Actor a = actor();
        Filter f = new Filter(eselon, kelas, opd, status, q, halaman == null ? 0 : Math.max(0, halaman));
        return ui.page(Templates.cohort(cohorts.detail(code, a, f), imports.history(code, a), null, opds()));
    }

    @GET
    @Path("{code}/ekspor")
    @Produces({ "text/csv", TableExport.XLSX })
    public Response exportParticipants(@RestPath String code, @RestQuery String format) {
        return export.participants(code, format, actor());
    }

    /** Step 1: upload; the file is kept in the database and a dry run shows what would happen, row by row. */
    @POST
    @Path("{code}/impor")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    public Response upload(@RestPath String code, @RestForm("berkas") FileUpload file) throws IOException {
        Actor a = actor();
        if (file == null || file.size() == 0) {
            return Response.status(422).type(MediaType.TEXT_HTML).entity(ui.page(Templates.cohort(
                    cohorts.detail(code, a, Filter.none()), imports.history(code, a), ui.msg().cohort_file_missing(),
                    opds()))).build();
        }
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        ImportReport report = imports.dryRun(code, file.fileName(), bytes, a);
        long uploadId = report.fileOk() ? imports.keepUpload(code, file.fileName(), bytes, a) : 0;
        return Response.ok(ui.page(Templates.preview(cohorts.summary(code, a), report, uploadId, null, opds())))
                .build();
    }

    /** Step 2: confirm; all or nothing unless the user ticked "import the valid rows only". */
    @POST
    @Path("{code}/impor/{upload}/konfirmasi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    public Response confirm(@RestPath String code, @RestPath long upload, @RestForm String hanyaValid) {
        Actor a = actor();
        var file = imports.upload(code, upload, a);
        Mode mode = "ya".equals(hanyaValid) ? Mode.VALID_ROWS : Mode.ALL_OR_NOTHING;
        ImportReport done;
        try {
            done = imports.commit(code, file.fileName(), file.bytes(), mode, a);
        } catch (ImportRefused e) {
            return Response.status(422).type(MediaType.TEXT_HTML).entity(ui.page(Templates.preview(cohorts.summary(code, a),
                    e.report(), upload, importTexts.refusal(e), opds()))).build();
        }
        imports.dropUpload(upload, a);
        return Flash.ROSTER_IMPORTED.redirect("/kohort/" + code.toUpperCase(java.util.Locale.ROOT), done.created(),
                done.updated(), done.unchanged(), done.rejected());
    }

    /**
     * A past import's report (rejected and changed rows) as CSV in the page's language, separated like the roster
     * template ({@link CohortExport#CSV_SEPARATOR}); a rejected row carries the name as the file wrote it.
     */
    @GET
    @Path("{code}/impor/{id}/laporan.csv")
    @Produces("text/csv")
    public Response report(@RestPath String code, @RestPath long id) {
        ImportReport r = imports.storedReportOf(code, id, actor());
        ImportMsg m = importTexts.msg();
        List<List<Object>> rows = new ArrayList<>();
        for (RowReport row : r.rows()) {
            String outcome = importTexts.outcome(row.outcome());
            if (row.errors().isEmpty()) {
                rows.add(List.of(row.row(), nz(row.nip()), nz(row.name()), outcome, "", "",
                        row.existingKept() ? importTexts.note(row)
                                : String.join("; ", row.changes().stream().map(importTexts::change).toList())));
            }
            row.errors().forEach(e -> rows.add(List.of(row.row(), nz(row.nip()), nz(row.name()), outcome,
                    importTexts.column(e.column()), e.code(), importTexts.explanation(e))));
        }
        var table = new TableExport.Table(List.of(ui.msg().cohort_col_row(), "NIP", m.col_name(), m.col_outcome(),
                m.col_column(), m.col_code(), m.col_details()), rows);
        StreamingOutput body = out -> TableExport.writeCsv(table, out, CohortExport.CSV_SEPARATOR);
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"laporan-impor-" + id + ".csv\"").build();
    }

    /** Asks before suspending (the table's button is a link here, so a stray tap while scrolling changes nothing). */
    @GET
    @Path("{code}/peserta/{nip}/tangguhkan")
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    public TemplateInstance confirmSuspend(@RestPath String code, @RestPath String nip) {
        Actor a = actor();
        String name = cohorts.memberName(code, nip, a);
        return ui.page(Templates.suspend(cohorts.summary(code, a), nip, name));
    }

    @POST
    @Path("{code}/peserta/{nip}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.MITRA, Role.ADMIN })
    public Response setStatus(@RestPath String code, @RestPath String nip, @RestForm String status) {
        Membership.Status s = "SUSPENDED".equals(status) ? Membership.Status.SUSPENDED : Membership.Status.ACTIVE;
        cohorts.setStatus(code, nip, s, actor());
        return Flash.MEMBERSHIP_CHANGED.redirect("/kohort/" + code.toUpperCase(java.util.Locale.ROOT));
    }

    /** The OPD reference list a roster's OPD column is matched against, shown with the import form and preview. */
    private List<OpdView> opds() {
        return opdList.list().stream().filter(OpdView::active).toList();
    }

    private static LocalDate date(String value, String field, Map<String, String> errors, CohortMsg m) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, m.form_date_format());
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
