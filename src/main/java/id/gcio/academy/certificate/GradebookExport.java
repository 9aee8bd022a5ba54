package id.gcio.academy.certificate;

import id.gcio.academy.cohort.Cohort;
import id.gcio.academy.grading.GradebookService.AssignmentLine;
import id.gcio.academy.grading.GradebookService.CourseLine;
import id.gcio.academy.grading.GradebookService.Standing;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.reporting.TableExport.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** A cohort's gradebook as CSV or XLSX (cells that could run as formulas are neutralised by {@link TableExport}). */
@ApplicationScoped
public class GradebookExport {

    public Response response(Cohort cohort, List<Standing> rows, String format) {
        String f = TableExport.format(format, "xlsx");
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
        return TableExport.download(table, f, "Nilai", "nilai-" + cohort.code);
    }
}
