package id.gcio.academy.cohort;

import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.CohortService.ParticipantRow;
import id.gcio.academy.learning.LearningService.CourseStatus;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.reporting.TableExport.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** A cohort's participants with their progress per course, as CSV or XLSX (formula-injection safe). */
@ApplicationScoped
public class CohortExport {

    @Inject
    CohortService cohorts;

    public Response participants(String code, String format, Actor actor) {
        String f = TableExport.format(format, "xlsx");
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
        return TableExport.download(table, f, "Peserta", "angkatan-" + detail.cohort().code());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
