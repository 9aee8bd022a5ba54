package id.gcio.academy.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a participant has earned a programme's certificate: every course of their path complete (all lessons, and
 * its quiz passed), every assignment the path requires graded at or above its minimum, and the final grade at or
 * above the programme's pass mark. Says in Bahasa Indonesia what is still missing.
 */
public final class CompletionRules {

    /** A course of the path and whether it is complete. */
    public record CourseState(String slug, String title, boolean complete) {
    }

    /** A required assignment, its grade (null until graded) and the minimum. */
    public record AssignmentState(String code, String title, Double percent, double minPercent) {
        public boolean passed() {
            return percent != null && percent >= minPercent;
        }
    }

    /** The outcome: met, or what is missing. */
    public record Outcome(boolean met, List<String> missing) {
    }

    private CompletionRules() {
    }

    public static Outcome evaluate(List<CourseState> courses, List<AssignmentState> assignments, Double finalPercent,
            double passPercent) {
        List<String> missing = new ArrayList<>();
        for (CourseState c : courses) {
            if (!c.complete()) {
                missing.add("Kursus \"" + c.title() + "\" belum selesai (semua materi dan kuisnya lulus).");
            }
        }
        for (AssignmentState a : assignments) {
            if (a.percent() == null) {
                missing.add("Tugas \"" + a.title() + "\" belum dinilai lulus.");
            } else if (!a.passed()) {
                missing.add("Nilai tugas \"" + a.title() + "\" " + pct(a.percent()) + " di bawah batas " + pct(a.minPercent()) + ".");
            }
        }
        if (courses.isEmpty() && assignments.isEmpty()) {
            missing.add("Jalur belajar tidak memiliki kursus maupun tugas.");
        }
        if (missing.isEmpty() && (finalPercent == null || finalPercent < passPercent)) {
            missing.add("Nilai akhir " + (finalPercent == null ? "belum ada" : pct(finalPercent)) + " di bawah batas lulus "
                    + pct(passPercent) + ".");
        }
        return new Outcome(missing.isEmpty(), List.copyOf(missing));
    }

    static String pct(double value) {
        return String.format(Locale.forLanguageTag("id"), "%.1f%%", value).replace(",0%", "%");
    }
}
