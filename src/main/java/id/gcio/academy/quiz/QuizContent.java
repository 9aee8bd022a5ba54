package id.gcio.academy.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.gcio.academy.quiz.QuizSettings.Draw;
import id.gcio.academy.quiz.QuizSettings.GradingMethod;
import id.gcio.academy.quiz.QuizSettings.ReviewPolicy;
import id.gcio.academy.quiz.gift.GiftImport;
import id.gcio.academy.quiz.gift.GiftParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a course's quiz folder, {@code content/courses/<slug>/quiz/}: {@code quiz.yaml} (settings) and every
 * {@code *.gift} file (the question bank). Whatever is wrong is reported with file and line; a quiz with any problem is
 * not returned, so the last good version stays in use.
 */
public final class QuizContent {

    /** The longest time limit a quiz may have, so that login sessions (4 h extension) outlast any attempt. */
    public static final Duration MAX_TIME_LIMIT = Duration.ofHours(3);

    /** {@code quiz.yaml} as written. */
    public record QuizFile(Title title, Integer timeLimitMinutes, Integer maxAttempts, Double passPercent,
            String grading, Boolean shuffleQuestions, Boolean shuffleOptions, String review, OffsetDateTime opens,
            OffsetDateTime closes, List<DrawFile> draws, Boolean essays) {
    }

    /** A title in both languages. */
    public record Title(String id, String en) {
    }

    /** One draw as written. */
    public record DrawFile(List<String> tags, Integer count) {
    }

    /** A problem in a quiz file (Bahasa Indonesia). */
    public record Problem(String file, int line, String message) {
    }

    /**
     * A quiz ready to be stored.
     *
     * @param locations where each question is written (file and the line it starts on), by key, for problems found
     *        when storing it
     */
    public record QuizDef(String titleId, String titleEn, QuizSettings settings, OffsetDateTime opens,
            OffsetDateTime closes, List<Question> questions, String sourcePath, String hash,
            Map<String, Location> locations) {

        /** Where a question is written; a key it does not know is put at the quiz's folder. */
        public Location locationOf(String key) {
            Location l = locations == null ? null : locations.get(key);
            return l != null ? l : new Location(sourcePath.substring(0, sourcePath.lastIndexOf('/') + 1), 0);
        }
    }

    /** A file of the quiz folder and a line in it (1-based; 0 for the file as a whole). */
    public record Location(String file, int line) {
    }

    /** What reading a quiz folder gave: the quiz (null when absent or broken) and the problems. */
    public record Result(QuizDef quiz, List<Problem> problems) {
    }

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();

    /**
     * Reads {@code root/courses/<slug>/quiz}. A missing folder is no quiz and no problem.
     */
    public Result read(Path root, String courseSlug) {
        Path folder = root.resolve("courses").resolve(courseSlug).resolve("quiz");
        String base = "courses/" + courseSlug + "/quiz/";
        if (!Files.isDirectory(folder)) {
            return new Result(null, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Path yamlPath = folder.resolve("quiz.yaml");
        if (!Files.isRegularFile(yamlPath)) {
            return new Result(null, List.of(new Problem(base + "quiz.yaml", 0,
                    "File quiz.yaml tidak ada; setiap folder quiz/ memerlukan pengaturan kuis.")));
        }
        MessageDigest digest = sha256();
        String yamlText;
        List<Path> giftFiles;
        try {
            byte[] bytes = Files.readAllBytes(yamlPath);
            digest.update(bytes);
            yamlText = new String(bytes, StandardCharsets.UTF_8);
            try (Stream<Path> files = Files.list(folder)) {
                giftFiles = files.filter(p -> p.getFileName().toString().endsWith(".gift")).sorted().toList();
            }
        } catch (IOException e) {
            return new Result(null, List.of(new Problem(base, 0, "Folder kuis tidak dapat dibaca: " + e.getMessage())));
        }
        QuizFile file = null;
        try {
            file = yaml.readValue(yamlText, QuizFile.class);
            if (file == null) {
                problems.add(new Problem(base + "quiz.yaml", 1, "File quiz.yaml kosong."));
            }
        } catch (JsonProcessingException e) {
            problems.add(yamlProblem(base + "quiz.yaml", e, yamlText));
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Location> locations = new HashMap<>();
        if (giftFiles.isEmpty()) {
            problems.add(new Problem(base, 0, "Tidak ada bank soal (*.gift) di folder kuis."));
        }
        for (Path gift : giftFiles) {
            String name = base + gift.getFileName();
            try {
                byte[] bytes = Files.readAllBytes(gift);
                digest.update(gift.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                GiftImport parsed = new GiftParser().parse(new String(bytes, StandardCharsets.UTF_8));
                parsed.problems().forEach(p -> problems.add(new Problem(name, p.line(), p.message())));
                questions.addAll(parsed.questions());
                parsed.questions().forEach(q -> locations.putIfAbsent(q.key(), new Location(name, parsed.lineOf(q.key()))));
            } catch (IOException e) {
                problems.add(new Problem(name, 0, "File tidak dapat dibaca: " + e.getMessage()));
            }
        }
        List<String> seen = new ArrayList<>();
        for (Question q : questions) {
            if (seen.contains(q.key())) {
                problems.add(new Problem(base, 0, "Kunci soal \"" + q.key() + "\" dipakai lebih dari sekali di bank soal."));
            }
            seen.add(q.key());
        }
        QuizSettings settings = file == null ? null : settings(file, base + "quiz.yaml", yamlText, problems);
        if (settings != null && problems.isEmpty()) {
            try {
                new QuestionDraw().draw(questions, settings, 1L);
            } catch (QuestionDraw.NotEnoughQuestions e) {
                problems.add(new Problem(base + "quiz.yaml", lineOf(yamlText, "draws"), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        List<Question> withDifficulty = questions.stream().map(QuizContent::difficultyFromTags).toList();
        return new Result(new QuizDef(file.title().id().trim(), file.title().en() == null ? file.title().id().trim()
                : file.title().en().trim(), settings, file.opens(), file.closes(), withDifficulty, base + "quiz.yaml",
                HexFormat.of().formatHex(digest.digest()), Map.copyOf(locations)), List.of());
    }

    /** Checks quiz.yaml's values; returns null (with problems added) when they are not usable. */
    QuizSettings settings(QuizFile f, String path, String text, List<Problem> problems) {
        int before = problems.size();
        if (f.title() == null || blank(f.title().id())) {
            problems.add(new Problem(path, lineOf(text, "title"), "Judul kuis (title.id) wajib diisi."));
        }
        Duration limit = null;
        if (f.timeLimitMinutes() != null) {
            limit = Duration.ofMinutes(f.timeLimitMinutes());
            if (f.timeLimitMinutes() <= 0 || limit.compareTo(MAX_TIME_LIMIT) > 0) {
                problems.add(new Problem(path, lineOf(text, "timeLimitMinutes"),
                        "timeLimitMinutes harus antara 1 dan " + MAX_TIME_LIMIT.toMinutes() + " menit."));
            }
        }
        int maxAttempts = f.maxAttempts() == null ? 0 : f.maxAttempts();
        if (maxAttempts < 0 || maxAttempts > 100) {
            problems.add(new Problem(path, lineOf(text, "maxAttempts"), "maxAttempts harus antara 0 (tanpa batas) dan 100."));
        }
        double pass = f.passPercent() == null ? 70 : f.passPercent();
        if (pass < 0 || pass > 100) {
            problems.add(new Problem(path, lineOf(text, "passPercent"), "passPercent harus antara 0 dan 100."));
        }
        GradingMethod grading = parseEnum(GradingMethod.class, f.grading(), GradingMethod.HIGHEST, "grading", path, text, problems);
        ReviewPolicy review = parseEnum(ReviewPolicy.class, f.review(), ReviewPolicy.AFTER_SUBMIT, "review", path, text, problems);
        if (f.opens() != null && f.closes() != null && !f.opens().isBefore(f.closes())) {
            problems.add(new Problem(path, lineOf(text, "closes"), "closes harus setelah opens."));
        }
        List<Draw> draws = new ArrayList<>();
        for (DrawFile d : f.draws() == null ? List.<DrawFile>of() : f.draws()) {
            if (d == null || d.count() == null || d.count() <= 0 || d.tags() == null || d.tags().isEmpty()) {
                problems.add(new Problem(path, lineOf(text, "draws"), "Setiap draws perlu tags (minimal satu) dan count > 0."));
            } else {
                draws.add(new Draw(d.tags(), d.count()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new QuizSettings(draws, Boolean.TRUE.equals(f.shuffleQuestions()),
                f.shuffleOptions() == null || f.shuffleOptions(), limit, maxAttempts, pass, grading, review,
                Boolean.FALSE.equals(f.essays()));
    }

    /** A tag {@code tingkat:mudah|sedang|sulit} sets the difficulty. */
    static Question difficultyFromTags(Question q) {
        Question.Difficulty d = q.difficulty();
        if (q.tags().contains("tingkat:mudah")) {
            d = Question.Difficulty.EASY;
        } else if (q.tags().contains("tingkat:sulit")) {
            d = Question.Difficulty.HARD;
        } else if (q.tags().contains("tingkat:sedang")) {
            d = Question.Difficulty.MEDIUM;
        }
        return d == q.difficulty() ? q : new Question(q.key(), q.type(), q.category(), q.title(), q.text(), q.points(),
                q.choices(), q.truth(), q.textAnswers(), q.numericAnswers(), q.pairs(), q.generalFeedback(),
                q.feedbackWhenTrue(), q.feedbackWhenFalse(), q.tags(), d);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback, String key, String path,
            String text, List<Problem> problems) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Stream.of(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            problems.add(new Problem(path, lineOf(text, key), key + " '" + value + "' tidak dikenal; pilih salah satu: "
                    + String.join(", ", allowed) + "."));
            return fallback;
        }
    }

    private static Problem yamlProblem(String path, JsonProcessingException e, String text) {
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        if (e instanceof UnrecognizedPropertyException u) {
            // records are read whole, so the parser's location is the end of the mapping: find the key instead
            return new Problem(path, lineOf(text, u.getPropertyName()), "Kunci '" + u.getPropertyName()
                    + "' tidak dikenal (salah ketik?).");
        }
        if (e instanceof InvalidFormatException f) {
            return new Problem(path, line, "Nilai '" + f.getValue() + "' tidak sesuai format yang diharapkan.");
        }
        return new Problem(path, line, "YAML tidak valid: " + e.getOriginalMessage());
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
