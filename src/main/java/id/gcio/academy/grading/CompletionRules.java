package id.gcio.academy.grading;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a participant has earned a programme's certificate: every course of their path complete (all lessons, and
 * its quiz passed), every assignment the path requires graded at or above its minimum, and the final grade at or
 * above the programme's pass mark. Says what is still missing, in Bahasa Indonesia or English.
 */
public final class CompletionRules {

    /** A course of the path and whether it is complete; its title in Bahasa Indonesia and English. */
    public record CourseState(String slug, String title, String titleEn, boolean complete) {
        public CourseState(String slug, String title, boolean complete) {
            this(slug, title, title, complete);
        }
    }

    /** A required assignment, its grade (null until graded) and the minimum. */
    public record AssignmentState(String code, String title, String titleEn, Double percent, double minPercent) {
        public AssignmentState(String code, String title, Double percent, double minPercent) {
            this(code, title, title, percent, minPercent);
        }

        public boolean passed() {
            return percent != null && percent >= minPercent;
        }
    }

    /** What keeps a participant from the certificate, said in either language ({@link #text}). */
    public record Gap(Kind kind, String title, String titleEn, Double percent, Double limit, String ref) {

        /** {@code ref}: the course's slug or the assignment's code, for a link to it; null for the other kinds. */
        public Gap(Kind kind, String title, String titleEn, Double percent, Double limit) {
            this(kind, title, titleEn, percent, limit, null);
        }

        public enum Kind { COURSE_OPEN, ASSIGNMENT_UNGRADED, ASSIGNMENT_LOW, EMPTY_PATH, FINAL_LOW, NEVER_SIGNED_IN }

        /** The gap as a sentence: "en" in English, anything else in Bahasa Indonesia. */
        public String text(String lang) {
            boolean en = "en".equals(lang);
            String title = en ? titleEn : this.title;
            return switch (kind) {
                case COURSE_OPEN -> en ? "Course \"" + title + "\" is not complete yet: every lesson must be finished and its quiz, if it has one, passed."
                        : "Kursus \"" + title + "\" belum selesai: semua materi harus diselesaikan dan kuisnya, bila ada, lulus.";
                case ASSIGNMENT_UNGRADED -> en ? "Assignment \"" + title + "\" has not been graded as passed yet."
                        : "Tugas \"" + title + "\" belum dinilai lulus.";
                case ASSIGNMENT_LOW -> en ? "The grade of assignment \"" + title + "\", " + pct(percent, lang) + ", is below the minimum of "
                        + pct(limit, lang) + "."
                        : "Nilai tugas \"" + title + "\" " + pct(percent, lang) + " di bawah batas " + pct(limit, lang) + ".";
                case EMPTY_PATH -> en ? "The learning path has no courses and no assignments."
                        : "Jalur belajar tidak memiliki kursus maupun tugas.";
                case FINAL_LOW -> en ? "The final grade " + (percent == null ? "(none yet)" : pct(percent, lang)) + " is below the pass mark of "
                        + pct(limit, lang) + "."
                        : "Nilai akhir " + (percent == null ? "belum ada" : pct(percent, lang)) + " di bawah batas lulus "
                                + pct(limit, lang) + ".";
                case NEVER_SIGNED_IN -> en ? "The participant has never signed in to the academy with this NIP."
                        : "Peserta belum pernah masuk ke akademi dengan NIP ini.";
            };
        }
    }

    /** The outcome: met, or what is missing. */
    public record Outcome(boolean met, @JsonIgnore List<Gap> gaps) {

        /** A participant who never signed in: nothing of theirs can be counted yet. */
        public static Outcome neverSignedIn() {
            return new Outcome(false, List.of(new Gap(Gap.Kind.NEVER_SIGNED_IN, null, null, null, null)));
        }

        /** What is missing, in Bahasa Indonesia (the API and exports). */
        @JsonProperty("missing")
        public List<String> missing() {
            return missingIn("id");
        }

        /** What is missing, in the page's language. */
        public List<String> missingIn(String lang) {
            return gaps.stream().map(g -> g.text(lang)).toList();
        }
    }

    private CompletionRules() {
    }

    public static Outcome evaluate(List<CourseState> courses, List<AssignmentState> assignments, Double finalPercent,
            double passPercent) {
        List<Gap> missing = new ArrayList<>();
        for (CourseState c : courses) {
            if (!c.complete()) {
                missing.add(new Gap(Gap.Kind.COURSE_OPEN, c.title(), c.titleEn(), null, null, c.slug()));
            }
        }
        for (AssignmentState a : assignments) {
            if (a.percent() == null) {
                missing.add(new Gap(Gap.Kind.ASSIGNMENT_UNGRADED, a.title(), a.titleEn(), null, null, a.code()));
            } else if (!a.passed()) {
                missing.add(new Gap(Gap.Kind.ASSIGNMENT_LOW, a.title(), a.titleEn(), a.percent(), a.minPercent(), a.code()));
            }
        }
        if (courses.isEmpty() && assignments.isEmpty()) {
            missing.add(new Gap(Gap.Kind.EMPTY_PATH, null, null, null, null));
        }
        if (missing.isEmpty() && (finalPercent == null || finalPercent < passPercent)) {
            missing.add(new Gap(Gap.Kind.FINAL_LOW, null, null, finalPercent, passPercent));
        }
        return new Outcome(missing.isEmpty(), List.copyOf(missing));
    }

    private static String pct(double value, String lang) {
        return String.format(Locale.forLanguageTag(lang), "%.1f%%", value).replace(",0%", "%").replace(".0%", "%");
    }
}
