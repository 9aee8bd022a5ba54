package id.gcio.academy.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Reports as CSV or XLSX downloads (formula-injection safe, {@link TableExport}). */
@ApplicationScoped
public class ReportDownloads {

    @Inject
    OpdReportService reports;

    public Response opd(OpdReportService.Filter filter, String format) {
        String f = TableExport.format(format, "xlsx");
        String name = "rekap-opd" + (filter.programme() == null ? "" : "-" + filter.programme().toLowerCase(Locale.ROOT))
                + (filter.year() == null ? "" : "-" + filter.year());
        return TableExport.download(reports.table(reports.opdReport(filter)), f, "Rekap OPD", name);
    }
}
