package id.gcio.academy.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.gcio.academy.web.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/programs/*.yaml} (programmes and their learning paths per position class) and
 * {@code content/opd/*.yaml} (the OPD reference list). Problems come with file and line; a broken file is refused
 * whole and its last good version stays in use.
 */
public final class ProgrammeContent {

    static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");

    /** Text in both languages. */
    public record Text(String id, String en) {
    }

    /** A learning path: which courses the participants of these position classes follow. */
    public record PathFile(Text name, List<PositionClass> classes, List<String> courses, Completion completion) {
        public PathFile {
            classes = classes == null ? List.of() : List.copyOf(classes);
            courses = courses == null ? List.of() : List.copyOf(courses);
            completion = completion == null ? new Completion(null, null) : completion;
        }
    }

    /**
     * What a path's participants must do beyond completing its courses (each course: all lessons and its quiz
     * passed) to earn the certificate: assignments graded at or above a minimum percentage.
     */
    public record Completion(List<RequiredAssignment> assignments, Integer hours) {
        public Completion {
            assignments = assignments == null ? List.of() : List.copyOf(assignments);
        }
    }

    /** An assignment a path requires, with the lowest grade that passes (percent of the rubric's points). */
    public record RequiredAssignment(String code, Double minPercent) {
        public double min() {
            return minPercent == null ? 0 : minPercent;
        }
    }

    /** How the final grade is weighted: quizzes (mean of the path's quizzes) and assignments (mean), in percent. */
    public record Weights(Integer quizzes, Integer assignments) {
    }

    /** The certificate a programme awards (absent: the programme awards none). */
    public record CertificateFile(Text title, String numberPrefix, Boolean approval, Integer validYears,
            Double passPercent, Weights weights, List<String> competencies) {
        public CertificateFile {
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
        }

        public boolean needsApproval() {
            return Boolean.TRUE.equals(approval);
        }

        public int quizWeight() {
            return weights == null || weights.quizzes() == null ? 0 : weights.quizzes();
        }

        public int assignmentWeight() {
            return weights == null || weights.assignments() == null ? 0 : weights.assignments();
        }

        public double pass() {
            return passPercent == null ? 0 : passPercent;
        }
    }

    /** A programme file as written. */
    public record ProgrammeFile(String code, Text name, Text summary, List<PathFile> paths, CertificateFile certificate) {
        public ProgrammeFile {
            paths = paths == null ? List.of() : List.copyOf(paths);
        }
    }

    /** One OPD as written. */
    public record OpdFile(String code, String name, List<String> aliases) {
        public OpdFile {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** An OPD list file. */
    public record OpdListFile(List<OpdFile> opds) {
    }

    /** A problem in a file (Bahasa Indonesia). */
    public record Problem(String file, int line, String message) {
    }

    /** A programme ready to store. */
    public record ProgrammeDef(ProgrammeFile file, String sourcePath, String hash) {
    }

    /** What reading the folders gave. */
    public record Result(List<ProgrammeDef> programmes, List<OpdFile> opds, boolean opdListRead, List<Problem> problems) {
    }

    private final ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Reads both folders; {@code courseSlugs} are the courses a path may name. */
    public Result read(Path root, Set<String> courseSlugs) {
        List<Problem> problems = new ArrayList<>();
        List<ProgrammeDef> programmes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Path file : yamlFiles(root.resolve("programs"))) {
            String path = "programs/" + file.getFileName();
            String text = readText(file, path, problems);
            if (text == null) {
                continue;
            }
            int before = problems.size();
            ProgrammeFile p = parse(text, ProgrammeFile.class, path, problems);
            if (p == null) {
                continue;
            }
            check(p, path, text, courseSlugs, problems);
            if (p.code() != null && !codes.add(p.code())) {
                problems.add(new Problem(path, lineOf(text, "code"), "Kode program '" + p.code() + "' dipakai lebih dari satu file."));
            }
            if (problems.size() == before) {
                programmes.add(new ProgrammeDef(p, path, Hashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8))));
            }
        }
        List<OpdFile> opds = new ArrayList<>();
        boolean opdRead = false;
        for (Path file : yamlFiles(root.resolve("opd"))) {
            String path = "opd/" + file.getFileName();
            String text = readText(file, path, problems);
            if (text == null) {
                continue;
            }
            int before = problems.size();
            OpdListFile list = parse(text, OpdListFile.class, path, problems);
            if (list == null || list.opds() == null) {
                if (list != null) {
                    problems.add(new Problem(path, 1, "Daftar 'opds' wajib ada."));
                }
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (OpdFile o : list.opds()) {
                if (o.code() == null || !CODE.matcher(o.code()).matches()) {
                    problems.add(new Problem(path, lineOf(text, "code: " + o.code()), "Kode OPD '" + o.code()
                            + "' tidak valid (huruf besar, angka dan '-', 2–40 karakter)."));
                } else if (!seen.add(o.code())) {
                    problems.add(new Problem(path, lineOf(text, "code: " + o.code()), "Kode OPD '" + o.code() + "' ganda."));
                }
                if (o.name() == null || o.name().isBlank()) {
                    problems.add(new Problem(path, lineOf(text, "code: " + o.code()), "OPD '" + o.code() + "' tidak bernama."));
                }
            }
            if (problems.size() == before) {
                opds.addAll(list.opds());
                opdRead = true;
            }
        }
        return new Result(programmes, opds, opdRead, problems);
    }

    private static void check(ProgrammeFile p, String path, String text, Set<String> courseSlugs, List<Problem> problems) {
        if (p.code() == null || !CODE.matcher(p.code()).matches()) {
            problems.add(new Problem(path, lineOf(text, "code"), "Kode program wajib diisi: huruf besar, angka dan '-'."));
        }
        if (p.name() == null || p.name().id() == null || p.name().id().isBlank()) {
            problems.add(new Problem(path, lineOf(text, "name"), "Nama program (name.id) wajib diisi."));
        }
        if (p.paths().isEmpty()) {
            problems.add(new Problem(path, lineOf(text, "paths"), "Program perlu minimal satu jalur belajar (paths)."));
        }
        Map<PositionClass, Integer> owner = new EnumMap<>(PositionClass.class);
        for (int i = 0; i < p.paths().size(); i++) {
            PathFile path1 = p.paths().get(i);
            if (path1.classes().isEmpty() || path1.courses().isEmpty()) {
                problems.add(new Problem(path, lineOf(text, "paths"), "Jalur ke-" + (i + 1) + " perlu classes dan courses."));
            }
            for (PositionClass c : path1.classes()) {
                Integer prior = owner.putIfAbsent(c, i);
                if (prior != null) {
                    problems.add(new Problem(path, lineOf(text, c.name()), "Kelas jabatan " + c + " ada di dua jalur ("
                            + (prior + 1) + " dan " + (i + 1) + ")."));
                }
            }
            for (String course : path1.courses()) {
                if (!courseSlugs.contains(course)) {
                    problems.add(new Problem(path, lineOf(text, course), "Kursus '" + course + "' tidak ada di content/courses."));
                }
            }
            for (RequiredAssignment a : path1.completion().assignments()) {
                if (a.code() == null || !CODE.matcher(a.code()).matches()) {
                    problems.add(new Problem(path, lineOf(text, "assignments"), "Kode tugas di completion.assignments wajib diisi."));
                }
                if (a.minPercent() != null && (a.minPercent() < 0 || a.minPercent() > 100)) {
                    problems.add(new Problem(path, lineOf(text, "minPercent"), "minPercent harus antara 0 dan 100."));
                }
            }
            if (path1.completion().hours() != null && path1.completion().hours() < 1) {
                problems.add(new Problem(path, lineOf(text, "hours"), "hours (JP) harus lebih dari 0."));
            }
        }
        CertificateFile cert = p.certificate();
        if (cert != null) {
            if (cert.title() == null || cert.title().id() == null || cert.title().id().isBlank()) {
                problems.add(new Problem(path, lineOf(text, "certificate"), "Judul sertifikat (certificate.title.id) wajib diisi."));
            }
            if (cert.numberPrefix() == null || !cert.numberPrefix().matches("^[A-Z]{2,10}$")) {
                problems.add(new Problem(path, lineOf(text, "numberPrefix"), "numberPrefix wajib: 2–10 huruf besar, mis. GCIO."));
            }
            if (cert.quizWeight() < 0 || cert.assignmentWeight() < 0 || cert.quizWeight() + cert.assignmentWeight() != 100) {
                problems.add(new Problem(path, lineOf(text, "weights"), "Bobot nilai (weights.quizzes + weights.assignments) harus berjumlah 100."));
            }
            if (cert.passPercent() != null && (cert.passPercent() < 0 || cert.passPercent() > 100)) {
                problems.add(new Problem(path, lineOf(text, "passPercent"), "passPercent harus antara 0 dan 100."));
            }
            if (cert.validYears() != null && (cert.validYears() < 1 || cert.validYears() > 20)) {
                problems.add(new Problem(path, lineOf(text, "validYears"), "validYears harus antara 1 dan 20."));
            }
        }
    }

    private <T> T parse(String text, Class<T> type, String path, List<Problem> problems) {
        try {
            T value = yaml.readValue(text, type);
            if (value == null) {
                problems.add(new Problem(path, 1, "File kosong."));
            }
            return value;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String message;
            if (e instanceof UnrecognizedPropertyException u) {
                line = lineOf(text, u.getPropertyName());
                message = "Kunci '" + u.getPropertyName() + "' tidak dikenal (salah ketik?).";
            } else if (e instanceof InvalidFormatException f && f.getTargetType() == PositionClass.class) {
                line = lineOf(text, String.valueOf(f.getValue()));
                message = "Kelas jabatan '" + f.getValue() + "' tidak dikenal; pilih dari: " + List.of(PositionClass.values()) + ".";
            } else {
                message = "YAML tidak valid: " + e.getOriginalMessage();
            }
            problems.add(new Problem(path, line, message));
            return null;
        }
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String readText(Path file, String path, List<Problem> problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(path, 0, "File tidak dapat dibaca: " + e.getMessage()));
            return null;
        }
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 1;
    }

}
