package id.gcio.academy.grading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.gcio.academy.web.Hashes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/assignments/*.yaml} and {@code content/rubrics/*.yaml}. Problems come in Bahasa Indonesia with
 * file and line; a file with any problem is not returned (its last good version stays in use), the others are.
 */
public final class GradingContent {

    static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");
    static final int DEFAULT_MAX_FILES = 3;
    static final int MAX_FILES_LIMIT = 10;
    static final int DEFAULT_MODERATION_THRESHOLD = 10;

    /** Text in Bahasa Indonesia and English. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Text(String id, String en) {

        /** The text in a language ("en": English, falling back to Bahasa Indonesia when there is none). */
        public String in(String lang) {
            return "en".equals(lang) && !blank(en) ? en : id;
        }
    }

    /**
     * One level of a criterion: the points it gives and what a marker sees at that level. {@code titleEn} and
     * {@code descriptionEn} are the English (the Indonesian when the rubric has none; null in rubrics stored before).
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Level(int points, String title, String description, String titleEn, String descriptionEn) {

        /** The level's name in a language ("en": English where the rubric has it). */
        public String titleIn(String lang) {
            return new Text(title, titleEn).in(lang);
        }

        /** What a marker sees at this level, in a language ("en": English where the rubric has it). */
        public String descriptionIn(String lang) {
            return new Text(description, descriptionEn).in(lang);
        }
    }

    /**
     * One rubric criterion; its levels' points strictly increase. {@code descriptionEn} is the English description
     * (the Indonesian when the rubric has none; null in rubrics stored before).
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String code, Text title, String description, String descriptionEn, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }

        /** What is judged, in a language ("en": English where the rubric has it). */
        public String descriptionIn(String lang) {
            return new Text(description, descriptionEn).in(lang);
        }

        /** The highest level's points. */
        public int maxPoints() {
            return levels.stream().mapToInt(Level::points).max().orElse(0);
        }
    }

    /** A rubric ready to store. */
    public record RubricDef(String code, Text title, List<Criterion> criteria, String sourcePath, String hash) {
        public RubricDef {
            criteria = List.copyOf(criteria);
        }

        /** The sum of the criteria's highest points. */
        public int maxPoints() {
            return criteria.stream().mapToInt(Criterion::maxPoints).sum();
        }
    }

    /**
     * An assignment ready to store. {@code closes} null means the cohort's end date, 23:59 WITA (applied by the caller);
     * {@code maxFiles} is 0 when files are not allowed.
     */
    public record AssignmentDef(String code, Text title, String programme, String course, String rubric, Text brief,
            OffsetDateTime closes, boolean filesAllowed, int maxFiles, boolean secondMarking, int moderationThreshold,
            String sourcePath, String hash) {
    }

    /** A problem in a file (Bahasa Indonesia); line 0 when no line applies. */
    public record Problem(String file, int line, String message) {
    }

    /** What reading both folders gave. */
    public record Result(List<AssignmentDef> assignments, List<RubricDef> rubrics, List<Problem> problems) {
    }

    record FilesFile(Boolean allowed, Integer maxCount) {
    }

    record AssignmentFile(String code, Text title, String programme, String course, String rubric, Text brief,
            OffsetDateTime closes, FilesFile files, Boolean secondMarking, Integer moderationThreshold) {
    }

    /**
     * A text of a rubric that may be written in Bahasa Indonesia only (a plain string; English falls back to it) or in
     * both languages ({@code {id: ..., en: ...}}, {@code en} optional).
     */
    record TextFile(String id, String en) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        TextFile(@JsonProperty("id") String id, @JsonProperty("en") String en) {
            this.id = id;
            this.en = en;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static TextFile of(String id) {
            return new TextFile(id, null);
        }

        /** Both languages, stripped; English falls back to Bahasa Indonesia. */
        Text text() {
            String i = id.strip();
            return new Text(i, blank(en) ? i : en.strip());
        }
    }

    record LevelFile(Integer points, TextFile title, TextFile description) {
    }

    record CriterionFile(String code, Text title, TextFile description, List<LevelFile> levels) {
    }

    record RubricFile(String code, Text title, List<CriterionFile> criteria) {
    }

    /** One YAML file: its text, hash and the line of every key and list item (by JSON pointer). */
    private record Source(String path, String name, String text, String hash, Map<String, Integer> lines) {
        int line(String pointer) {
            return lines.getOrDefault(pointer, 1);
        }
    }

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new JavaTimeModule())
            .build();

    /**
     * Reads {@code root/assignments} and {@code root/rubrics} ({@code root} is the content folder); missing folders
     * mean none. {@code courseSlugs} and {@code programmeCodes} are what an assignment may belong to.
     */
    public Result read(Path root, Set<String> courseSlugs, Set<String> programmeCodes) {
        List<Problem> problems = new ArrayList<>();
        List<RubricDef> rubrics = new ArrayList<>();
        Set<String> rubricsPresent = new HashSet<>();
        Map<String, String> rubricOwners = owners(root, "rubrics");
        for (Source src : sources(root, "rubrics", problems)) {
            int before = problems.size();
            RubricFile f = parse(src, RubricFile.class, problems);
            if (f == null) {
                continue;
            }
            checkCode(src, f.code(), "rubrik", rubricOwners, problems);
            List<Criterion> criteria = criteria(src, f, problems);
            if (problems.size() == before) {
                rubrics.add(new RubricDef(f.code(), text(f.title()), criteria, src.path(), src.hash()));
            } else if (f.code() != null) {
                rubricsPresent.add(f.code());
            }
        }
        Set<String> goodRubrics = new HashSet<>();
        rubrics.forEach(r -> goodRubrics.add(r.code()));
        rubricsPresent.addAll(rubricOwners.keySet());
        List<AssignmentDef> assignments = new ArrayList<>();
        Map<String, String> assignmentOwners = owners(root, "assignments");
        for (Source src : sources(root, "assignments", problems)) {
            int before = problems.size();
            AssignmentFile f = parse(src, AssignmentFile.class, problems);
            if (f == null) {
                continue;
            }
            checkCode(src, f.code(), "tugas", assignmentOwners, problems);
            AssignmentDef def = assignment(src, f, courseSlugs, programmeCodes, goodRubrics, rubricsPresent, problems);
            if (problems.size() == before && def != null) {
                assignments.add(def);
            }
        }
        return new Result(List.copyOf(assignments), List.copyOf(rubrics), List.copyOf(problems));
    }

    private AssignmentDef assignment(Source src, AssignmentFile f, Set<String> courseSlugs, Set<String> programmeCodes,
            Set<String> goodRubrics, Set<String> rubricsPresent, List<Problem> problems) {
        int before = problems.size();
        requireText(src, f.title(), "/title", 1, "Judul tugas", problems);
        if (f.brief() == null || blank(f.brief().id())) {
            problems.add(new Problem(src.path(), f.brief() == null ? 1 : src.line("/brief"),
                    "Petunjuk tugas (brief.id) wajib diisi."));
        }
        boolean hasProgramme = f.programme() != null;
        boolean hasCourse = f.course() != null;
        if (hasProgramme && hasCourse) {
            problems.add(new Problem(src.path(), src.line("/course"),
                    "Tulis programme (tugas akhir program) atau course (tugas kursus), jangan keduanya."));
        } else if (!hasProgramme && !hasCourse) {
            problems.add(new Problem(src.path(), 1,
                    "Tugas perlu programme (kode program, mis. GCIO) atau course (slug kursus)."));
        } else if (hasProgramme && !programmeCodes.contains(f.programme())) {
            problems.add(new Problem(src.path(), src.line("/programme"), "Program '" + f.programme()
                    + "' tidak ada di content/programs."));
        } else if (hasCourse && !courseSlugs.contains(f.course())) {
            problems.add(new Problem(src.path(), src.line("/course"), "Kursus '" + f.course()
                    + "' tidak ada di content/courses."));
        }
        if (blank(f.rubric())) {
            problems.add(new Problem(src.path(), src.line("/rubric"), "Kode rubrik (rubric) wajib diisi."));
        } else if (goodRubrics.contains(f.rubric())) {
            // known and well-formed
        } else if (rubricsPresent.contains(f.rubric())) {
            problems.add(new Problem(src.path(), src.line("/rubric"), "Rubrik '" + f.rubric()
                    + "' bermasalah (lihat masalah di rubrics/); tugas ini ditolak sampai rubriknya diperbaiki."));
        } else {
            problems.add(new Problem(src.path(), src.line("/rubric"), "Rubrik '" + f.rubric()
                    + "' tidak ada di content/rubrics."));
        }
        boolean allowed = f.files() == null || f.files().allowed() == null || f.files().allowed();
        int maxCount = f.files() == null || f.files().maxCount() == null ? DEFAULT_MAX_FILES : f.files().maxCount();
        if (maxCount < 0 || maxCount > MAX_FILES_LIMIT) {
            problems.add(new Problem(src.path(), src.line("/files/maxCount"),
                    "files.maxCount harus antara 0 dan " + MAX_FILES_LIMIT + "."));
        } else if (allowed && maxCount == 0) {
            problems.add(new Problem(src.path(), src.line("/files/maxCount"),
                    "files.maxCount 0 berarti tanpa lampiran: tulis files.allowed: false."));
        }
        int threshold = f.moderationThreshold() == null ? DEFAULT_MODERATION_THRESHOLD : f.moderationThreshold();
        if (threshold < 0 || threshold > 100) {
            problems.add(new Problem(src.path(), src.line("/moderationThreshold"),
                    "moderationThreshold harus antara 0 dan 100 (poin persentase)."));
        }
        if (problems.size() > before) {
            return null;
        }
        return new AssignmentDef(f.code(), text(f.title()), f.programme(), f.course(), f.rubric(),
                f.brief() == null ? null : new Text(f.brief().id(), blank(f.brief().en()) ? null : f.brief().en()),
                f.closes(), allowed, allowed ? maxCount : 0, Boolean.TRUE.equals(f.secondMarking()), threshold,
                src.path(), src.hash());
    }

    private static List<Criterion> criteria(Source src, RubricFile f, List<Problem> problems) {
        requireText(src, f.title(), "/title", 1, "Judul rubrik", problems);
        List<Criterion> criteria = new ArrayList<>();
        if (f.criteria() == null || f.criteria().isEmpty()) {
            problems.add(new Problem(src.path(), src.line("/criteria"), "Rubrik perlu minimal satu kriteria (criteria)."));
            return criteria;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < f.criteria().size(); i++) {
            CriterionFile c = f.criteria().get(i);
            String at = "/criteria/" + i;
            String label = "Kriteria ke-" + (i + 1);
            if (c == null) {
                problems.add(new Problem(src.path(), src.line("/criteria"), label + " kosong."));
                continue;
            }
            int before = problems.size();
            if (c.code() == null) {
                problems.add(new Problem(src.path(), src.line(at), label + ": kode (code) wajib diisi."));
            } else if (!CODE.matcher(c.code()).matches()) {
                problems.add(new Problem(src.path(), src.line(at + "/code"), label + ": kode '" + c.code()
                        + "' tidak valid (huruf besar, angka dan '-', 2–40 karakter, diawali huruf atau angka)."));
            } else {
                Integer prior = seen.putIfAbsent(c.code(), i);
                if (prior != null) {
                    problems.add(new Problem(src.path(), src.line(at + "/code"), "Kode kriteria '" + c.code()
                            + "' sudah dipakai kriteria ke-" + (prior + 1) + "."));
                }
            }
            requireText(src, c.title(), at + "/title", src.line(at), label + ": judul", problems);
            requireIndonesian(src, c.description(), at + "/description", src.line(at), label + ": uraian", problems);
            List<Level> levels = levels(src, c.levels(), at, label, problems);
            if (problems.size() == before) {
                Text description = c.description().text();
                criteria.add(new Criterion(c.code(), text(c.title()), description.id(), description.en(), levels));
            }
        }
        return criteria;
    }

    private static List<Level> levels(Source src, List<LevelFile> files, String at, String label, List<Problem> problems) {
        List<Level> levels = new ArrayList<>();
        if (files == null || files.size() < 2) {
            problems.add(new Problem(src.path(), src.line(files == null ? at : at + "/levels"),
                    label + ": perlu minimal 2 tingkat (levels)."));
            return levels;
        }
        Integer previous = null;
        for (int j = 0; j < files.size(); j++) {
            LevelFile l = files.get(j);
            String lat = at + "/levels/" + j;
            String name = label + ", tingkat ke-" + (j + 1);
            if (l == null) {
                problems.add(new Problem(src.path(), src.line(at + "/levels"), name + " kosong."));
                continue;
            }
            if (l.points() == null) {
                problems.add(new Problem(src.path(), src.line(lat), name + ": poin (points) wajib diisi."));
            } else if (l.points() < 0) {
                problems.add(new Problem(src.path(), src.line(lat + "/points"), name + ": poin tidak boleh negatif."));
            } else if (previous != null && l.points() <= previous) {
                problems.add(new Problem(src.path(), src.line(lat + "/points"), name + ": poin " + l.points()
                        + " harus lebih besar dari tingkat sebelumnya (" + previous + "); urutkan dari terendah, tanpa poin ganda."));
            }
            boolean titled = requireIndonesian(src, l.title(), lat + "/title", src.line(lat), name + ": judul", problems);
            boolean described = requireIndonesian(src, l.description(), lat + "/description", src.line(lat),
                    name + ": uraian", problems);
            if (l.points() != null) {
                previous = l.points();
            }
            if (l.points() != null && titled && described) {
                Text title = l.title().text();
                Text description = l.description().text();
                levels.add(new Level(l.points(), title.id(), description.id(), title.en(), description.en()));
            }
        }
        return levels;
    }

    /** The code must match the pattern and the file name; a misnamed file that repeats another file's code says so. */
    private static void checkCode(Source src, String code, String kind, Map<String, String> owners, List<Problem> problems) {
        if (code == null) {
            problems.add(new Problem(src.path(), 1, "Kode " + kind + " (code) wajib diisi."));
            return;
        }
        int line = src.line("/code");
        if (!CODE.matcher(code).matches()) {
            problems.add(new Problem(src.path(), line, "Kode " + kind + " '" + code
                    + "' tidak valid (huruf besar, angka dan '-', 2–40 karakter, diawali huruf atau angka)."));
            return;
        }
        if (!code.equals(src.name())) {
            problems.add(new Problem(src.path(), line, "Nama file harus sama dengan kodenya: ganti nama file menjadi "
                    + code + ".yaml atau ubah code menjadi " + src.name() + "."));
            String owner = owners.get(code);
            if (owner != null) {
                problems.add(new Problem(src.path(), line, "Kode " + kind + " '" + code + "' sudah dipakai oleh "
                        + owner + "."));
            }
        }
    }

    /** Files named {@code <CODE>.yaml}: the code each name claims, so a misnamed duplicate never refuses the owner. */
    private static Map<String, String> owners(Path root, String folder) {
        Map<String, String> owners = new HashMap<>();
        for (Path file : files(root.resolve(folder))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml")) {
                owners.put(name.substring(0, name.length() - 5), folder + "/" + name);
            }
        }
        return owners;
    }

    /** A title needs both languages; a missing title is reported at {@code parentLine}. */
    private static void requireText(Source src, Text t, String pointer, int parentLine, String what,
            List<Problem> problems) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        int line = t == null ? parentLine : src.line(pointer);
        if (t == null || blank(t.id())) {
            problems.add(new Problem(src.path(), line, what + " (" + key + ".id) wajib diisi."));
        }
        if (t == null || blank(t.en())) {
            problems.add(new Problem(src.path(), line, what + " dalam bahasa Inggris (" + key + ".en) wajib diisi."));
        }
    }

    /**
     * A rubric text needs its Bahasa Indonesia: the plain string, or {@code id} of a map. A missing text is reported at
     * {@code parentLine}, a map without {@code id} at the map. Says whether the text is there.
     */
    private static boolean requireIndonesian(Source src, TextFile t, String pointer, int parentLine, String what,
            List<Problem> problems) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (t == null || (t.en() == null && blank(t.id()))) {
            problems.add(new Problem(src.path(), parentLine, what + " (" + key + ") wajib diisi."));
            return false;
        }
        if (blank(t.id())) {
            problems.add(new Problem(src.path(), src.line(pointer), what + " dalam bahasa Indonesia (" + key
                    + ".id) wajib diisi; " + key + ".en saja tidak cukup."));
            return false;
        }
        return true;
    }

    private List<Source> sources(Path root, String folder, List<Problem> problems) {
        List<Source> sources = new ArrayList<>();
        for (Path file : files(root.resolve(folder))) {
            String name = file.getFileName().toString();
            String path = folder + "/" + name;
            if (name.endsWith(".yml")) {
                problems.add(new Problem(path, 0, "Hanya file .yaml yang dibaca: ganti nama menjadi "
                        + name.substring(0, name.length() - 4) + ".yaml."));
                continue;
            }
            if (!name.endsWith(".yaml")) {
                continue;
            }
            byte[] bytes;
            String text;
            try {
                bytes = Files.readAllBytes(file);
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                problems.add(new Problem(path, 0, "File bukan teks UTF-8."));
                continue;
            } catch (IOException e) {
                problems.add(new Problem(path, 0, "File tidak dapat dibaca: " + e.getMessage()));
                continue;
            }
            Map<String, Integer> lines;
            try {
                lines = lines(text);
            } catch (JsonProcessingException e) {
                problems.add(syntaxProblem(path, e));
                continue;
            }
            sources.add(new Source(path, name.substring(0, name.length() - 5), text, Hashes.sha256Hex(bytes), lines));
        }
        return sources;
    }

    /** The line of every key and list item, by JSON pointer (e.g. {@code /criteria/2/levels/0/points}). */
    private Map<String, Integer> lines(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = yaml.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    private <T> T parse(Source src, Class<T> type, List<Problem> problems) {
        try {
            T value = yaml.readValue(src.text(), type);
            if (value == null) {
                problems.add(new Problem(src.path(), 1, "File kosong."));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            problems.add(new Problem(src.path(), src.line(pointer(e)), "Kunci '" + e.getPropertyName()
                    + "' tidak dikenal (salah ketik?)."));
        } catch (InvalidFormatException e) {
            String key = pointer(e);
            String hint = key.endsWith("/closes") ? " Tulis tanggal-waktu ISO-8601 dengan zona, mis. 2027-03-31T23:59:00+08:00." : "";
            problems.add(new Problem(src.path(), src.line(key), "Nilai '" + e.getValue() + "' untuk " + label(key)
                    + " tidak sesuai format." + hint));
        } catch (MismatchedInputException e) {
            String key = pointer(e);
            problems.add(new Problem(src.path(), src.line(key), key.isEmpty() ? "Isi file harus berupa pemetaan kunci: nilai."
                    : "Jenis nilai untuk " + label(key) + " salah (mis. teks di tempat angka, atau daftar di tempat teks)."));
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(src.path(), e));
        }
        return null;
    }

    private static Problem syntaxProblem(String path, JsonProcessingException e) {
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field ")) {
            return new Problem(path, line, "Kunci " + message.substring("Duplicate field ".length()) + " ditulis dua kali.");
        }
        return new Problem(path, line, "YAML tidak valid: " + message);
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            b.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return b.toString();
    }

    private static String label(String pointer) {
        return "'" + pointer.substring(1).replace('/', '.') + "'";
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Text text(Text t) {
        return new Text(t.id().strip(), t.en().strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
