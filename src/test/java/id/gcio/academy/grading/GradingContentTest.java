package id.gcio.academy.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.grading.GradingContent.AssignmentDef;
import id.gcio.academy.grading.GradingContent.Criterion;
import id.gcio.academy.grading.GradingContent.Level;
import id.gcio.academy.grading.GradingContent.Problem;
import id.gcio.academy.grading.GradingContent.Result;
import id.gcio.academy.grading.GradingContent.RubricDef;
import id.gcio.academy.grading.GradingContent.Text;
import id.gcio.academy.web.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading assignments and rubrics: the shipped content, and every refusal with file and line. */
class GradingContentTest {

    static final Set<String> COURSES = Set.of("transformasi-digital", "kepemimpinan-digital");
    static final Set<String> PROGRAMMES = Set.of("GCIO", "DLA");

    static final String CRITERION = """
              - code: ISI
                title: {id: Isi, en: Content}
                description: Kelengkapan isi.
                levels:
                  - {points: 0, title: Belum memadai, description: Tidak ada isi.}
                  - {points: 10, title: Baik, description: Semua bagian ada.}
            """;

    @TempDir
    Path root;

    static String rubric(String code, String criteria) {
        return "code: " + code + "\n"
                + "title:\n"
                + "  id: Rubrik uji\n"
                + "  en: Test rubric\n"
                + "criteria:\n"
                + criteria;
    }

    static String rubric(String code) {
        return rubric(code, CRITERION);
    }

    /** An assignment of programme GCIO with rubric RUBRIK-BAIK; {@code belongsTo} replaces the programme line. */
    static String assignment(String code, String belongsTo, String more) {
        return "code: " + code + "\n"
                + "title:\n"
                + "  id: Tugas uji\n"
                + "  en: Test assignment\n"
                + belongsTo
                + "rubric: RUBRIK-BAIK\n"
                + "brief:\n"
                + "  id: Tulis rencana aksi.\n"
                + more;
    }

    static String assignment(String code) {
        return assignment(code, "programme: GCIO\n", "");
    }

    private void write(String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private Result read() {
        return new GradingContent().read(root, COURSES, PROGRAMMES);
    }

    /** The result has exactly one problem, in this file at this line, whose message contains this text. */
    private static Problem onlyProblem(Result r, String file, int line, String contains) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(file, p.file(), p.toString());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().contains(contains), p.toString());
        return p;
    }

    private static int line(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + text);
    }

    private static List<String> assignmentCodes(Result r) {
        return r.assignments().stream().map(AssignmentDef::code).toList();
    }

    private static List<String> rubricCodes(Result r) {
        return r.rubrics().stream().map(RubricDef::code).toList();
    }

    /** A good rubric and a good assignment next to the broken file under test. */
    private void goodSiblings() throws IOException {
        write("rubrics/RUBRIK-BAIK.yaml", rubric("RUBRIK-BAIK"));
        write("assignments/TUGAS-BAIK.yaml", assignment("TUGAS-BAIK"));
    }

    // --- the shipped content

    @Test
    void shippedContentReadsWithoutProblems() throws IOException {
        Path content = Path.of("content");
        Set<String> slugs;
        try (Stream<Path> dirs = Files.list(content.resolve("courses"))) {
            slugs = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).collect(Collectors.toSet());
        }
        Result r = new GradingContent().read(content, slugs, PROGRAMMES);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("RUBRIK-RENCANA-AKSI"), rubricCodes(r));
        RubricDef rubric = r.rubrics().get(0);
        assertEquals(100, rubric.maxPoints());
        assertEquals(5, rubric.criteria().size());
        rubric.criteria().forEach(c -> assertEquals(4, c.levels().size(), c.code()));
        rubric.criteria().forEach(c -> {
            assertFalse(c.descriptionIn("en").equals(c.description()), c.code() + " has its description in English");
            c.levels().forEach(l -> {
                assertFalse(l.titleIn("en").equals(l.title()), c.code() + " " + l.points() + " title in English");
                assertFalse(l.descriptionIn("en").equals(l.description()), c.code() + " " + l.points() + " description in English");
            });
        });
        assertEquals("Very good", rubric.criteria().get(0).levels().get(3).titleIn("en"));
        assertEquals("Sangat baik", rubric.criteria().get(0).levels().get(3).title());
        assertEquals("rubrics/RUBRIK-RENCANA-AKSI.yaml", rubric.sourcePath());
        assertEquals(Hashes.sha256Hex(Files.readAllBytes(content.resolve(rubric.sourcePath()))), rubric.hash());

        assertEquals(List.of("RENCANA-AKSI-OPD"), assignmentCodes(r));
        AssignmentDef a = r.assignments().get(0);
        assertEquals("GCIO", a.programme());
        assertNull(a.course());
        assertEquals("RUBRIK-RENCANA-AKSI", a.rubric());
        assertNull(a.closes(), "no closes: the cohort's end applies");
        assertTrue(a.filesAllowed());
        assertEquals(3, a.maxFiles());
        assertFalse(a.secondMarking());
        assertEquals(10, a.moderationThreshold());
        assertTrue(a.brief().id().contains("Portal Satu Data"));
        assertTrue(a.brief().en() != null && !a.brief().en().isBlank());
        assertEquals("assignments/RENCANA-AKSI-OPD.yaml", a.sourcePath());
        assertEquals(Hashes.sha256Hex(Files.readAllBytes(content.resolve(a.sourcePath()))), a.hash());
    }

    @Test
    void missingFoldersMeanNoAssignmentsAndNoRubrics() {
        Result r = read();
        assertEquals(List.of(), r.assignments());
        assertEquals(List.of(), r.rubrics());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void readsACourseAssignmentWithDefaultsAndKeepsTheDeadlineOffset() throws IOException {
        write("rubrics/RUBRIK-BAIK.yaml", rubric("RUBRIK-BAIK"));
        write("assignments/REFLEKSI.yaml", assignment("REFLEKSI", "course: kepemimpinan-digital\n",
                "closes: 2027-03-31T23:59:00+08:00\nsecondMarking: true\nmoderationThreshold: 15\n"));
        write("assignments/TANPA-FILE.yaml", assignment("TANPA-FILE", "programme: DLA\n",
                "files:\n  allowed: false\n"));
        Result r = read();
        assertEquals(List.of(), r.problems());
        AssignmentDef a = r.assignments().get(0);
        assertEquals("REFLEKSI", a.code());
        assertEquals("kepemimpinan-digital", a.course());
        assertNull(a.programme());
        assertEquals(OffsetDateTime.of(2027, 3, 31, 23, 59, 0, 0, ZoneOffset.ofHours(8)), a.closes());
        assertTrue(a.filesAllowed());
        assertEquals(3, a.maxFiles());
        assertTrue(a.secondMarking());
        assertEquals(15, a.moderationThreshold());
        assertNull(a.brief().en());
        AssignmentDef noFiles = r.assignments().get(1);
        assertFalse(noFiles.filesAllowed());
        assertEquals(0, noFiles.maxFiles());
        assertEquals(10, r.rubrics().get(0).maxPoints());
    }

    // --- syntax and keys

    @Test
    void refusesBrokenYamlWithItsLine() throws IOException {
        goodSiblings();
        write("assignments/RUSAK.yaml", "code: RUSAK\ntitle:\n  id: Tugas\n  en: [tidak ditutup\nrubric: RUBRIK-BAIK\n");
        Result r = read();
        Problem p = r.problems().get(0);
        assertEquals("assignments/RUSAK.yaml", p.file());
        assertTrue(p.line() >= 4, p.toString());
        assertTrue(p.message().startsWith("YAML tidak valid"), p.toString());
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAKeyWrittenTwice() throws IOException {
        goodSiblings();
        String text = assignment("GANDA") + "rubric: RUBRIK-LAIN\n";
        write("assignments/GANDA.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/GANDA.yaml", line(text, "RUBRIK-LAIN"), "'rubric' ditulis dua kali");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAnUnknownKeyAtItsLine() throws IOException {
        goodSiblings();
        String text = assignment("SALAH-KETIK", "programme: GCIO\n", "files:\n  allowed: true\n  maxcount: 2\n");
        write("assignments/SALAH-KETIK.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/SALAH-KETIK.yaml", line(text, "maxcount"), "Kunci 'maxcount' tidak dikenal");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAnUnknownKeyInsideALevel() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION + "      - {points: 20, title: Unggul, descripton: Lengkap.}\n");
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "descripton"), "Kunci 'descripton' tidak dikenal");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesAValueOfTheWrongFormat() throws IOException {
        goodSiblings();
        String text = assignment("TENGGAT", "programme: GCIO\n", "closes: 31-03-2027\n");
        write("assignments/TENGGAT.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/TENGGAT.yaml", line(text, "closes"), "2027-03-31T23:59:00+08:00");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAMissingBrief() throws IOException {
        goodSiblings();
        String text = "code: TANPA-BRIEF\ntitle:\n  id: Tugas\n  en: Task\nprogramme: GCIO\nrubric: RUBRIK-BAIK\n";
        write("assignments/TANPA-BRIEF.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/TANPA-BRIEF.yaml", 1, "brief.id");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAMissingEnglishTitleAtTheTitle() throws IOException {
        goodSiblings();
        String text = assignment("TANPA-EN").replace("  en: Test assignment\n", "");
        write("assignments/TANPA-EN.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/TANPA-EN.yaml", line(text, "title:"), "title.en");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesALevelWithoutDescription() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION + "      - {points: 20, title: Unggul}\n");
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "Unggul"), "tingkat ke-3: uraian (description) wajib diisi");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void readsRubricTextsAsAPlainStringOrInBothLanguages() throws IOException {
        write("rubrics/RUBRIK-A.yaml", rubric("RUBRIK-A", """
                  - code: ISI
                    title: {id: Isi, en: Content}
                    description:
                      id: Kelengkapan isi.
                      en: Completeness of the content.
                    levels:
                      - {points: 0, title: Belum memadai, description: Tidak ada isi.}
                      - points: 10
                        title: {id: Baik, en: Good}
                        description: {id: Semua bagian ada., en: Every part is there.}
                      - points: 20
                        title: {id: Unggul}
                        description: {id: Semua bagian ada dan bersumber.}
                """));
        Result r = read();
        assertEquals(List.of(), r.problems());
        Criterion c = r.rubrics().get(0).criteria().get(0);
        assertEquals("Kelengkapan isi.", c.description());
        assertEquals("Completeness of the content.", c.descriptionIn("en"));
        assertEquals("Kelengkapan isi.", c.descriptionIn("id"));
        Level plain = c.levels().get(0);
        assertEquals("Belum memadai", plain.titleIn("en"), "a plain string is Indonesian, English falls back to it");
        assertEquals("Tidak ada isi.", plain.descriptionIn("en"));
        Level both = c.levels().get(1);
        assertEquals("Baik", both.title());
        assertEquals("Good", both.titleIn("en"));
        assertEquals("Semua bagian ada.", both.descriptionIn("id"));
        assertEquals("Every part is there.", both.descriptionIn("en"));
        Level idOnly = c.levels().get(2);
        assertEquals("Unggul", idOnly.titleIn("en"), "a map without en falls back too");
        assertEquals("Semua bagian ada dan bersumber.", idOnly.descriptionIn("en"));
    }

    @Test
    void aLevelStoredBeforeEnglishTextsReadsInIndonesianInEnglish() {
        Level stored = new Level(10, "Baik", "Semua bagian ada.", null, null);
        assertEquals("Baik", stored.titleIn("en"));
        assertEquals("Semua bagian ada.", stored.descriptionIn("en"));
        assertEquals("Kelengkapan isi.", new Criterion("ISI", new Text("Isi", "Content"), "Kelengkapan isi.", null,
                List.of(stored, stored)).descriptionIn("en"));
    }

    @Test
    void refusesALevelDescriptionMapWithoutIndonesian() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION + "      - points: 20\n        title: Unggul\n"
                + "        description: {en: Every part is there and sourced.}\n");
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "Every part"), "tingkat ke-3: uraian dalam bahasa Indonesia (description.id) wajib diisi");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesACriterionDescriptionMapWithoutIndonesian() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION.replace("description: Kelengkapan isi.",
                "description:\n          en: Completeness of the content."));
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "description:"), "Kriteria ke-1: uraian dalam bahasa Indonesia (description.id)");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesAnUnknownLanguageInALevelTitle() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION + "      - points: 20\n        title: {id: Unggul, eng: Excellent}\n"
                + "        description: Lengkap.\n");
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "eng:"), "Kunci 'eng' tidak dikenal");
    }

    @Test
    void refusesAnAssignmentWithoutCode() throws IOException {
        goodSiblings();
        write("assignments/TANPA-KODE.yaml", assignment("TANPA-KODE").replace("code: TANPA-KODE\n", ""));
        Result r = read();
        onlyProblem(r, "assignments/TANPA-KODE.yaml", 1, "(code) wajib diisi");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    // --- codes and file names

    @Test
    void refusesACodeOutsideThePattern() throws IOException {
        goodSiblings();
        String text = assignment("rencana-aksi");
        write("assignments/rencana-aksi.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/rencana-aksi.yaml", 1, "Kode tugas 'rencana-aksi' tidak valid");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesACriterionCodeOutsideThePattern() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION.replace("code: ISI", "code: -ISI"));
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "-ISI"), "kode '-ISI' tidak valid");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesAFileNamedOtherThanItsCode() throws IOException {
        goodSiblings();
        String text = "# komentar\n" + assignment("TUGAS-X");
        write("assignments/TUGAS-Y.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/TUGAS-Y.yaml", 2, "TUGAS-X.yaml");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void aDuplicateCodeRefusesTheMisnamedFileNotTheOwner() throws IOException {
        write("rubrics/RUBRIK-BAIK.yaml", rubric("RUBRIK-BAIK"));
        // sorts first, repeats the code of RUBRIK-BAIK.yaml
        write("rubrics/RUBRIK-AA.yaml", rubric("RUBRIK-BAIK"));
        Result r = read();
        assertEquals(2, r.problems().size(), r.problems().toString());
        Problem dup = r.problems().get(1);
        assertEquals("rubrics/RUBRIK-AA.yaml", dup.file());
        assertEquals(1, dup.line());
        assertTrue(dup.message().contains("sudah dipakai oleh rubrics/RUBRIK-BAIK.yaml"), dup.toString());
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesAYmlFileWithAHint() throws IOException {
        goodSiblings();
        write("assignments/TUGAS-Z.yml", assignment("TUGAS-Z"));
        Result r = read();
        onlyProblem(r, "assignments/TUGAS-Z.yml", 0, "TUGAS-Z.yaml");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    // --- what an assignment belongs to

    @Test
    void refusesBothProgrammeAndCourse() throws IOException {
        goodSiblings();
        String text = assignment("DUA-INDUK", "programme: GCIO\ncourse: transformasi-digital\n", "");
        write("assignments/DUA-INDUK.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/DUA-INDUK.yaml", line(text, "course:"), "jangan keduanya");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesNeitherProgrammeNorCourse() throws IOException {
        goodSiblings();
        write("assignments/TANPA-INDUK.yaml", assignment("TANPA-INDUK", "", ""));
        Result r = read();
        onlyProblem(r, "assignments/TANPA-INDUK.yaml", 1, "programme");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAnUnknownCourse() throws IOException {
        goodSiblings();
        String text = assignment("KURSUS-X", "course: kursus-fiktif\n", "");
        write("assignments/KURSUS-X.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/KURSUS-X.yaml", line(text, "course:"), "Kursus 'kursus-fiktif' tidak ada");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAnUnknownProgramme() throws IOException {
        goodSiblings();
        String text = assignment("PROGRAM-X", "programme: PKN\n", "");
        write("assignments/PROGRAM-X.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/PROGRAM-X.yaml", line(text, "programme:"), "Program 'PKN' tidak ada");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAnUnknownRubric() throws IOException {
        goodSiblings();
        String text = assignment("RUBRIK-X").replace("rubric: RUBRIK-BAIK", "rubric: RUBRIK-FIKTIF");
        write("assignments/RUBRIK-X.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/RUBRIK-X.yaml", line(text, "rubric:"), "Rubrik 'RUBRIK-FIKTIF' tidak ada");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAnAssignmentWhoseRubricIsBroken() throws IOException {
        goodSiblings();
        write("rubrics/RUBRIK-RUSAK.yaml", rubric("RUBRIK-RUSAK", ""));
        String text = assignment("PAKAI-RUSAK").replace("rubric: RUBRIK-BAIK", "rubric: RUBRIK-RUSAK");
        write("assignments/PAKAI-RUSAK.yaml", text);
        Result r = read();
        assertEquals(2, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(1);
        assertEquals("assignments/PAKAI-RUSAK.yaml", p.file());
        assertEquals(line(text, "rubric:"), p.line());
        assertTrue(p.message().contains("bermasalah"), p.toString());
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    // --- attachments and moderation

    @Test
    void refusesMaxCountOutOfRange() throws IOException {
        goodSiblings();
        String text = assignment("BANYAK-FILE", "programme: GCIO\n", "files:\n  maxCount: 11\n");
        write("assignments/BANYAK-FILE.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/BANYAK-FILE.yaml", line(text, "maxCount"), "antara 0 dan 10");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesNegativeMaxCount() throws IOException {
        goodSiblings();
        String text = assignment("MINUS-FILE", "programme: GCIO\n", "files:\n  maxCount: -1\n");
        write("assignments/MINUS-FILE.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/MINUS-FILE.yaml", line(text, "maxCount"), "antara 0 dan 10");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesZeroFilesWhileFilesAreAllowed() throws IOException {
        goodSiblings();
        String text = assignment("NOL-FILE", "programme: GCIO\n", "files:\n  allowed: true\n  maxCount: 0\n");
        write("assignments/NOL-FILE.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/NOL-FILE.yaml", line(text, "maxCount"), "files.allowed: false");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    @Test
    void refusesAModerationThresholdAbove100() throws IOException {
        goodSiblings();
        String text = assignment("MODERASI", "programme: GCIO\n", "secondMarking: true\nmoderationThreshold: 101\n");
        write("assignments/MODERASI.yaml", text);
        Result r = read();
        onlyProblem(r, "assignments/MODERASI.yaml", line(text, "moderationThreshold"), "antara 0 dan 100");
        assertEquals(List.of("TUGAS-BAIK"), assignmentCodes(r));
    }

    // --- rubric rules

    @Test
    void refusesARubricWithoutCriteria() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-KOSONG", "");
        write("rubrics/RUBRIK-KOSONG.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-KOSONG.yaml", line(text, "criteria:"), "minimal satu kriteria");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesARubricWithAnEmptyCriteriaList() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-KOSONG", "").replace("criteria:\n", "criteria: []\n");
        write("rubrics/RUBRIK-KOSONG.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-KOSONG.yaml", line(text, "criteria:"), "minimal satu kriteria");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesADuplicateCriterionCode() throws IOException {
        goodSiblings();
        String second = CRITERION.replace("Kelengkapan isi.", "Ketepatan isi.");
        String text = rubric("RUBRIK-A", CRITERION + second);
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        int secondCode = line(text.substring(text.indexOf("Kelengkapan")), "code: ISI") + line(text, "Kelengkapan") - 1;
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", secondCode, "'ISI' sudah dipakai kriteria ke-1");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesLevelsThatDoNotIncrease() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION + "      - {points: 5, title: Turun, description: Poin turun.}\n");
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "Turun"), "lebih besar dari tingkat sebelumnya (10)");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesTwoLevelsWithTheSamePoints() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION + "      - {points: 10, title: Sama, description: Poin sama.}\n");
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "Sama"), "tanpa poin ganda");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesFewerThanTwoLevels() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION.replace(
                "      - {points: 10, title: Baik, description: Semua bagian ada.}\n", ""));
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "levels:"), "minimal 2 tingkat");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesNegativePoints() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION.replace("points: 0,", "points: -5,"));
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "-5"), "tidak boleh negatif");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }

    @Test
    void refusesFractionalPoints() throws IOException {
        goodSiblings();
        String text = rubric("RUBRIK-A", CRITERION.replace("points: 10,", "points: 7.5,"));
        write("rubrics/RUBRIK-A.yaml", text);
        Result r = read();
        onlyProblem(r, "rubrics/RUBRIK-A.yaml", line(text, "7.5"), "criteria.0.levels.1.points");
        assertEquals(List.of("RUBRIK-BAIK"), rubricCodes(r));
    }
}
