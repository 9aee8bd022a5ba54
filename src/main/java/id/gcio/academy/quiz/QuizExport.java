package id.gcio.academy.quiz;

import id.gcio.academy.quiz.QuizService.AttemptRow;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.reporting.TableExport.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** The attempts of a quiz as a spreadsheet (CSV or XLSX), through {@link TableExport}'s formula-injection rules. */
@ApplicationScoped
public class QuizExport {

    @Inject
    QuizService quizzes;

    public Response attempts(String courseSlug, String format, QuizService.Viewer viewer) {
        String f = TableExport.format(format, "csv");
        List<AttemptRow> rows = quizzes.attemptRows(courseSlug, viewer);
        List<List<Object>> data = new ArrayList<>();
        for (AttemptRow r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(r.name());
            line.add(r.nip());
            line.add(r.opd());
            line.add(r.number());
            line.add(stateLabel(r.state()));
            line.add(r.startedAt());
            line.add(r.submittedAt());
            line.add(r.points());
            line.add(r.maxPoints());
            line.add(r.percent());
            line.add(r.passed() == null ? null : r.passed() ? "lulus" : "belum lulus");
            data.add(line);
        }
        Table table = new Table(List.of("Nama", "NIP", "OPD", "Percobaan", "Status", "Mulai (WITA)",
                "Dikumpulkan (WITA)", "Poin", "Poin maksimum", "Nilai (%)", "Hasil"), data);
        return TableExport.download(table, f, "Percobaan", "kuis-" + courseSlug + "-percobaan");
    }

    static String stateLabel(AttemptState s) {
        return switch (s) {
            case IN_PROGRESS -> "sedang dikerjakan";
            case SUBMITTED -> "dikumpulkan";
            case AUTO_SUBMITTED -> "dikumpulkan otomatis";
            case AWAITING_GRADING -> "menunggu penilaian";
            case GRADED -> "dinilai";
        };
    }
}
