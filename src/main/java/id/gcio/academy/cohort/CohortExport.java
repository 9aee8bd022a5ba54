package id.gcio.academy.cohort;

import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.CohortService.ParticipantRow;
import id.gcio.academy.learning.LearningService.CourseStatus;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.reporting.TableExport.Table;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A cohort's participants with their progress per course, as CSV or XLSX (formula-injection safe). */
@ApplicationScoped
public class CohortExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CohortService cohorts;

    public Response participants(String code, String format, Actor actor) {
        String f = format == null ? "xlsx" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw DomainException.invalid(Map.of("format", "Format ekspor harus csv atau xlsx."));
        }
        var detail = cohorts.detail(code, actor, CohortService.Filter.none());
        List<ParticipantRow> rows = cohorts.allParticipants(code, actor);
        List<String> headers = new ArrayList<>(List.of("NIP", "Nama", "Email", "No. HP", "OPD", "Jabatan", "Eselon",
                "Kelas jabatan", "Status", "Sudah masuk"));
        detail.programmeCourses().forEach(c -> headers.add(c + " (%)"));
        List<List<Object>> data = new ArrayList<>();
        for (ParticipantRow r : rows) {
            List<Object> line = new ArrayList<>(List.of(r.nip(), r.fullName(), nz(r.email()), nz(r.phone()), r.opdName(),
                    nz(r.positionTitle()), nz(r.legacyEchelon()), r.classLabel(), r.status().name(), r.signedIn() ? "ya" : "belum"));
            for (String course : detail.programmeCourses()) {
                CourseStatus s = r.progressIn(course);
                line.add(!r.courses().contains(course) ? "" : s == null ? 0 : s.percent());
            }
            data.add(line);
        }
        Table table = new Table(headers, data);
        StreamingOutput body = out -> {
            if (f.equals("csv")) {
                TableExport.writeCsv(table, out);
            } else {
                TableExport.writeXlsx(table, "Peserta", out);
            }
        };
        return Response.ok(body).type(f.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"angkatan-" + detail.cohort().code() + "." + f + "\"")
                .build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
