package id.gcio.academy.certificate;

import id.gcio.academy.cohort.Cohort;
import id.gcio.academy.grading.GradebookService.AssignmentLine;
import id.gcio.academy.grading.GradebookService.CourseLine;
import id.gcio.academy.grading.GradebookService.Standing;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.reporting.TableExport.Table;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A cohort's gradebook as CSV or XLSX (cells that could run as formulas are neutralised by {@link TableExport}). */
@ApplicationScoped
public class GradebookExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Response response(Cohort cohort, List<Standing> rows, String format) {
        String f = format == null ? "xlsx" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw DomainException.invalid(Map.of("format", "Format ekspor harus csv atau xlsx."));
        }
        List<String> courses = rows.stream().flatMap(r -> r.courses().stream().map(CourseLine::slug)).distinct().toList();
        List<String> assignments = rows.stream().flatMap(r -> r.assignments().stream().map(AssignmentLine::code)).distinct().toList();
        List<String> headers = new ArrayList<>(List.of("NIP", "Nama", "OPD"));
        courses.forEach(c -> {
            headers.add(c + " selesai");
            headers.add(c + " kuis (%)");
        });
        assignments.forEach(a -> headers.add(a + " (%)"));
        headers.addAll(List.of("Nilai akhir (%)", "Lulus", "Yang belum"));
        List<List<Object>> data = new ArrayList<>();
        for (Standing s : rows) {
            List<Object> line = new ArrayList<>(List.of(s.membership().nip(), s.membership().fullName(), s.membership().opdName()));
            for (String slug : courses) {
                CourseLine c = s.courses().stream().filter(x -> x.slug().equals(slug)).findFirst().orElse(null);
                line.add(c == null ? "" : c.complete() ? "ya" : "belum");
                line.add(c == null || c.quizPercent() == null ? "" : c.quizPercent());
            }
            for (String code : assignments) {
                AssignmentLine a = s.assignments().stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
                line.add(a == null || a.percent() == null ? "" : a.percent());
            }
            line.add(s.finalPercent() == null ? "" : s.finalPercent());
            line.add(s.outcome().met() ? "ya" : "belum");
            line.add(String.join(" ", s.outcome().missing()));
            data.add(line);
        }
        Table table = new Table(headers, data);
        StreamingOutput body = out -> {
            if (f.equals("csv")) {
                TableExport.writeCsv(table, out);
            } else {
                TableExport.writeXlsx(table, "Nilai", out);
            }
        };
        return Response.ok(body).type(f.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"nilai-" + cohort.code + "." + f + "\"").build();
    }
}
