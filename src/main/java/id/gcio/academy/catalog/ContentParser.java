package id.gcio.academy.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the course tree under {@code content/courses/} into definitions, refusing broken files with the file and the
 * line. A course is taken whole or not at all: one broken lesson refuses its course, so the last good version stays
 * served. Format: see {@code content/README.md}.
 */
public final class ContentParser {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Set<String> SPBE_DOMAINS = Set.of("kebijakan-internal", "tata-kelola", "manajemen", "layanan");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Text in both languages. */
    public record Localized(String id, String en) {
    }

    /** Both languages' lists. */
    public record LocalizedList(List<String> id, List<String> en) {
    }

    /** course.yaml as written. */
    public record CourseFile(String slug, Integer order, Integer hours, Localized title, Localized summary,
            LocalizedList objectives, List<String> spbeDomains, List<ContentSource> sources) {
    }

    /** Lesson front matter as written. */
    public record LessonFrontMatter(String slug, Integer order, Integer minutes, Localized title) {
    }

    /**
     * A lesson ready to be stored. It keeps the Markdown and renders on request, so a sync renders only the lessons
     * whose hash changed.
     */
    public record LessonDef(String slug, int order, int minutes, String titleId, String titleEn, String markdownId,
            String markdownEn, String sourcePath, String hash) {

        private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

        public String bodyHtmlId() {
            return RENDERER.toSafeHtml(markdownId);
        }

        /** The English body, or null when the lesson has no {@code .en.md}. */
        public String bodyHtmlEn() {
            return markdownEn == null ? null : RENDERER.toSafeHtml(markdownEn);
        }

        public int wordCount() {
            return MarkdownRenderer.wordCount(bodyHtmlId());
        }
    }

    /** A course ready to be stored, with its lessons. */
    public record CourseDef(CourseFile file, String sourcePath, String hash, List<LessonDef> lessons) {
        public String slug() {
            return file.slug();
        }
    }

    /**
     * The result of reading the tree: the courses that are whole, the errors, and the folders refused. Not
     * {@code readable} when the courses folder itself is missing or cannot be listed: then the tree says nothing
     * about which courses exist, and nothing may be archived because of it.
     */
    public record ContentTree(List<CourseDef> courses, List<ContentError> errors, Set<String> refusedSlugs,
            boolean readable) {
    }

    public ContentTree parse(Path root) {
        Path coursesDir = root.resolve("courses");
        List<CourseDef> courses = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        Set<String> refused = new java.util.TreeSet<>();
        if (!Files.isDirectory(coursesDir)) {
            errors.add(new ContentError(rel(root, coursesDir), 0, "Folder kursus tidak ditemukan."));
            return new ContentTree(courses, errors, refused, false);
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(coursesDir)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            errors.add(new ContentError(rel(root, coursesDir), 0, "Folder kursus tidak dapat dibaca: " + e.getMessage()));
            return new ContentTree(courses, errors, refused, false);
        }
        Map<String, String> slugOwner = new HashMap<>();
        for (Path folder : folders) {
            List<ContentError> courseErrors = new ArrayList<>();
            CourseDef def = parseCourse(root, folder, courseErrors);
            String folderSlug = folder.getFileName().toString();
            if (def != null && courseErrors.isEmpty()) {
                String owner = slugOwner.putIfAbsent(def.slug(), def.sourcePath());
                if (owner != null) {
                    courseErrors.add(new ContentError(def.sourcePath(), lineOf(root.resolve(def.sourcePath()), "slug"),
                            "Slug kursus '" + def.slug() + "' sudah dipakai oleh " + owner + "."));
                }
            }
            if (courseErrors.isEmpty()) {
                courses.add(def);
            } else {
                errors.addAll(courseErrors);
                refused.add(folderSlug);
                if (def != null) {
                    refused.add(def.slug());
                }
            }
        }
        return new ContentTree(courses, errors, refused, true);
    }

    private CourseDef parseCourse(Path root, Path folder, List<ContentError> errors) {
        Path courseYaml = folder.resolve("course.yaml");
        String coursePath = rel(root, courseYaml);
        if (!Files.isRegularFile(courseYaml)) {
            errors.add(new ContentError(coursePath, 0, "File course.yaml tidak ada."));
            return null;
        }
        byte[] bytes;
        String text;
        try {
            bytes = Files.readAllBytes(courseYaml);
            text = utf8(bytes);
        } catch (IOException e) {
            errors.add(new ContentError(coursePath, 0, "File tidak dapat dibaca sebagai UTF-8."));
            return null;
        }
        CourseFile file;
        try {
            file = yaml.readValue(text, CourseFile.class);
        } catch (JsonProcessingException e) {
            errors.add(yamlError(coursePath, e, 0, text.split("\n", -1)));
            return null;
        }
        if (file == null) {
            errors.add(new ContentError(coursePath, 1, "File course.yaml kosong."));
            return null;
        }
        String[] lines = text.split("\n", -1);
        checkCourse(file, folder.getFileName().toString(), coursePath, lines, errors);
        List<LessonDef> lessons = parseLessons(root, folder.resolve("lessons"), errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new CourseDef(file, coursePath, sha256(bytes), lessons);
    }

    private void checkCourse(CourseFile f, String folderName, String path, String[] lines, List<ContentError> errors) {
        if (blank(f.slug())) {
            errors.add(new ContentError(path, 1, "Slug kursus (slug) wajib diisi."));
        } else if (!SLUG.matcher(f.slug()).matches()) {
            errors.add(new ContentError(path, lineOf(lines, "slug"),
                    "Slug kursus '" + f.slug() + "' hanya boleh berisi huruf kecil, angka dan tanda '-'."));
        } else if (!f.slug().equals(folderName)) {
            errors.add(new ContentError(path, lineOf(lines, "slug"),
                    "Slug kursus '" + f.slug() + "' harus sama dengan nama foldernya ('" + folderName + "')."));
        }
        if (f.order() == null) {
            errors.add(new ContentError(path, 1, "Urutan kursus (order) wajib diisi."));
        }
        if (f.title() == null || blank(f.title().id())) {
            errors.add(new ContentError(path, lineOf(lines, "title"), "Judul kursus dalam Bahasa Indonesia (title.id) wajib diisi."));
        } else if (blank(f.title().en())) {
            errors.add(new ContentError(path, lineOf(lines, "title"), "Judul kursus dalam Bahasa Inggris (title.en) wajib diisi."));
        }
        if (f.summary() == null || blank(f.summary().id()) || blank(f.summary().en())) {
            errors.add(new ContentError(path, lineOf(lines, "summary"), "Ringkasan kursus (summary.id dan summary.en) wajib diisi."));
        }
        if (f.objectives() == null || f.objectives().id() == null || f.objectives().id().isEmpty()) {
            errors.add(new ContentError(path, lineOf(lines, "objectives"), "Tujuan pembelajaran (objectives.id) wajib diisi."));
        }
        checkSources(f.sources(), path, lines, errors);
        if (f.spbeDomains() != null) {
            for (String d : f.spbeDomains()) {
                if (!SPBE_DOMAINS.contains(d)) {
                    errors.add(new ContentError(path, lineOf(lines, "spbeDomains"),
                            "Domain SPBE '" + d + "' tidak dikenal; gunakan salah satu dari " + String.join(", ", new java.util.TreeSet<>(SPBE_DOMAINS)) + "."));
                }
            }
        }
    }

    /** Each source needs a title; its language, if given, is id or en; its address, if given, is http(s). */
    private static void checkSources(List<ContentSource> sources, String path, String[] lines,
            List<ContentError> errors) {
        if (sources == null) {
            return;
        }
        int line = lineOf(lines, "sources");
        for (int i = 0; i < sources.size(); i++) {
            ContentSource src = sources.get(i);
            String which = "Sumber ke-" + (i + 1) + (src == null || blank(src.id()) ? "" : " (" + src.id() + ")");
            if (src == null || blank(src.title())) {
                errors.add(new ContentError(path, line, which + ": judul (title) wajib diisi."));
                continue;
            }
            if (src.lang() != null && !src.lang().equals("id") && !src.lang().equals("en")) {
                errors.add(new ContentError(path, line, which + ": bahasa (lang) harus id atau en."));
            }
            if (src.url() != null && !src.url().startsWith("https://") && !src.url().startsWith("http://")) {
                errors.add(new ContentError(path, line, which + ": alamat (url) harus diawali https:// atau http://."));
            }
        }
    }

    private List<LessonDef> parseLessons(Path root, Path lessonsDir, List<ContentError> errors) {
        List<LessonDef> lessons = new ArrayList<>();
        if (!Files.isDirectory(lessonsDir)) {
            errors.add(new ContentError(rel(root, lessonsDir), 0, "Folder lessons tidak ada."));
            return lessons;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(lessonsDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().endsWith(".en.md"))
                    .sorted().toList();
        } catch (IOException e) {
            errors.add(new ContentError(rel(root, lessonsDir), 0, "Folder lessons tidak dapat dibaca."));
            return lessons;
        }
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            LessonDef lesson = parseLesson(root, file, errors);
            if (lesson != null) {
                String other = seen.putIfAbsent(lesson.slug(), lesson.sourcePath());
                if (other != null) {
                    errors.add(new ContentError(lesson.sourcePath(), lineOf(file, "slug"),
                            "Slug pelajaran '" + lesson.slug() + "' sudah dipakai oleh " + other + "."));
                } else {
                    lessons.add(lesson);
                }
            }
        }
        if (files.isEmpty()) {
            errors.add(new ContentError(rel(root, lessonsDir), 0, "Kursus belum memiliki pelajaran."));
        }
        return lessons;
    }

    private LessonDef parseLesson(Path root, Path file, List<ContentError> errors) {
        String path = rel(root, file);
        byte[] bytes;
        String text;
        try {
            bytes = Files.readAllBytes(file);
            text = utf8(bytes).replace("\r\n", "\n");
        } catch (IOException e) {
            errors.add(new ContentError(path, 0, "File tidak dapat dibaca sebagai UTF-8."));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].trim().equals("---")) {
            errors.add(new ContentError(path, 1, "Pelajaran harus diawali front matter YAML di antara dua baris '---'."));
            return null;
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].trim().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            errors.add(new ContentError(path, 1, "Front matter tidak ditutup dengan baris '---'."));
            return null;
        }
        String front = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        LessonFrontMatter fm;
        try {
            fm = yaml.readValue(front, LessonFrontMatter.class);
        } catch (JsonProcessingException e) {
            errors.add(yamlError(path, e, 1, lines));
            return null;
        }
        if (fm == null) {
            errors.add(new ContentError(path, 1, "Front matter kosong: slug, order dan title wajib diisi."));
            return null;
        }
        int before = errors.size();
        if (blank(fm.slug())) {
            errors.add(new ContentError(path, 1, "Slug pelajaran (slug) wajib diisi di front matter."));
        } else if (!SLUG.matcher(fm.slug()).matches()) {
            errors.add(new ContentError(path, lineOf(lines, "slug"),
                    "Slug pelajaran '" + fm.slug() + "' hanya boleh berisi huruf kecil, angka dan tanda '-'."));
        }
        if (fm.order() == null) {
            errors.add(new ContentError(path, 1, "Urutan pelajaran (order) wajib diisi di front matter."));
        }
        if (fm.title() == null || blank(fm.title().id())) {
            errors.add(new ContentError(path, fm.title() == null ? 1 : lineOf(lines, "title"),
                    "Judul pelajaran dalam Bahasa Indonesia (title.id) wajib diisi."));
        }
        if (body.isBlank()) {
            errors.add(new ContentError(path, end + 2, "Isi pelajaran kosong."));
        }
        if (errors.size() > before) {
            return null;
        }
        String markdownEn = null;
        byte[] enBytes = new byte[0];
        Path enFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.md$", ".en.md"));
        if (Files.isRegularFile(enFile)) {
            try {
                enBytes = Files.readAllBytes(enFile);
                markdownEn = utf8(enBytes);
            } catch (IOException e) {
                errors.add(new ContentError(rel(root, enFile), 0, "File tidak dapat dibaca sebagai UTF-8."));
                return null;
            }
        }
        String titleEn = blank(fm.title().en()) ? fm.title().id() : fm.title().en();
        int minutes = fm.minutes() == null ? 0 : fm.minutes();
        return new LessonDef(fm.slug(), fm.order(), minutes, fm.title().id().trim(), titleEn.trim(), body, markdownEn,
                path, sha256(bytes, enBytes));
    }

    private static ContentError yamlError(String path, JsonProcessingException e, int lineOffset, String[] lines) {
        int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + lineOffset;
        String detail = e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            return new ContentError(path, lineOf(lines, u.getPropertyName()),
                    "Kunci '" + u.getPropertyName() + "' tidak dikenal (salah ketik?). Kunci yang dikenal: "
                            + u.getKnownPropertyIds().stream().map(Object::toString).sorted().reduce((a, b) -> a + ", " + b).orElse("") + ".");
        }
        if (e instanceof MismatchedInputException mi && mi.getPath() != null && !mi.getPath().isEmpty()) {
            String field = mi.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .reduce((a, b) -> a + "." + b).orElse("");
            detail = "nilai '" + field + "' tidak sesuai format (" + e.getOriginalMessage() + ")";
        }
        return new ContentError(path, Math.max(line, 1), "YAML tidak valid: " + detail);
    }

    private static int lineOf(String[] lines, String key) {
        Pattern p = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:");
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static int lineOf(Path file, String key) {
        try {
            return lineOf(Files.readString(file).split("\n", -1), key);
        } catch (IOException e) {
            return 1;
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * One hash over every file under {@code root} (relative path and bytes, in path order): equal hashes mean the
     * folder holds exactly the files a sync read before. {@code null} when the folder cannot be read.
     */
    public static String treeHash(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<byte[]> parts = new ArrayList<>();
            for (Path file : s.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(rel(root, file).getBytes(StandardCharsets.UTF_8));
                parts.add(Files.readAllBytes(file));
            }
            return sha256(parts.toArray(byte[][]::new));
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                md.update(part);
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
