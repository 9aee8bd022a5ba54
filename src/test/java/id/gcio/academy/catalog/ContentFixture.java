package id.gcio.academy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small course folders for content tests. */
final class ContentFixture {

    private final Path folder;

    private ContentFixture(Path folder) {
        this.folder = folder;
    }

    static ContentFixture course(Path root, String slug) throws IOException {
        return course(root, slug, slug);
    }

    static ContentFixture course(Path root, String folderName, String slug) throws IOException {
        Path folder = root.resolve("courses").resolve(folderName);
        Files.createDirectories(folder.resolve("lessons"));
        ContentFixture f = new ContentFixture(folder);
        f.courseYaml(courseYaml(slug, 1, "Kursus " + slug));
        return f;
    }

    static String courseYaml(String slug, int order, String title) {
        return "slug: " + slug + "\n"
                + "order: " + order + "\n"
                + "hours: 2\n"
                + "title:\n  id: " + title + "\n  en: " + title + " (en)\n"
                + "summary:\n  id: Ringkasan kursus uji.\n  en: Test course summary.\n"
                + "objectives:\n  id:\n    - Menjelaskan sesuatu.\n";
    }

    ContentFixture courseYaml(String yaml) {
        write(folder.resolve("course.yaml"), yaml);
        return this;
    }

    ContentFixture lesson(String file, String slug, int order, String title) {
        return lesson(file, slug, order, title, "Pembuka pelajaran.\n\n## Bagian\n\nIsi pelajaran " + title + ".\n");
    }

    ContentFixture lesson(String file, String slug, int order, String title, String body) {
        return raw(file + ".md", "---\nslug: " + slug + "\norder: " + order + "\nminutes: 5\ntitle:\n  id: " + title
                + "\n  en: " + title + " EN\n---\n" + body);
    }

    ContentFixture english(String file, String body) {
        return raw(file + ".en.md", body);
    }

    ContentFixture raw(String fileName, String text) {
        write(folder.resolve("lessons").resolve(fileName), text);
        return this;
    }

    void delete(String fileName) {
        try {
            Files.delete(folder.resolve("lessons").resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
