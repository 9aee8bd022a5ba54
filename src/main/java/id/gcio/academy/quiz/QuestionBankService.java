package id.gcio.academy.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.gcio.academy.catalog.ContentSynced;
import id.gcio.academy.quiz.QuizContent.QuizDef;
import id.gcio.academy.quiz.QuizContent.Result;
import id.gcio.academy.quiz.gift.GiftImport;
import id.gcio.academy.quiz.gift.GiftParser;
import id.gcio.academy.quiz.gift.GiftProblem;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quiz's question bank: synced from {@code content/} with the course, and extended by GIFT files that trainers
 * import (preview first, then all or nothing). Questions are stored as immutable versions.
 */
@ApplicationScoped
public class QuestionBankService {

    /** What importing a GIFT file would do, or did: counts, the questions, and every problem by line. */
    public record ImportPreview(String fileName, String fileHash, int created, int replaced, int unchanged,
            List<Question> questions, List<GiftProblem> problems) {

        public boolean ok() {
            return problems.isEmpty() && !questions.isEmpty();
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    QuizService quizzes;

    private final QuizContent content = new QuizContent();

    /** Syncs every synced course's quiz folder; runs inside the content sync's transaction and lock. */
    void onContentSynced(@Observes ContentSynced event) {
        for (Map.Entry<String, Long> course : event.courseIds().entrySet()) {
            Result result = content.read(event.root(), course.getKey());
            result.problems().forEach(p -> event.refuse(p.file(), p.line(), p.message()));
            Quiz existing = Quiz.findByCourse(course.getValue()).orElse(null);
            if (result.quiz() != null) {
                store(course.getValue(), result.quiz(), existing, event.now())
                        .forEach(p -> event.refuse(p.file(), p.line(), p.message()));
            } else if (result.problems().isEmpty() && existing != null && existing.archivedAt == null) {
                existing.archivedAt = event.now();
                existing.updatedAt = event.now();
            }
        }
    }

    /**
     * Stores a quiz read from {@code content/}, or refuses it whole (nothing changed, the last good version stays in
     * use) and returns why: a question whose key a trainer's imported question already uses. The two may not both be
     * active (one key, one question), and a content sync never overwrites a trainer's import, just as an import never
     * overwrites the course's own questions; nor may the clash fail the sync's transaction, which would stop the
     * start-up of every instance.
     */
    private List<QuizContent.Problem> store(long courseId, QuizDef def, Quiz quiz, Instant now) {
        if (quiz != null && def.hash().equals(quiz.contentHash) && quiz.archivedAt == null) {
            return List.of();
        }
        List<QuizContent.Problem> clashes = clashesWithImports(def, quiz);
        if (!clashes.isEmpty()) {
            return clashes;
        }
        if (quiz == null) {
            quiz = new Quiz();
            quiz.courseId = courseId;
        }
        quiz.titleId = def.titleId();
        quiz.titleEn = def.titleEn();
        quiz.settings = def.settings();
        quiz.opensAt = def.opens() == null ? null : def.opens().toInstant();
        quiz.closesAt = def.closes() == null ? null : def.closes().toInstant();
        quiz.sourcePath = def.sourcePath();
        quiz.contentHash = def.hash();
        quiz.archivedAt = null;
        quiz.updatedAt = now;
        if (quiz.id == null) {
            quiz.persist();
        }
        Map<String, QuizQuestion> current = new HashMap<>();
        for (QuizQuestion q : QuizQuestion.listActive(quiz.id)) {
            if (QuizQuestion.CONTENT.equals(q.origin)) {
                current.put(q.qkey, q);
            }
        }
        for (Question q : def.questions()) {
            String hash = hash(q);
            QuizQuestion old = current.remove(q.key());
            if (old != null && old.contentHash.equals(hash)) {
                continue;
            }
            if (old != null) {
                old.archivedAt = now;
                old.flush();
            }
            QuizQuestion.of(quiz.id, q, QuizQuestion.CONTENT, null, hash, now).persist();
        }
        for (QuizQuestion gone : current.values()) {
            gone.archivedAt = now;
        }
        return List.of();
    }

    /** The questions of {@code def} whose keys are taken by active imported questions of the quiz, as problems. */
    private static List<QuizContent.Problem> clashesWithImports(QuizDef def, Quiz quiz) {
        if (quiz == null || quiz.id == null) {
            return List.of();
        }
        Map<String, QuizQuestion> imported = importedByKey(quiz.id);
        List<QuizContent.Problem> problems = new ArrayList<>();
        for (Question q : def.questions()) {
            QuizQuestion taken = imported.get(q.key());
            if (taken != null) {
                QuestionImport from = taken.importId == null ? null : QuestionImport.findById(taken.importId);
                QuizContent.Location at = def.locationOf(q.key());
                problems.add(new QuizContent.Problem(at.file(), at.line(), "Kunci soal \"" + q.key()
                        + "\" sudah dipakai soal yang diimpor pelatih" + (from == null ? "" : " (berkas \"" + from.fileName
                        + "\", " + QuizService.wita(from.createdAt) + ")") + "; beri soal ini judul ::...:: yang lain. "
                        + "Kuis ini tetap memakai versi terakhir yang berhasil disinkronkan."));
            }
        }
        return problems;
    }

    /**
     * Reads a GIFT file against a course's quiz without changing anything: what would be created, replaced or left
     * unchanged, and every problem by line. A key already used by a question from {@code content/} is a problem:
     * imported questions extend the bank, they never overwrite the course's own questions.
     */
    @Transactional
    public ImportPreview preview(String courseSlug, String fileName, byte[] bytes) {
        Quiz quiz = quizzes.requireQuiz(courseSlug);
        return preview(quiz, fileName, bytes);
    }

    /** Imports a GIFT file, all or nothing: with any problem nothing is stored and the preview is returned. */
    @Transactional
    public ImportPreview importGift(String courseSlug, String fileName, byte[] bytes, long userId) {
        Quiz quiz = quizzes.requireQuiz(courseSlug);
        Quiz.getEntityManager().createNativeQuery("select id from quiz where id = ?1 for update")
                .setParameter(1, quiz.id).getSingleResult();
        ImportPreview preview = preview(quiz, fileName, bytes);
        if (!preview.ok()) {
            throw new GiftRefused(preview);
        }
        Instant now = clock.instant();
        QuestionImport record = new QuestionImport();
        record.quizId = quiz.id;
        record.importedBy = userId;
        record.fileName = preview.fileName();
        record.fileHash = preview.fileHash();
        record.questionsCreated = preview.created();
        record.questionsReplaced = preview.replaced();
        record.questionsUnchanged = preview.unchanged();
        record.createdAt = now;
        record.persist();
        Map<String, QuizQuestion> imported = importedByKey(quiz.id);
        for (Question q : preview.questions()) {
            String hash = hash(q);
            QuizQuestion old = imported.get(q.key());
            if (old != null && old.contentHash.equals(hash)) {
                continue;
            }
            if (old != null) {
                old.archivedAt = now;
                old.flush();
            }
            QuizQuestion.of(quiz.id, q, QuizQuestion.IMPORT, record.id, hash, now).persist();
        }
        return preview;
    }

    /** The recent imports of a course's quiz, newest first. */
    @Transactional
    public List<QuestionImport> imports(String courseSlug) {
        return QuestionImport.listRecent(quizzes.requireQuiz(courseSlug).id, 20);
    }

    /** A refused import: the preview with its problems. */
    public static final class GiftRefused extends DomainException {
        private final transient ImportPreview preview;

        public GiftRefused(ImportPreview preview) {
            super(422, "gift-refused", preview.questions().isEmpty() && preview.problems().isEmpty()
                    ? "File GIFT tidak berisi soal." : "File GIFT memiliki " + preview.problems().size()
                    + " masalah; tidak ada soal yang diimpor.", null);
            this.preview = preview;
        }

        public ImportPreview preview() {
            return preview;
        }
    }

    private ImportPreview preview(Quiz quiz, String fileName, byte[] bytes) {
        String name = fileName == null || fileName.isBlank() ? "soal.gift" : fileName.replaceAll("[\\\\/]", "_");
        String text = new String(bytes, StandardCharsets.UTF_8);
        GiftImport parsed = new GiftParser().parse(text);
        List<GiftProblem> problems = new ArrayList<>(parsed.problems());
        if (text.indexOf('\uFFFD') >= 0) {
            problems.add(0, new GiftProblem(1, "File bukan teks UTF-8; simpan ulang sebagai UTF-8 (Moodle mengekspor GIFT dalam UTF-8).", false));
        }
        Map<String, QuizQuestion> imported = importedByKey(quiz.id);
        Map<String, QuizQuestion> fromContent = new HashMap<>();
        for (QuizQuestion q : QuizQuestion.listActive(quiz.id)) {
            if (QuizQuestion.CONTENT.equals(q.origin)) {
                fromContent.put(q.qkey, q);
            }
        }
        int created = 0;
        int replaced = 0;
        int unchanged = 0;
        List<Question> questions = new ArrayList<>();
        for (Question raw : parsed.questions()) {
            Question q = QuizContent.difficultyFromTags(raw);
            if (fromContent.containsKey(q.key())) {
                problems.add(new GiftProblem(lineOf(text, q.key()), "Kunci soal \"" + q.key()
                        + "\" sudah dipakai soal bawaan kursus; beri judul ::...:: yang lain.", false));
                continue;
            }
            questions.add(q);
            QuizQuestion old = imported.get(q.key());
            if (old == null) {
                created++;
            } else if (old.contentHash.equals(hash(q))) {
                unchanged++;
            } else {
                replaced++;
            }
        }
        if (parsed.questions().isEmpty() && problems.isEmpty()) {
            problems.add(new GiftProblem(1, "File tidak berisi soal GIFT.", false));
        }
        problems.sort(java.util.Comparator.comparingInt(GiftProblem::line));
        return new ImportPreview(name, Hashes.sha256Hex(bytes), created, replaced, unchanged, List.copyOf(questions), List.copyOf(problems));
    }

    private static Map<String, QuizQuestion> importedByKey(long quizId) {
        Map<String, QuizQuestion> map = new HashMap<>();
        for (QuizQuestion q : QuizQuestion.listActive(quizId)) {
            if (QuizQuestion.IMPORT.equals(q.origin)) {
                map.put(q.qkey, q);
            }
        }
        return map;
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("::" + key + "::")) {
                return i + 1;
            }
        }
        return 1;
    }

    private String hash(Question q) {
        try {
            return Hashes.sha256Hex(json.writeValueAsBytes(q));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
