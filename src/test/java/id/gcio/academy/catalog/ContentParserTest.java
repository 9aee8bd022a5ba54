package id.gcio.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.catalog.ContentParser.ContentTree;
import id.gcio.academy.catalog.ContentParser.CourseDef;
import id.gcio.academy.catalog.ContentParser.LessonDef;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentParserTest {

    private final ContentParser parser = new ContentParser();

    @TempDir
    Path root;

    @Test
    void theShippedCoursesAreWholeAndSubstantial() {
        ContentTree tree = parser.parse(Path.of("content"));
        assertEquals(java.util.List.of(), tree.errors());
        assertEquals(java.util.Set.of("transformasi-digital", "kepemimpinan-digital",
                "penerapan-kepemimpinan-digital-opd", "atensi-kepemimpinan-digital"),
                tree.courses().stream().map(CourseDef::slug).collect(java.util.stream.Collectors.toSet()));
        for (CourseDef course : tree.courses()) {
            assertTrue(course.lessons().size() >= 4, course.slug() + " has fewer than four lessons");
            assertTrue(course.file().objectives().id().size() >= 3, course.slug() + " lacks objectives");
            assertTrue(course.file().sources().size() >= 3, course.slug() + " cites too few sources");
            assertTrue(!course.file().title().en().isBlank() && !course.file().summary().en().isBlank());
            for (LessonDef lesson : course.lessons()) {
                assertTrue(lesson.wordCount() >= 400, lesson.sourcePath() + " has only " + lesson.wordCount() + " words");
                assertTrue(lesson.bodyHtmlId().contains("Sumber"), lesson.sourcePath() + " cites no sources");
            }
        }
    }

    @Test
    void readsACourseWithItsLessonsInOrder() throws IOException {
        ContentFixture.course(root, "kursus-uji").lesson("01-pertama", "pertama", 1, "Pertama").lesson("02-kedua", "kedua", 2, "Kedua");
        ContentTree tree = parser.parse(root);
        assertEquals(java.util.List.of(), tree.errors());
        CourseDef course = tree.courses().get(0);
        assertEquals("kursus-uji", course.slug());
        assertEquals(java.util.List.of("pertama", "kedua"), course.lessons().stream().map(LessonDef::slug).toList());
        assertTrue(course.lessons().get(0).bodyHtmlId().contains("<h2>"));
    }

    @Test
    void readsTheEnglishBodyWhenPresent() throws IOException {
        ContentFixture.course(root, "kursus-uji").lesson("01-pertama", "pertama", 1, "Pertama").english("01-pertama", "## Hello\n\nEnglish text.");
        LessonDef lesson = parser.parse(root).courses().get(0).lessons().get(0);
        assertTrue(lesson.bodyHtmlEn().contains("English text."));
    }

    @Test
    void refusesLessonWithoutTitleNamingFileAndLine() throws IOException {
        ContentFixture.course(root, "kursus-uji").lesson("01-pertama", "pertama", 1, "Pertama")
                .raw("02-kedua.md", "---\nslug: kedua\norder: 2\ntitle:\n  en: Second\n---\nIsi.\n");
        ContentTree tree = parser.parse(root);
        assertTrue(tree.courses().isEmpty());
        ContentError e = tree.errors().get(0);
        assertEquals("courses/kursus-uji/lessons/02-kedua.md", e.file());
        assertEquals(4, e.line());
        assertTrue(e.message().contains("title.id"), e.message());
    }

    @Test
    void refusesBadFrontMatterWithTheLineOfTheError() throws IOException {
        ContentFixture.course(root, "kursus-uji")
                .raw("01-pertama.md", "---\nslug: pertama\norder: [1\ntitle:\n  id: Pertama\n---\nIsi.\n");
        ContentError e = parser.parse(root).errors().get(0);
        assertEquals("courses/kursus-uji/lessons/01-pertama.md", e.file());
        assertTrue(e.line() >= 3 && e.line() <= 5, "line " + e.line());
        assertTrue(e.message().startsWith("YAML tidak valid"), e.message());
    }

    @Test
    void refusesUnknownFrontMatterKeys() throws IOException {
        ContentFixture.course(root, "kursus-uji")
                .raw("01-pertama.md", "---\nslug: pertama\norder: 1\ntittle:\n  id: Pertama\n---\nIsi.\n");
        ContentError e = parser.parse(root).errors().get(0);
        assertEquals(4, e.line());
        assertTrue(e.message().contains("tittle"), e.message());
    }

    @Test
    void refusesLessonWithoutFrontMatter() throws IOException {
        ContentFixture.course(root, "kursus-uji").raw("01-pertama.md", "# Judul\n\nIsi.\n");
        ContentError e = parser.parse(root).errors().get(0);
        assertEquals(1, e.line());
        assertTrue(e.message().contains("front matter"), e.message());
    }

    @Test
    void refusesDuplicateLessonSlugs() throws IOException {
        ContentFixture.course(root, "kursus-uji").lesson("01-a", "sama", 1, "A").lesson("02-b", "sama", 2, "B");
        ContentTree tree = parser.parse(root);
        assertTrue(tree.courses().isEmpty());
        assertTrue(tree.errors().get(0).message().contains("sudah dipakai"), tree.errors().toString());
    }

    @Test
    void refusesCourseWhoseSlugDiffersFromItsFolder() throws IOException {
        ContentFixture.course(root, "kursus-uji").lesson("01-a", "a", 1, "A");
        ContentFixture.course(root, "kursus-lain", "kursus-uji").lesson("01-a", "a", 1, "A");
        ContentTree tree = parser.parse(root);
        assertEquals(1, tree.courses().size());
        ContentError e = tree.errors().get(0);
        assertEquals("courses/kursus-lain/course.yaml", e.file());
        assertEquals(1, e.line());
        assertTrue(tree.refusedSlugs().contains("kursus-lain"));
    }

    @Test
    void refusesCourseFileWithoutTitle() throws IOException {
        ContentFixture.course(root, "kursus-uji").courseYaml("slug: kursus-uji\norder: 1\nsummary:\n  id: a\n  en: b\nobjectives:\n  id: [x]\n")
                .lesson("01-a", "a", 1, "A");
        ContentError e = parser.parse(root).errors().get(0);
        assertEquals("courses/kursus-uji/course.yaml", e.file());
        assertTrue(e.message().contains("title.id"), e.message());
    }

    @Test
    void refusesUnknownSpbeDomain() throws IOException {
        ContentFixture.course(root, "kursus-uji").courseYaml(ContentFixture.courseYaml("kursus-uji", 1, "Kursus") + "spbeDomains: [ekonomi]\n")
                .lesson("01-a", "a", 1, "A");
        ContentError e = parser.parse(root).errors().get(0);
        assertTrue(e.message().contains("ekonomi"), e.message());
        assertEquals(13, e.line());
    }

    @Test
    void refusesSourcesWithoutTitleOrWithAnUnknownLanguageOrAddress() throws IOException {
        ContentFixture.course(root, "kursus-uji").courseYaml(ContentFixture.courseYaml("kursus-uji", 1, "Kursus") + """
                sources:
                  - id: perpres-95-2018
                    title: Peraturan Presiden Nomor 95 Tahun 2018
                  - id: tanpa-judul
                  - id: laporan
                    title: A report
                    lang: fr
                  - title: Portal
                    url: "javascript:alert(1)"
                """).lesson("01-a", "a", 1, "A");
        java.util.List<ContentError> errors = parser.parse(root).errors();
        assertEquals(java.util.List.of("Sumber ke-2 (tanpa-judul): judul (title) wajib diisi.",
                "Sumber ke-3 (laporan): bahasa (lang) harus id atau en.",
                "Sumber ke-4: alamat (url) harus diawali https:// atau http://."),
                errors.stream().map(ContentError::message).toList());
        errors.forEach(e -> assertEquals(13, e.line(), e.message()));
    }

    @Test
    void aSourcesTitleIsIndonesianUnlessSaidOtherwise() throws IOException {
        ContentFixture.course(root, "kursus-uji").courseYaml(ContentFixture.courseYaml("kursus-uji", 1, "Kursus") + """
                sources:
                  - title: Peraturan Presiden Nomor 39 Tahun 2019
                  - title: Digital Government Review
                    lang: en
                    url: https://example.org/review
                """).lesson("01-a", "a", 1, "A");
        ContentTree tree = parser.parse(root);
        assertEquals(java.util.List.of(), tree.errors());
        assertEquals(java.util.List.of("id", "en"),
                tree.courses().get(0).file().sources().stream().map(ContentSource::language).toList());
    }
}
