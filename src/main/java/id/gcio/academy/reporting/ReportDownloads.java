package id.gcio.academy.reporting;

import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.Map;

/** Reports as CSV or XLSX downloads (formula-injection safe, {@link TableExport}). */
@ApplicationScoped
public class ReportDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OpdReportService reports;

    public Response opd(OpdReportService.Filter filter, String format) {
        String f = format == null ? "xlsx" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw DomainException.invalid(Map.of("format", "Format ekspor harus csv atau xlsx."));
        }
        TableExport.Table table = reports.table(reports.opdReport(filter));
        StreamingOutput body = out -> {
            if (f.equals("csv")) {
                TableExport.writeCsv(table, out);
            } else {
                TableExport.writeXlsx(table, "Rekap OPD", out);
            }
        };
        String name = "rekap-opd" + (filter.programme() == null ? "" : "-" + filter.programme().toLowerCase(Locale.ROOT))
                + (filter.year() == null ? "" : "-" + filter.year()) + "." + f;
        return Response.ok(body).type(f.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
