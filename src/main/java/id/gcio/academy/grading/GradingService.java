package id.gcio.academy.grading;

import id.gcio.academy.catalog.MarkdownRenderer;
import id.gcio.academy.cohort.MembershipService;
import id.gcio.academy.cohort.MembershipService.ProgrammeMembership;
import id.gcio.academy.grading.GradingContent.Criterion;
import id.gcio.academy.grading.GradingEvents.SubmissionDecided;
import id.gcio.academy.grading.GradingEvents.SubmissionGraded;
import id.gcio.academy.grading.SubmissionMark.CriterionMark;
import id.gcio.academy.grading.SubmissionMark.Decision;
import id.gcio.academy.identity.UserService;
import id.gcio.academy.identity.UserService.UserSummary;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assignments, submissions and their grading: learners submit (every version kept), trainers of the submission's
 * cohort claim, grade with the rubric or return for revision, optionally a second trainer marks independently and an
 * admin moderates a large difference. Every change of state or grade is audited. A learner only ever sees their own
 * submission (another's is 404); a trainer outside the submission's cohorts is refused with 403.
 */
@ApplicationScoped
public class GradingService {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** The shortest reason accepted for changing a final grade. */
    static final int MIN_REASON = 5;

    /** Who grades: admins everything, trainers the cohorts they are assigned to. */
    public record Grader(long userId, boolean admin, boolean trainer, Set<Long> cohortIds) {

        boolean mayGrade(Submission s) {
            return admin || (trainer && s.cohortId != null && cohortIds.contains(s.cohortId));
        }
    }

    /** A file the learner attached, as received: a temporary file (pages) or bytes (API). */
    public record UploadedFile(String fileName, Path path, byte[] bytes) {

        public UploadedFile(String fileName, Path path) {
            this(fileName, path, null);
        }

        InputStream open() throws IOException {
            return bytes != null ? new java.io.ByteArrayInputStream(bytes) : Files.newInputStream(path);
        }
    }

    /** A trainer's marking: points per criterion (must be one of its levels), feedback per criterion and overall. */
    public record MarkForm(Integer version, String decision, Map<String, Integer> points, Map<String, String> feedback,
            String overallFeedback, String reason) {
    }

    /** A rubric as shown to learners and trainers. */
    public record RubricView(String code, String title, int maxPoints, List<Criterion> criteria) {
    }

    /** One file of a version. */
    public record FileView(long id, String name, String mediaType, long sizeBytes) {
        public String sizeText() {
            return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                    : Math.max(1, sizeBytes / 1024) + " KB";
        }
    }

    /** One version as sent. */
    public record VersionView(int version, Instant submittedAt, String bodyHtml, String bodyMarkdown, List<FileView> files) {
    }

    /** A criterion's result. */
    public record CriterionResult(String code, String title, int points, int maxPoints, String levelTitle, String feedback) {
    }

    /** A mark as shown (to the learner only once final, or when returned). */
    public record MarkView(String role, String decision, String markerName, int version, BigDecimal points,
            BigDecimal percent, String feedback, List<CriterionResult> criteria, Instant at) {
    }

    /** A learner's own submission. */
    public record SubmissionView(long id, Submission.State state, int version, Instant submittedAt, BigDecimal percent,
            BigDecimal points, List<VersionView> versions, List<MarkView> marks) {

        public VersionView latest() {
            return versions.isEmpty() ? null : versions.get(0);
        }
    }

    /** An assignment with the caller's submission and whether they may (re)submit. */
    public record AssignmentView(String code, String title, String programmeCode, String courseSlug, String briefHtml,
            RubricView rubric, Instant deadline, boolean filesAllowed, int maxFiles, long maxFileBytes,
            SubmissionView submission, boolean canSubmit, String cannotSubmit) {

        public long maxFileMb() {
            return Math.max(1, maxFileBytes / (1024 * 1024));
        }
    }

    /** A row of the trainer's queue. */
    public record QueueRow(long id, String assignmentCode, String assignmentTitle, String learnerName, String nip,
            String opd, String cohortCode, Submission.State state, int version, Instant submittedAt, String claimedBy,
            Instant claimExpiresAt, boolean mine, String kind, String link) {
    }

    /** An essay answer as its grader sees it. */
    public record EssayView(long attemptId, long questionId, String courseSlug, String quizTitle, UserSummary learner,
            String questionHtml, String answerHtml, double maxPoints, Instant submittedAt, String status, Double points,
            boolean claimedByMe, String claimedByOther, Instant claimExpiresAt, List<AuditView> audit) {

        public boolean pending() {
            return "NEEDS_GRADING".equals(status);
        }
    }

    /** A cohort the queue can be filtered by. */
    public record CohortChoice(String code, String name) {
    }

    /** Which submissions the queue shows. */
    public record QueueFilter(String cohort, String assignment, String state, String course) {
    }

    /** An audit row as shown. */
    public record AuditView(String action, String actorName, Map<String, Object> before, Map<String, Object> after,
            String reason, Instant at) {
    }

    /** What a trainer sees while grading. */
    public record GradingView(long id, String assignmentCode, String assignmentTitle, UserSummary learner,
            String cohortCode, Submission.State state, int version, Instant submittedAt, List<VersionView> versions,
            RubricView rubric, List<MarkView> marks, boolean claimedByMe, String claimedByOther,
            Instant claimExpiresAt, String markRole, List<AuditView> audit, BigDecimal percent, boolean claimable) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MembershipService memberships;

    @Inject
    UserService users;

    @Inject
    GradingConfig config;

    @Inject
    Event<SubmissionGraded> graded;

    @Inject
    Event<SubmissionDecided> decided;

    @Inject
    id.gcio.academy.quiz.EssayService essays;

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** The caller as a grader: admin, or trainer with the cohorts assigned to them. */
    @Transactional
    public Grader grader(id.gcio.academy.identity.CurrentUser user) {
        long userId = user.id();
        boolean trainer = user.hasRole(id.gcio.academy.identity.Role.PELATIH);
        return new Grader(userId, user.hasRole(id.gcio.academy.identity.Role.ADMIN), trainer,
                trainer ? memberships.trainerCohortIds(userId) : Set.of());
    }

    /** What waits in a trainer's queue: submissions and essay answers, and since when the oldest waits. */
    public record Waiting(long trainerId, int count, Instant oldest) {
    }

    /**
     * For every trainer assigned to a cohort who still has the trainer role, what waits in their queue (as {@link #queue}
     * shows it to them, claims by others included), for the morning digest. Trainers with nothing waiting are left out.
     */
    @Transactional
    public List<Waiting> waitingPerTrainer() {
        List<Waiting> list = new ArrayList<>();
        Set<Long> trainers = memberships.allTrainerIds();
        Map<Long, UserSummary> people = users.summaries(trainers);
        for (long trainerId : trainers) {
            UserSummary u = people.get(trainerId);
            if (u == null || !u.hasRole(id.gcio.academy.identity.Role.PELATIH)) {
                continue;
            }
            List<QueueRow> rows = queue(new Grader(trainerId, false, true, memberships.trainerCohortIds(trainerId)),
                    new QueueFilter(null, null, null, null));
            if (!rows.isEmpty()) {
                Instant oldest = rows.stream().map(QueueRow::submittedAt).filter(java.util.Objects::nonNull)
                        .min(java.util.Comparator.naturalOrder()).orElse(null);
                list.add(new Waiting(trainerId, rows.size(), oldest));
            }
        }
        return list;
    }

    // ------------------------------------------------------------------------------------------------ learners

    /** The assignments a learner has to do: those of their programmes' paths and of their courses. */
    @Transactional
    public List<AssignmentView> forLearner(long userId) {
        return forLearner(userId, "id");
    }

    /** The learner's assignments with titles and briefs in a language ("en": English where the content has it). */
    @Transactional
    public List<AssignmentView> forLearner(long userId, String lang) {
        List<AssignmentView> list = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ProgrammeMembership m : memberships.ofUser(userId)) {
            for (Assignment a : Assignment.listByProgramme(m.programmeCode())) {
                if (seen.add(a.code)) {
                    list.add(view(a, userId, false, lang));
                }
            }
        }
        return list;
    }

    /** One assignment as the learner sees it. Unknown or archived → 404. */
    @Transactional
    public AssignmentView assignment(long userId, String code, String lang) {
        return view(requireAssignment(code), userId, true, lang);
    }

    /**
     * Submits a new version: text (Markdown) and files, checked by content. Allowed while the assignment is open and
     * not yet with a trainer's final decision, or when it was returned for revision. All or nothing.
     */
    @Transactional
    public SubmissionView submit(long userId, String code, String body, List<UploadedFile> files) {
        Assignment a = requireAssignment(code);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            errors.put("body", "Tuliskan isi tugas Anda.");
        } else if (text.length() > config.maxTextChars()) {
            errors.put("body", "Teks terlalu panjang: paling banyak " + config.maxTextChars() + " karakter.");
        }
        List<UploadedFile> present = files == null ? List.of() : files;
        if (present.stream().anyMatch(f -> f == null || (f.path() == null && f.bytes() == null)
                || f.fileName() == null || f.fileName().isBlank())) {
            errors.put("files", "Setiap berkas perlu nama dan isi; pilih ulang berkasnya.");
        } else if (!present.isEmpty() && !a.filesAllowed) {
            errors.put("files", "Tugas ini tidak menerima lampiran berkas.");
        } else if (present.size() > a.maxFiles) {
            errors.put("files", "Paling banyak " + a.maxFiles + " berkas.");
        }
        List<UploadInspector.Inspection> accepted = new ArrayList<>();
        if (!errors.containsKey("files")) {
            UploadInspector inspector = new UploadInspector(config.maxFileBytes());
            for (UploadedFile f : present) {
                try (InputStream in = f.open()) {
                    UploadInspector.Inspection i = inspector.inspect(f.fileName(), in);
                    if (!i.accepted()) {
                        errors.merge("files", i.refusalMessage(), (x, y) -> x + " " + y);
                    } else {
                        accepted.add(i);
                    }
                } catch (IOException e) {
                    errors.merge("files", "Berkas " + f.fileName() + " tidak terbaca; unggah ulang.", (x, y) -> x + " " + y);
                }
            }
        }
        Context ctx = context(a, userId);
        if (ctx.notMemberOf != null) {
            throw DomainException.conflict(notAMember(ctx.notMemberOf, false), notAMember(ctx.notMemberOf, true));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Instant now = clock.instant();
        Submission s = Submission.findByAssignmentAndUser(a.id, userId)
                .map(x -> em.find(Submission.class, x.id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        Map<String, Object> before = null;
        if (s == null) {
            if (pastDeadline(ctx.deadline, now)) {
                throw DomainException.conflict(deadlineRefusal(ctx.deadline, false),
                        deadlineRefusal(ctx.deadline, true));
            }
            s = new Submission();
            s.assignmentId = a.id;
            s.userId = userId;
            s.createdAt = now;
            s.version = 0;
        } else {
            String refusal = resubmitRefusal(s, a, ctx.deadline, now, false);
            if (refusal != null) {
                throw DomainException.conflict(refusal, resubmitRefusal(s, a, ctx.deadline, now, true));
            }
            before = snapshot(s);
        }
        s.cohortId = ctx.cohortId;
        s.version += 1;
        s.state = Submission.State.SUBMITTED;
        s.submittedAt = now;
        s.updatedAt = now;
        s.firstMarker = null;
        if (s.id == null) {
            try {
                s.persist();
                em.flush();
            } catch (jakarta.persistence.PersistenceException e) {
                throw DomainException.conflict("Tugas ini baru saja dikirim dari jendela lain; muat ulang halaman.",
                        "This assignment was just sent from another window; reload the page.");
            }
        }
        SubmissionVersion v = new SubmissionVersion();
        v.submissionId = s.id;
        v.version = s.version;
        v.bodyMd = text;
        v.submittedAt = now;
        v.persist();
        for (UploadInspector.Inspection i : accepted) {
            SubmissionFile f = new SubmissionFile();
            f.versionId = v.id;
            f.fileName = i.safeFileName();
            f.mediaType = i.kind().mediaType();
            f.sizeBytes = i.bytes().length;
            f.sha256 = i.sha256Hex();
            f.content = i.bytes();
            f.createdAt = now;
            f.persist();
        }
        audit(s, userId, s.version == 1 ? "SUBMITTED" : "RESUBMITTED", before, null);
        return submissionView(s, a, true, false);
    }

    /** A file of a submission, for its owner or a trainer of its cohort; anyone else gets 404 (learners) or 403. */
    @Transactional
    public FileContent file(long fileId, long userId, Optional<Grader> grader) {
        SubmissionFile f = SubmissionFile.findById(fileId);
        if (f == null) {
            throw DomainException.notFound("Berkas tidak ditemukan.", "File not found.");
        }
        SubmissionVersion v = SubmissionVersion.findById(f.versionId);
        Submission s = Submission.findById(v.submissionId);
        if (s.userId != userId) {
            if (grader.isEmpty() || !(grader.get().admin() || grader.get().trainer())) {
                throw DomainException.notFound("Berkas tidak ditemukan.", "File not found.");
            }
            requireScope(grader.get(), s);
        }
        return new FileContent(f.fileName, f.mediaType, f.content);
    }

    /** A file's name, type and bytes, for download. */
    public record FileContent(String fileName, String mediaType, byte[] content) {
    }

    // ------------------------------------------------------------------------------------------------ trainers

    /** The grading queue: submissions waiting for this grader (or, for admins, moderation), oldest first. */
    @Transactional
    public List<QueueRow> queue(Grader g, QueueFilter filter) {
        return queue(g, filter, "id");
    }

    /** The grading queue with assignment titles in a language ("en": English). */
    @Transactional
    public List<QueueRow> queue(Grader g, QueueFilter filter, String lang) {
        boolean en = "en".equals(lang);
        StringBuilder q = new StringBuilder("from Submission s where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.state() != null && !filter.state().isBlank()) {
            q.append(" and s.state = :state");
            params.put("state", parseState(filter.state()));
        } else {
            q.append(" and s.state in :states");
            params.put("states", g.admin()
                    ? List.of(Submission.State.SUBMITTED, Submission.State.SECOND_MARKING, Submission.State.MODERATION)
                    : List.of(Submission.State.SUBMITTED, Submission.State.SECOND_MARKING));
        }
        if (!g.admin()) {
            if (g.cohortIds().isEmpty()) {
                return List.of();
            }
            q.append(" and s.cohortId in :cohorts");
            params.put("cohorts", g.cohortIds());
        }
        if (filter.cohort() != null && !filter.cohort().isBlank()) {
            q.append(" and s.cohortId = :cohort");
            params.put("cohort", memberships.cohort(filter.cohort(), cohortActor(g)).id);
        }
        if (filter.assignment() != null && !filter.assignment().isBlank()) {
            q.append(" and s.assignmentId = :assignment");
            params.put("assignment", requireAssignment(filter.assignment()).id);
        }
        if (filter.course() != null && !filter.course().isBlank()) {
            q.append(" and s.assignmentId in (select a.id from Assignment a where a.courseSlug = :course)");
            params.put("course", filter.course().trim());
        }
        q.append(" order by s.submittedAt, s.id");
        var query = em.createQuery(q.toString(), Submission.class).setMaxResults(500);
        params.forEach(query::setParameter);
        List<Submission> rows = query.getResultList();
        Map<Long, UserSummary> people = users.summaries(rows.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.userId, s.claimedBy)).filter(java.util.Objects::nonNull).toList());
        Map<Long, String> roster = memberships.rosterNames(rows.stream().map(s -> s.userId).toList());
        Map<Long, Assignment> assignments = new HashMap<>();
        Map<Long, String> cohortCodes = new HashMap<>();
        Instant now = clock.instant();
        List<QueueRow> list = new ArrayList<>();
        for (Submission s : rows) {
            Assignment a = assignments.computeIfAbsent(s.assignmentId, id -> Assignment.<Assignment>findById(id));
            UserSummary learner = people.get(s.userId);
            boolean claimed = s.claimedBy != null && s.claimExpiresAt != null && s.claimExpiresAt.isAfter(now);
            list.add(new QueueRow(s.id, a.code, en ? a.titleEn : a.titleId, roster.getOrDefault(s.userId, learner == null ? "?" : learner.name()),
                    learner == null ? null : learner.nip(), learner == null ? null : learner.opd(),
                    s.cohortId == null ? null : cohortCodes.computeIfAbsent(s.cohortId,
                            id -> memberships.cohortById(id).map(c -> c.code).orElse(null)),
                    s.state, s.version, s.submittedAt,
                    claimed ? nameOf(people.get(s.claimedBy), s.claimedBy) : null, claimed ? s.claimExpiresAt : null,
                    claimed && s.claimedBy == g.userId(), "ASSIGNMENT", "/pelatih/penilaian/" + s.id));
        }
        boolean waiting = filter.state() == null || filter.state().isBlank() || "SUBMITTED".equalsIgnoreCase(filter.state().trim());
        if (waiting && (filter.assignment() == null || filter.assignment().isBlank())) {
            list.addAll(essayRows(g, filter, now));
            list.sort(java.util.Comparator.comparing(QueueRow::submittedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        }
        return list;
    }

    /** Essay answers from quizzes waiting in the grader's cohorts (a learner's cohort whose path has the quiz's course). */
    private List<QueueRow> essayRows(Grader g, QueueFilter filter, Instant now) {
        Map<Long, Map<String, String>> scope = g.admin() && (filter.cohort() == null || filter.cohort().isBlank())
                ? null : essayScope(g, filter.cohort());
        List<id.gcio.academy.quiz.EssayService.Essay> pending = essays.pending(scope == null ? null : scope.keySet(), 500)
                .stream().filter(e -> filter.course() == null || filter.course().isBlank() || e.courseSlug().equals(filter.course().trim()))
                .toList();
        Map<Long, UserSummary> people = users.summaries(pending.stream()
                .flatMap(e -> java.util.stream.Stream.of(e.userId(), e.claimedBy())).filter(java.util.Objects::nonNull).toList());
        Map<Long, String> roster = memberships.rosterNames(pending.stream().map(e -> e.userId()).toList());
        List<QueueRow> rows = new ArrayList<>();
        for (var e : pending) {
            String cohortCode = null;
            if (scope != null) {
                cohortCode = scope.getOrDefault(e.userId(), Map.of()).get(e.courseSlug());
                if (cohortCode == null) {
                    continue;
                }
            }
            UserSummary learner = people.get(e.userId());
            boolean claimed = e.claimedBy() != null && e.claimExpiresAt() != null && e.claimExpiresAt().isAfter(now);
            rows.add(new QueueRow(0, e.courseSlug(), e.quizTitle(), roster.getOrDefault(e.userId(), learner == null ? "?" : learner.name()),
                    learner == null ? null : learner.nip(), learner == null ? null : learner.opd(), cohortCode,
                    Submission.State.SUBMITTED, 1, e.submittedAt(),
                    claimed ? nameOf(people.get(e.claimedBy()), e.claimedBy()) : null, claimed ? e.claimExpiresAt() : null,
                    claimed && e.claimedBy() == g.userId(), "ESSAY",
                    "/pelatih/penilaian/esai/" + e.attemptId() + "/" + e.questionId()));
        }
        return rows;
    }

    /**
     * Which learners' essays a grader may grade: user → (course slug → cohort code), from the memberships of the
     * cohorts the grader is assigned to (admins: the filtered cohort), optionally only one cohort.
     */
    private Map<Long, Map<String, String>> essayScope(Grader g, String onlyCohort) {
        Map<Long, Map<String, String>> scope = new HashMap<>();
        java.util.Collection<Long> cohortIds = g.admin() ? List.of() : g.cohortIds();
        if (onlyCohort != null && !onlyCohort.isBlank()) {
            long id = memberships.cohort(onlyCohort, cohortActor(g)).id;
            if (!g.admin() && !g.cohortIds().contains(id)) {
                return scope;
            }
            cohortIds = List.of(id);
        }
        for (long cohortId : cohortIds) {
            for (ProgrammeMembership m : memberships.ofCohort(cohortId)) {
                if (m.userId() != null) {
                    Map<String, String> courses = scope.computeIfAbsent(m.userId(), k -> new HashMap<>());
                    m.courses().forEach(c -> courses.putIfAbsent(c, m.cohortCode()));
                }
            }
        }
        return scope;
    }

    /** The cohorts the grader may filter the queue by: a trainer's assigned cohorts, an admin's all, newest first. */
    @Transactional
    public List<CohortChoice> cohortChoices(Grader g) {
        return memberships.cohorts(g.admin() ? null : g.cohortIds()).stream()
                .map(c -> new CohortChoice(c.code, c.name)).toList();
    }

    /** An essay answer in the grader's scope (another cohort's → 403, unknown → 404). */
    @Transactional
    public EssayView essay(Grader g, long attemptId, long questionId) {
        return essayView(g, requireEssayScope(g, attemptId, questionId));
    }

    @Transactional
    public EssayView claimEssay(Grader g, long attemptId, long questionId) {
        requireEssayScope(g, attemptId, questionId);
        var e = essays.claim(attemptId, questionId, g.userId(), clock.instant().plus(Duration.ofMinutes(config.claimMinutes())));
        return essayView(g, e);
    }

    @Transactional
    public void releaseEssay(Grader g, long attemptId, long questionId) {
        requireEssayScope(g, attemptId, questionId);
        essays.release(attemptId, questionId, g.userId());
    }

    /** Scores an essay (0 to its points) with feedback; audited like assignment grades. */
    @Transactional
    public EssayView gradeEssay(Grader g, long attemptId, long questionId, Double points, String feedback) {
        var before = requireEssayScope(g, attemptId, questionId);
        var after = essays.grade(attemptId, questionId, points, feedback, g.userId());
        GradeAudit x = new GradeAudit();
        x.attemptId = attemptId;
        x.questionId = questionId;
        x.actorId = g.userId();
        x.action = "ESSAY_GRADED";
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status", before.status());
        b.put("points", before.points());
        x.before = b;
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("status", after.status());
        a.put("points", after.points());
        x.after = a;
        x.createdAt = clock.instant();
        x.persist();
        return essayView(g, after);
    }

    private id.gcio.academy.quiz.EssayService.Essay requireEssayScope(Grader g, long attemptId, long questionId) {
        var e = essays.find(attemptId, questionId);
        if (!g.admin()) {
            Map<Long, Map<String, String>> scope = g.trainer() ? essayScope(g, null) : Map.of();
            if (!scope.getOrDefault(e.userId(), Map.of()).containsKey(e.courseSlug())) {
                throw DomainException.forbidden("Esai ini bukan dari angkatan yang Anda nilai.",
                        "This essay is not from a cohort you grade.");
            }
        }
        return e;
    }

    private EssayView essayView(Grader g, id.gcio.academy.quiz.EssayService.Essay e) {
        List<GradeAudit> audits = GradeAudit.listByEssay(e.attemptId(), e.questionId());
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ids.add(e.userId());
        audits.forEach(x -> ids.add(x.actorId));
        if (e.claimedBy() != null) {
            ids.add(e.claimedBy());
        }
        Map<Long, UserSummary> people = users.summaries(ids);
        boolean active = e.claimedBy() != null && e.claimExpiresAt() != null && e.claimExpiresAt().isAfter(clock.instant());
        String answer = e.answer() == null ? "" : org.jsoup.nodes.Entities.escape(e.answer()).replace("\n", "<br>");
        return new EssayView(e.attemptId(), e.questionId(), e.courseSlug(), e.quizTitle(), asOnRoster(people.get(e.userId())),
                e.questionHtml(), answer, e.maxPoints(), e.submittedAt(), e.status(), e.points(),
                active && e.claimedBy() == g.userId(),
                active && e.claimedBy() != g.userId() ? nameOf(people.get(e.claimedBy()), e.claimedBy()) : null,
                active ? e.claimExpiresAt() : null,
                audits.stream().map(x -> new AuditView(x.action, nameOf(people.get(x.actorId), x.actorId), x.before,
                        x.after, x.reason, x.createdAt)).toList());
    }

    /** Claims a submission for grading; refused (409) while another trainer holds it. Claiming again extends it. */
    @Transactional
    public GradingView claim(Grader g, long submissionId) {
        Submission s = lockSubmission(submissionId);
        requireScope(g, s);
        Instant now = clock.instant();
        if (s.claimedByOther(g.userId(), now)) {
            UserSummary other = users.summaries(List.of(s.claimedBy)).get(s.claimedBy);
            String until = id.gcio.academy.web.Timestamps.wita(s.claimExpiresAt);
            throw DomainException.conflict("Tugas ini sedang dinilai oleh " + nameOf(other, s.claimedBy) + " sampai "
                    + until + ".", nameOf(other, s.claimedBy) + " is grading this submission until " + until + ".");
        }
        if (!claimable(g, s)) {
            throw stateRefusal(s);
        }
        if (s.state == Submission.State.GRADED) {
            requireRegradeAllowed(g, s, Assignment.findById(s.assignmentId));
        }
        s.claimedBy = g.userId();
        s.claimExpiresAt = now.plus(Duration.ofMinutes(config.claimMinutes()));
        s.updatedAt = now;
        return gradingView(g, s, false);
    }

    /** Gives a claimed submission back to the queue. */
    @Transactional
    public void release(Grader g, long submissionId) {
        Submission s = lockSubmission(submissionId);
        requireScope(g, s);
        if (s.claimedBy != null && s.claimedBy == g.userId()) {
            s.claimedBy = null;
            s.claimExpiresAt = null;
            s.updatedAt = clock.instant();
        }
    }

    /** What a trainer sees of a submission in their scope (without claiming it). */
    @Transactional
    public GradingView forGrader(Grader g, long submissionId) {
        return forGrader(g, submissionId, "id");
    }

    /** As {@link #forGrader(Grader, long)}, with the assignment's and the rubric's titles in a language ("en": English). */
    @Transactional
    public GradingView forGrader(Grader g, long submissionId, String lang) {
        Submission s = Submission.findById(submissionId);
        if (s == null) {
            throw DomainException.notFound("Kiriman tidak ditemukan.", "Submission not found.");
        }
        requireScope(g, s);
        return gradingView(g, s, "en".equals(lang));
    }

    /**
     * Records a marking. The first marker grades or returns for revision; with second marking, a second trainer
     * (not the first) marks independently and the grade is the mean of both when they differ by no more than the
     * assignment's threshold, else it goes to an admin for moderation. A graded submission may be re-graded with a
     * reason; one settled by second marking or moderation only by an admin. The decision is GRADED or RETURNED.
     * Points must be one of each criterion's levels; the marker must hold the claim (an unclaimed submission is
     * claimed on the spot).
     */
    @Transactional
    public GradingView mark(Grader g, long submissionId, MarkForm form) {
        Submission s = lockSubmission(submissionId);
        requireScope(g, s);
        Assignment a = Assignment.findById(s.assignmentId);
        Rubric rubric = requireRubric(a);
        Instant now = clock.instant();
        if (s.claimedByOther(g.userId(), now)) {
            throw DomainException.conflict("Tugas ini sedang dinilai oleh pelatih lain.",
                    "Another trainer is grading this submission.");
        }
        if (form.version() != null && form.version() != s.version) {
            throw DomainException.conflict("Peserta sudah mengirim versi " + s.version + "; nilai versi terbaru.",
                    "The participant has sent version " + s.version + "; grade the latest version.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Decision decision = parseDecision(form.decision());
        if (decision == null) {
            errors.put("decision", "Keputusan harus GRADED (beri nilai) atau RETURNED (kembalikan untuk revisi).");
        }
        List<CriterionMark> marks = readMarks(rubric, form, errors);
        String overall = trim(form.overallFeedback());
        String reason = trim(form.reason());
        if (decision == Decision.RETURNED && overall == null) {
            errors.put("overallFeedback", "Tuliskan apa yang perlu diperbaiki peserta.");
        }
        SubmissionMark.Role role;
        switch (s.state) {
            case SUBMITTED -> role = SubmissionMark.Role.FIRST;
            case SECOND_MARKING -> {
                if (s.firstMarker != null && s.firstMarker == g.userId()) {
                    throw DomainException.conflict("Penilaian kedua harus oleh pelatih lain, bukan penilai pertama.",
                            "A second marking must be by another trainer, not the first marker.");
                }
                if (decision == Decision.RETURNED) {
                    errors.put("decision", "Penilai kedua hanya memberi nilai; pengembalian untuk revisi oleh penilai pertama.");
                }
                role = SubmissionMark.Role.SECOND;
            }
            case MODERATION -> {
                if (!g.admin()) {
                    throw DomainException.forbidden("Moderasi nilai dilakukan oleh admin.",
                            "Grades are moderated by an admin.");
                }
                if (decision == Decision.RETURNED) {
                    errors.put("decision", "Moderasi menetapkan nilai akhir.");
                }
                role = SubmissionMark.Role.MODERATION;
            }
            case GRADED -> {
                requireRegradeAllowed(g, s, a);
                if (reason == null || reason.length() < MIN_REASON) {
                    errors.put("reason", "Tuliskan alasan perubahan nilai (paling sedikit " + MIN_REASON + " karakter).");
                }
                if (decision == Decision.RETURNED) {
                    errors.put("decision", "Kiriman yang sudah dinilai tidak dapat dikembalikan; ubah nilainya dengan alasan.");
                }
                role = g.admin() ? SubmissionMark.Role.MODERATION : SubmissionMark.Role.FIRST;
            }
            default -> throw stateRefusal(s);
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        BigDecimal points = BigDecimal.valueOf(marks.stream().mapToInt(CriterionMark::points).sum());
        BigDecimal percent = percentOf(points, rubric.maxPoints);
        SubmissionMark m = new SubmissionMark();
        m.submissionId = s.id;
        m.version = s.version;
        m.markerId = g.userId();
        m.role = role;
        m.decision = decision;
        m.criteria = marks;
        m.points = points;
        m.percent = percent;
        m.feedback = overall;
        m.createdAt = now;
        m.persist();
        Map<String, Object> before = snapshot(s);
        String action;
        if (decision == Decision.RETURNED) {
            s.state = Submission.State.RETURNED;
            action = "RETURNED";
        } else if (s.state == Submission.State.SUBMITTED && a.secondMarking) {
            s.state = Submission.State.SECOND_MARKING;
            s.firstMarker = g.userId();
            action = "FIRST_MARKED";
        } else if (s.state == Submission.State.SECOND_MARKING) {
            SubmissionMark first = SubmissionMark.<SubmissionMark>list(
                    "submissionId = ?1 and version = ?2 and role = ?3 order by createdAt desc", s.id, s.version,
                    SubmissionMark.Role.FIRST).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("second marking without a first mark"));
            double diff = Math.abs(first.percent.doubleValue() - percent.doubleValue());
            if (diff > a.moderationThreshold) {
                s.state = Submission.State.MODERATION;
                action = "SECOND_MARKED_NEEDS_MODERATION";
            } else {
                BigDecimal mean = first.points.add(points).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                finish(s, mean, percentOf(mean, rubric.maxPoints), now);
                action = "SECOND_MARKED";
            }
        } else {
            action = s.state == Submission.State.GRADED ? "REGRADED" : s.state == Submission.State.MODERATION ? "MODERATED" : "GRADED";
            finish(s, points, percent, now);
        }
        s.claimedBy = null;
        s.claimExpiresAt = null;
        s.updatedAt = now;
        audit(s, g.userId(), action, before, reason);
        if (s.state == Submission.State.GRADED) {
            graded.fire(new SubmissionGraded(s.userId, a.code, a.programmeCode, s.percent.doubleValue()));
            decided.fire(new SubmissionDecided(s.userId, a.code, a.titleId, a.titleEn,
                    "REGRADED".equals(action) ? GradingEvents.Decision.REGRADED : GradingEvents.Decision.GRADED,
                    s.percent.doubleValue()));
        } else if (s.state == Submission.State.RETURNED) {
            decided.fire(new SubmissionDecided(s.userId, a.code, a.titleId, a.titleEn, GradingEvents.Decision.RETURNED, null));
        }
        return gradingView(g, s, false);
    }

    /** Final grades (and when they were given) of these learners for an assignment, one query. */
    @Transactional
    public Map<Long, Submission> graded(String assignmentCode, java.util.Collection<Long> userIds) {
        Map<Long, Submission> map = new HashMap<>();
        Optional<Assignment> a = Assignment.findByCode(assignmentCode);
        if (a.isEmpty() || userIds.isEmpty()) {
            return map;
        }
        Submission.<Submission>list("assignmentId = ?1 and userId in ?2", a.get().id, userIds)
                .forEach(s -> map.put(s.userId, s));
        return map;
    }

    /** An assignment's title in Bahasa Indonesia and English, for other features' pages. */
    @Transactional
    public Optional<GradingContent.Text> titles(String code) {
        return Assignment.findByCode(code).map(a -> new GradingContent.Text(a.titleId, a.titleEn));
    }

    // ------------------------------------------------------------------------------------------------ internals

    private void finish(Submission s, BigDecimal points, BigDecimal percent, Instant now) {
        s.state = Submission.State.GRADED;
        s.points = points;
        s.percent = percent;
        s.gradedAt = now;
    }

    private List<CriterionMark> readMarks(Rubric rubric, MarkForm form, Map<String, String> errors) {
        Map<String, Integer> points = form.points() == null ? Map.of() : form.points();
        Map<String, String> feedback = form.feedback() == null ? Map.of() : form.feedback();
        for (String key : points.keySet()) {
            if (rubric.criterion(key).isEmpty()) {
                errors.put("points." + key, "Kriteria '" + key + "' tidak ada di rubrik.");
            }
        }
        List<CriterionMark> marks = new ArrayList<>();
        for (Criterion c : rubric.criteria) {
            Integer p = points.get(c.code());
            if (p == null) {
                errors.put("points." + c.code(), "Pilih tingkat untuk kriteria \"" + c.title().id() + "\".");
                continue;
            }
            if (c.levels().stream().noneMatch(l -> l.points() == p)) {
                errors.put("points." + c.code(), "Nilai " + p + " bukan salah satu tingkat kriteria \"" + c.title().id()
                        + "\" (" + c.levels().stream().map(l -> String.valueOf(l.points())).toList() + ").");
                continue;
            }
            marks.add(new CriterionMark(c.code(), p, trim(feedback.get(c.code()))));
        }
        return marks;
    }

    private static BigDecimal percentOf(BigDecimal points, int max) {
        return points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
    }

    private boolean claimable(Grader g, Submission s) {
        return switch (s.state) {
            case SUBMITTED, GRADED -> true;
            case SECOND_MARKING -> s.firstMarker == null || s.firstMarker != g.userId();
            case MODERATION -> g.admin();
            case RETURNED -> false;
        };
    }

    /**
     * A final grade that two markers (second marking) or an admin (moderation, or an admin's re-grade) settled is
     * changed only by an admin: a single trainer, the overruled first marker included, cannot override it.
     */
    private void requireRegradeAllowed(Grader g, Submission s, Assignment a) {
        if (!regradeAllowed(g, s, a)) {
            throw DomainException.forbidden(
                    "Nilai ini ditetapkan melalui penilaian kedua atau moderasi; hanya admin yang dapat mengubahnya.",
                    "This grade was set by second marking or moderation; only an admin can change it.");
        }
    }

    private static boolean regradeAllowed(Grader g, Submission s, Assignment a) {
        return g.admin() || !(a.secondMarking || SubmissionMark.count("submissionId = ?1 and version = ?2 and role in ?3",
                s.id, s.version, List.of(SubmissionMark.Role.SECOND, SubmissionMark.Role.MODERATION)) > 0);
    }

    private static DomainException stateRefusal(Submission s) {
        return switch (s.state) {
            case RETURNED -> DomainException.conflict(
                    "Kiriman ini dikembalikan untuk revisi; tunggu versi baru dari peserta.",
                    "This submission was returned for revision; wait for the participant's new version.");
            case MODERATION -> DomainException.conflict("Kiriman ini menunggu moderasi admin.",
                    "This submission is waiting for an admin's moderation.");
            case SECOND_MARKING -> DomainException.conflict(
                    "Penilaian kedua harus oleh pelatih lain, bukan penilai pertama.",
                    "A second marking must be by another trainer, not the first marker.");
            default -> DomainException.conflict("Kiriman ini tidak dapat dinilai sekarang.",
                    "This submission cannot be graded now.");
        };
    }

    /** Why the learner cannot send a new version now, or null; in English when {@code en} (pages), else Indonesian. */
    private String resubmitRefusal(Submission s, Assignment a, Instant deadline, Instant now, boolean en) {
        return switch (s.state) {
            case RETURNED -> null;
            case SUBMITTED -> {
                if (pastDeadline(deadline, now)) {
                    yield deadlineRefusal(deadline, en);
                }
                if (s.claimedByOther(s.userId, now)) {
                    yield en ? "A trainer is grading your submission; send again once it is graded or returned."
                            : "Pelatih sedang menilai kiriman Anda; kirim ulang setelah penilaian selesai atau dikembalikan.";
                }
                yield null;
            }
            case GRADED -> en ? "This assignment has been graded." : "Tugas ini sudah dinilai.";
            case SECOND_MARKING, MODERATION -> en ? "This assignment is being graded." : "Tugas ini sedang dinilai.";
        };
    }

    private static boolean pastDeadline(Instant deadline, Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    private static String deadlineRefusal(Instant deadline, boolean en) {
        return (en ? "The deadline has passed (" : "Batas waktu pengumpulan sudah lewat (")
                + id.gcio.academy.web.Timestamps.wita(deadline) + ").";
    }

    /**
     * Where the learner stands with an assignment: their cohort, the deadline, and the programme whose cohorts it is
     * for when they are in none of them (else null).
     */
    private record Context(Long cohortId, Instant deadline, String notMemberOf) {
    }

    private static String notAMember(String programme, boolean en) {
        return en ? "This assignment is for members of a " + programme + " cohort. Enter your NIP on your profile if you are on its roster."
                : "Tugas ini untuk peserta angkatan program " + programme + ". Lengkapi NIP di profil Anda bila Anda terdaftar.";
    }

    private Context context(Assignment a, long userId) {
        Optional<ProgrammeMembership> m = memberships.ofUser(userId).stream()
                .filter(x -> a.programmeCode != null ? a.programmeCode.equals(x.programmeCode())
                        : x.courses().contains(a.courseSlug))
                .filter(x -> x.status() == id.gcio.academy.cohort.Membership.Status.ACTIVE
                        || x.status() == id.gcio.academy.cohort.Membership.Status.COMPLETED)
                .findFirst();
        Instant deadline = a.closesAt;
        if (deadline == null && m.isPresent() && m.get().cohortEndsOn() != null) {
            deadline = m.get().cohortEndsOn().atTime(LocalTime.of(23, 59, 59)).atZone(WITA).toInstant();
        }
        return new Context(m.map(ProgrammeMembership::cohortId).orElse(null), deadline,
                a.programmeCode != null && m.isEmpty() ? a.programmeCode : null);
    }

    private AssignmentView view(Assignment a, long userId, boolean withVersions, String lang) {
        boolean en = "en".equals(lang);
        Context ctx = context(a, userId);
        Submission s = Submission.findByAssignmentAndUser(a.id, userId).orElse(null);
        Instant now = clock.instant();
        String cannot = ctx.notMemberOf == null ? null : notAMember(ctx.notMemberOf, en);
        if (cannot == null && s != null) {
            cannot = resubmitRefusal(s, a, ctx.deadline, now, en);
        } else if (cannot == null && pastDeadline(ctx.deadline, now)) {
            cannot = deadlineRefusal(ctx.deadline, en);
        }
        Rubric rubric = requireRubric(a);
        return new AssignmentView(a.code, en ? a.titleEn : a.titleId, a.programmeCode, a.courseSlug,
                markdown.toSafeHtml(en && a.briefEn != null ? a.briefEn : a.briefId),
                new RubricView(rubric.code, en ? rubric.titleEn : rubric.titleId, rubric.maxPoints, rubric.criteria), ctx.deadline,
                a.filesAllowed, a.maxFiles, config.maxFileBytes(),
                s == null ? null : submissionView(s, a, withVersions, en), cannot == null, cannot);
    }

    private SubmissionView submissionView(Submission s, Assignment a, boolean withVersions, boolean en) {
        List<VersionView> versions = withVersions ? versions(s) : List.of();
        List<MarkView> marks = new ArrayList<>();
        if (s.state == Submission.State.GRADED || s.state == Submission.State.RETURNED) {
            Rubric rubric = requireRubric(a);
            List<SubmissionMark> all = SubmissionMark.listBySubmission(s.id);
            Map<Long, UserSummary> markers = users.summaries(all.stream().map(m -> m.markerId).toList());
            // The learner sees the marks that led to the current outcome: the last decision on the current version.
            List<SubmissionMark> relevant = all.stream().filter(m -> m.version == s.version || s.state == Submission.State.RETURNED).toList();
            if (s.state == Submission.State.RETURNED && !relevant.isEmpty()) {
                relevant = List.of(relevant.get(relevant.size() - 1));
            }
            for (SubmissionMark m : relevant) {
                marks.add(markView(m, rubric, markers, en));
            }
        }
        return new SubmissionView(s.id, s.state, s.version, s.submittedAt, s.percent, s.points, versions, marks);
    }

    private List<VersionView> versions(Submission s) {
        List<VersionView> list = new ArrayList<>();
        for (SubmissionVersion v : SubmissionVersion.listBySubmission(s.id)) {
            List<FileView> files = em.createQuery("select new id.gcio.academy.grading.GradingService$FileView(f.id, f.fileName, "
                    + "f.mediaType, f.sizeBytes) from SubmissionFile f where f.versionId = ?1 order by f.id", FileView.class)
                    .setParameter(1, v.id).getResultList();
            list.add(new VersionView(v.version, v.submittedAt, markdown.toSafeHtml(v.bodyMd), v.bodyMd, files));
        }
        return list;
    }

    private MarkView markView(SubmissionMark m, Rubric rubric, Map<Long, UserSummary> markers, boolean en) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (CriterionMark cm : m.criteria) {
            Optional<Criterion> c = rubric.criterion(cm.criterion());
            String levelTitle = c.flatMap(x -> x.levels().stream().filter(l -> l.points() == cm.points()).findFirst())
                    .map(l -> l.titleIn(en ? "en" : "id")).orElse("");
            criteria.add(new CriterionResult(cm.criterion(), c.map(x -> en ? x.title().en() : x.title().id()).orElse(cm.criterion()), cm.points(),
                    c.map(Criterion::maxPoints).orElse(cm.points()), levelTitle, cm.feedback()));
        }
        return new MarkView(m.role.name(), m.decision.name(), nameOf(markers.get(m.markerId), m.markerId), m.version,
                m.points, m.percent, m.feedback, criteria, m.createdAt);
    }

    private GradingView gradingView(Grader g, Submission s, boolean en) {
        Assignment a = Assignment.findById(s.assignmentId);
        Rubric rubric = requireRubric(a);
        List<SubmissionMark> all = SubmissionMark.listBySubmission(s.id);
        List<GradeAudit> audits = GradeAudit.listBySubmission(s.id);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ids.add(s.userId);
        all.forEach(m -> ids.add(m.markerId));
        audits.forEach(x -> ids.add(x.actorId));
        if (s.claimedBy != null) {
            ids.add(s.claimedBy);
        }
        Map<Long, UserSummary> people = users.summaries(ids);
        // Second marking is independent: the second marker does not see the first marks before giving theirs.
        boolean hideMarks = s.state == Submission.State.SECOND_MARKING && !g.admin()
                && (s.firstMarker == null || s.firstMarker != g.userId());
        List<MarkView> marks = hideMarks ? List.of() : all.stream().map(m -> markView(m, rubric, people, en)).toList();
        Instant now = clock.instant();
        boolean active = s.claimedBy != null && s.claimExpiresAt != null && s.claimExpiresAt.isAfter(now);
        String role = switch (s.state) {
            case SECOND_MARKING -> "SECOND";
            case MODERATION -> "MODERATION";
            case GRADED -> "REGRADE";
            default -> "FIRST";
        };
        List<AuditView> auditViews = audits.stream().map(x -> new AuditView(x.action, nameOf(people.get(x.actorId), x.actorId),
                hideMarks ? Map.of() : x.before, hideMarks ? Map.of() : x.after, x.reason, x.createdAt)).toList();
        String cohortCode = s.cohortId == null ? null : memberships.cohortById(s.cohortId).map(c -> c.code).orElse(null);
        return new GradingView(s.id, a.code, en ? a.titleEn : a.titleId, asOnRoster(people.get(s.userId)), cohortCode, s.state,
                s.version, s.submittedAt, versions(s),
                new RubricView(rubric.code, en ? rubric.titleEn : rubric.titleId, rubric.maxPoints, rubric.criteria),
                marks, active && s.claimedBy == g.userId(),
                active && s.claimedBy != g.userId() ? nameOf(people.get(s.claimedBy), s.claimedBy) : null,
                active ? s.claimExpiresAt : null, role, auditViews, hideMarks ? null : s.percent,
                claimable(g, s) && (s.state != Submission.State.GRADED || regradeAllowed(g, s, a)));
    }

    private void requireScope(Grader g, Submission s) {
        if (!g.mayGrade(s)) {
            throw DomainException.forbidden("Kiriman ini bukan dari angkatan yang Anda nilai.",
                    "This submission is not from a cohort you grade.");
        }
    }

    private Submission lockSubmission(long id) {
        Submission s = em.find(Submission.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw DomainException.notFound("Kiriman tidak ditemukan.", "Submission not found.");
        }
        return s;
    }

    private Assignment requireAssignment(String code) {
        return Assignment.findByCode(code == null ? "" : code.toUpperCase(java.util.Locale.ROOT))
                .filter(a -> a.archivedAt == null)
                .orElseThrow(() -> DomainException.notFound("Tugas " + code + " tidak ditemukan.",
                        "Assignment " + code + " not found."));
    }

    private Rubric requireRubric(Assignment a) {
        return Rubric.findByCode(a.rubricCode).orElseThrow(() -> new IllegalStateException("rubric " + a.rubricCode + " missing"));
    }

    private void audit(Submission s, long actor, String action, Map<String, Object> before, String reason) {
        GradeAudit x = new GradeAudit();
        x.submissionId = s.id;
        x.actorId = actor;
        x.action = action;
        x.before = before;
        x.after = snapshot(s);
        x.reason = reason;
        x.createdAt = clock.instant();
        x.persist();
    }

    private static Map<String, Object> snapshot(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state == null ? null : s.state.name());
        m.put("version", s.version);
        m.put("points", s.points);
        m.put("percent", s.percent);
        return m;
    }

    private static id.gcio.academy.cohort.CohortService.Actor cohortActor(Grader g) {
        return new id.gcio.academy.cohort.CohortService.Actor(g.userId(), g.admin(), g.trainer(), false, Set.of(),
                g.cohortIds());
    }

    /** A marking's decision: GRADED or RETURNED, else {@code null} (an unknown value must never finalise a grade). */
    private static Decision parseDecision(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (v) {
            case "GRADED" -> Decision.GRADED;
            case "RETURNED" -> Decision.RETURNED;
            default -> null;
        };
    }

    private static Submission.State parseState(String value) {
        try {
            return Submission.State.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(Map.of("state", "Status '" + value + "' tidak dikenal."));
        }
    }

    private static String nameOf(UserSummary u, Long id) {
        return u == null ? "#" + id : u.name();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The learner with the name their roster gives (with academic titles), when they are on one. */
    private UserSummary asOnRoster(UserSummary u) {
        String name = u == null ? null : memberships.rosterNames(List.of(u.id())).get(u.id());
        return name == null ? u : new UserSummary(u.id(), name, u.nip(), u.opd(), u.echelon(), u.email(), u.roles());
    }
}
