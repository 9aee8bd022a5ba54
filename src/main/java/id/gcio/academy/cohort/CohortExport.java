package id.gcio.academy.cohort;

import id.gcio.academy.catalog.CourseTitles;
import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.CohortService.ParticipantRow;
import id.gcio.academy.imports.ImportMsg;
import id.gcio.academy.imports.ImportTexts;
import id.gcio.academy.learning.LearningService.CourseStatus;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.reporting.TableExport.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's participants with their progress per course, as CSV or XLSX (formula-injection safe). Headers, statuses
 * and course titles are in the request's language (Bahasa Indonesia unless the page was in English); the CSV is
 * {@value #CSV_SEPARATOR}-separated like the roster template, for Excel with Indonesian regional settings.
 */
@ApplicationScoped
public class CohortExport {

    /** The field separator of the CSV files people open in Excel: the template, this export, the import report. */
    public static final char CSV_SEPARATOR = ';';

    @Inject
    CohortService cohorts;

    @Inject
    ImportTexts texts;

    @Inject
    CourseTitles courseTitles;

    public Response participants(String code, String format, Actor actor) {
        String f = TableExport.format(format, "xlsx");
        ImportMsg m = texts.msg();
        var detail = cohorts.detail(code, actor, CohortService.Filter.none());
        List<ParticipantRow> rows = cohorts.allParticipants(code, actor);
        List<String> headers = new ArrayList<>(List.of("NIP", m.col_name(), m.export_email(), m.export_phone(), "OPD",
                m.column_position(), m.export_echelon(), m.export_position_class(), m.export_status(), m.export_signed_in()));
        detail.programmeCourses().forEach(c -> headers.add(courseTitles.of(c) + " (%)"));
        List<List<Object>> data = new ArrayList<>();
        for (ParticipantRow r : rows) {
            List<Object> line = new ArrayList<>(List.of(r.nip(), r.fullName(), nz(r.email()), nz(r.phone()), r.opdName(),
                    nz(r.positionTitle()), nz(r.legacyEchelon()), r.classLabel(), status(r.status(), m),
                    r.signedIn() ? m.export_yes() : m.export_not_yet()));
            for (String course : detail.programmeCourses()) {
                CourseStatus s = r.progressIn(course);
                line.add(!r.courses().contains(course) ? "" : s == null ? 0 : s.percent());
            }
            data.add(line);
        }
        Table table = new Table(headers, data);
        return TableExport.download(table, f, "Peserta", "angkatan-" + detail.cohort().code(), CSV_SEPARATOR);
    }

    static String status(Membership.Status status, ImportMsg m) {
        return switch (status) {
            case ACTIVE -> m.status_active();
            case SUSPENDED -> m.status_suspended();
            case COMPLETED -> m.status_completed();
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
