package id.gcio.academy.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.grading.CompletionRules.AssignmentState;
import id.gcio.academy.grading.CompletionRules.CourseState;
import id.gcio.academy.grading.CompletionRules.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionRulesTest {

    static final List<CourseState> DONE = List.of(new CourseState("a", "Transformasi Digital", true),
            new CourseState("b", "Kepemimpinan Digital", true));

    @Test
    void everyCourseDoneCapstonePassedAndFinalGradeAboveThePassMarkMeetsTheRules() {
        Outcome o = CompletionRules.evaluate(DONE, List.of(new AssignmentState("RA", "Rencana aksi", 80.0, 70)), 82.0, 70);
        assertTrue(o.met());
        assertTrue(o.missing().isEmpty());
    }

    @Test
    void anUnfinishedCourseIsNamed() {
        Outcome o = CompletionRules.evaluate(List.of(new CourseState("a", "Transformasi Digital", false)), List.of(), 90.0, 70);
        assertFalse(o.met());
        assertEquals(List.of("Kursus \"Transformasi Digital\" belum selesai: semua materi harus diselesaikan dan kuisnya, bila ada, lulus."), o.missing());
    }

    @Test
    void aMissingCourseOrAssignmentNamesItsSlugOrCodeForALink() {
        Outcome o = CompletionRules.evaluate(List.of(new CourseState("transformasi-digital", "Transformasi Digital", false)),
                List.of(new AssignmentState("RA", "Rencana aksi", null, 70)), 90.0, 70);
        assertEquals(List.of("transformasi-digital", "RA"), o.gaps().stream().map(CompletionRules.Gap::ref).toList());
    }

    @Test
    void aCapstoneNotYetGradedOrBelowItsMinimumFails() {
        assertFalse(CompletionRules.evaluate(DONE, List.of(new AssignmentState("RA", "Rencana aksi", null, 70)), 90.0, 70).met());
        Outcome low = CompletionRules.evaluate(DONE, List.of(new AssignmentState("RA", "Rencana aksi", 65.0, 70)), 90.0, 70);
        assertFalse(low.met());
        assertTrue(low.missing().get(0).contains("di bawah batas 70%"), low.missing().get(0));
    }

    @Test
    void aCapstoneExactlyAtItsMinimumPasses() {
        assertTrue(CompletionRules.evaluate(DONE, List.of(new AssignmentState("RA", "Rencana aksi", 70.0, 70)), 70.0, 70).met());
    }

    @Test
    void aFinalGradeBelowThePassMarkFailsEvenWhenEverythingIsDone() {
        Outcome o = CompletionRules.evaluate(DONE, List.of(new AssignmentState("RA", "Rencana aksi", 70.0, 70)), 69.99, 70);
        assertFalse(o.met());
        assertTrue(o.missing().get(0).startsWith("Nilai akhir"), o.missing().get(0));
    }

    @Test
    void whatIsMissingIsSaidInEnglishWithEnglishTitles() {
        Outcome o = CompletionRules.evaluate(List.of(new CourseState("a", "Transformasi Digital", "Digital Transformation", false)),
                List.of(new AssignmentState("RA", "Rencana aksi", "Action plan", 65.5, 70)), 90.0, 70);
        assertEquals(List.of("Course \"Digital Transformation\" is not complete yet: every lesson must be finished and its quiz, if it has one, passed.",
                "The grade of assignment \"Action plan\", 65.5%, is below the minimum of 70%."), o.missingIn("en"));
        assertEquals(List.of("Kursus \"Transformasi Digital\" belum selesai: semua materi harus diselesaikan dan kuisnya, bila ada, lulus.",
                "Nilai tugas \"Rencana aksi\" 65,5% di bawah batas 70%."), o.missingIn("id"));
    }

    @Test
    void theApiKeepsSayingWhatIsMissingInBahasaIndonesia() throws Exception {
        Outcome o = CompletionRules.evaluate(List.of(new CourseState("a", "Transformasi Digital", "Digital Transformation", false)),
                List.of(), 90.0, 70);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(o);
        assertEquals("Kursus \"Transformasi Digital\" belum selesai: semua materi harus diselesaikan dan kuisnya, bila ada, lulus.", json.get("missing").get(0).asText());
        assertFalse(json.get("met").asBoolean());
        assertFalse(json.has("gaps"), json.toString());
    }
}
