package id.gcio.academy.catalog;

import id.gcio.academy.catalog.ContentParser.ContentTree;
import id.gcio.academy.catalog.ContentParser.CourseDef;
import id.gcio.academy.catalog.ContentParser.LessonDef;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Syncs {@code content/} into PostgreSQL, idempotently: unchanged files change nothing (content hash), a removed
 * lesson or course is archived (never deleted with its progress), a broken course is refused and its last good
 * version stays served. Several instances may start at once: a transaction-scoped advisory lock makes them take turns.
 * On start the sync is skipped when the folder is byte for byte what the newest run read (its tree hash): the
 * database then already holds what the folder yields, and a start spares the parse and the cold writes.
 */
@ApplicationScoped
public class ContentSyncService {

    private static final Logger LOG = Logger.getLogger(ContentSyncService.class);
    private static final long SYNC_LOCK_KEY = 0x6763696f_73796e63L;

    /** What a sync did. */
    public record SyncReport(long runId, String status, int coursesChanged, int coursesArchived, int lessonsChanged,
            int lessonsArchived, List<ContentError> errors) {
    }

    @Inject
    ContentConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ContentSynced> synced;

    /** Made on first use: a start on unchanged content never loads the YAML and Markdown libraries. */
    private static final class LazyParser {
        static final ContentParser INSTANCE = new ContentParser();
    }

    void onStart(@Observes StartupEvent event) {
        if (config.syncOnStart()) {
            SyncReport report = syncUnlessUnchanged(Path.of(config.dir()), "startup");
            LOG.infof("Content sync %s: %d course(s) changed, %d archived; %d lesson(s) changed, %d archived; %d error(s)",
                    report.status(), report.coursesChanged(), report.coursesArchived(), report.lessonsChanged(),
                    report.lessonsArchived(), report.errors().size());
            report.errors().forEach(e -> LOG.warnf("Content refused: %s", e));
        }
    }

    /** Syncs the configured content folder (the admin action). */
    public SyncReport syncConfigured(String trigger, Long userId) {
        return sync(Path.of(config.dir()), trigger, userId);
    }

    /**
     * The start-up sync: when {@code root} holds exactly the files the newest run read, nothing is parsed or written
     * but a run with status {@code UNCHANGED} that repeats the newest run's refusals (those files are still refused);
     * otherwise a full {@link #sync}. Only content syncs write the rows content yields (admins edit OPDs in place and
     * import extra quiz questions beside the content's, never over them), so the newest run describes the database.
     */
    @Transactional
    public SyncReport syncUnlessUnchanged(Path root, String trigger) {
        lock();
        String treeHash = ContentParser.treeHash(root);
        if (treeHash == null) {
            return sync(root, trigger, null);
        }
        // plain SQL on this path: a start that changes nothing should not pay for warming up the query parser
        List<?> last = em.createNativeQuery("""
                select id, jsonb_array_length(errors) from content_sync_run
                where id = (select max(id) from content_sync_run) and tree_hash = ?1""")
                .setParameter(1, treeHash).getResultList();
        if (last.isEmpty()) {
            return sync(root, trigger, null);
        }
        Object[] row = (Object[]) last.get(0);
        long runId = ((Number) em.createNativeQuery("""
                insert into content_sync_run (started_at, finished_at, trigger, status, errors, tree_hash)
                select ?1, ?1, ?2, 'UNCHANGED', errors, tree_hash from content_sync_run where id = ?3
                returning id""")
                .setParameter(1, clock.instant()).setParameter(2, trigger).setParameter(3, row[0])
                .getSingleResult()).longValue();
        List<ContentError> errors = ((Number) row[1]).intValue() == 0 ? List.of()
                : List.copyOf(em.find(ContentSyncRun.class, runId).errors);
        return new SyncReport(runId, "UNCHANGED", 0, 0, 0, 0, errors);
    }

    @Transactional
    public SyncReport sync(Path root, String trigger, Long userId) {
        lock();
        Instant now = clock.instant();
        // hashed before parsing: a file that changes during the parse makes the next start sync again
        String treeHash = ContentParser.treeHash(root);
        ContentTree tree = LazyParser.INSTANCE.parse(root);
        if (!tree.readable()) {
            // a missing or unreadable folder (a wrong ACADEMY_CONTENT_DIR, an empty volume) must not archive the
            // catalogue every instance serves: record the refusal, change nothing, and sync in full next time
            return record(now, trigger, userId, "FAILED", new SyncReport(0, "FAILED", 0, 0, 0, 0, tree.errors()), null);
        }

        int coursesChanged = 0;
        int coursesArchived = 0;
        int lessonsChanged = 0;
        int lessonsArchived = 0;
        List<String> present = new ArrayList<>();
        Map<String, Long> courseIds = new HashMap<>();
        for (CourseDef def : tree.courses()) {
            present.add(def.slug());
            Course course = Course.findBySlug(def.slug()).orElseGet(Course::new);
            boolean isNew = course.id == null;
            if (isNew || !def.hash().equals(course.contentHash) || course.archivedAt != null) {
                apply(course, def, now);
                if (isNew) {
                    course.persist();
                }
                coursesChanged++;
            }
            courseIds.put(course.slug, course.id);
            Map<String, Lesson> existing = new HashMap<>();
            for (Lesson l : Lesson.listAllByCourse(course)) {
                existing.put(l.slug, l);
            }
            for (LessonDef ld : def.lessons()) {
                Lesson lesson = existing.remove(ld.slug());
                if (lesson == null) {
                    lesson = new Lesson();
                    lesson.course = course;
                    apply(lesson, ld, now);
                    lesson.persist();
                    lessonsChanged++;
                } else if (!ld.hash().equals(lesson.contentHash) || lesson.archivedAt != null) {
                    apply(lesson, ld, now);
                    lessonsChanged++;
                }
            }
            for (Lesson gone : existing.values()) {
                if (gone.archivedAt == null) {
                    gone.archivedAt = now;
                    gone.updatedAt = now;
                    lessonsArchived++;
                }
            }
        }
        for (Course c : Course.<Course>list("archivedAt is null")) {
            if (!present.contains(c.slug) && !tree.refusedSlugs().contains(c.slug)) {
                c.archivedAt = now;
                c.updatedAt = now;
                coursesArchived++;
            }
        }

        List<ContentError> errors = new ArrayList<>(tree.errors());
        synced.fire(new ContentSynced(root, now, Map.copyOf(courseIds), errors));

        String status = errors.isEmpty() ? "OK" : "PARTIAL";
        return record(now, trigger, userId, status,
                new SyncReport(0, status, coursesChanged, coursesArchived, lessonsChanged, lessonsArchived, errors),
                treeHash);
    }

    /** Stores a run with the counts and errors of {@code result}; the returned report carries the run's id. */
    private SyncReport record(Instant started, String trigger, Long userId, String status, SyncReport result,
            String treeHash) {
        ContentSyncRun run = new ContentSyncRun();
        run.startedAt = started;
        run.finishedAt = clock.instant();
        run.trigger = trigger;
        run.triggeredBy = userId;
        run.status = status;
        run.coursesChanged = result.coursesChanged();
        run.coursesArchived = result.coursesArchived();
        run.lessonsChanged = result.lessonsChanged();
        run.lessonsArchived = result.lessonsArchived();
        run.errors = new ArrayList<>(result.errors());
        run.treeHash = treeHash;
        run.persist();
        return new SyncReport(run.id, status, result.coursesChanged(), result.coursesArchived(), result.lessonsChanged(),
                result.lessonsArchived(), List.copyOf(result.errors()));
    }

    /** Instances take turns; the lock is held until the transaction ends (and may be taken again inside it). */
    private void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SYNC_LOCK_KEY).getSingleResult();
    }

    /** The most recent runs, newest first. */
    @Transactional
    public List<ContentSyncRun> recentRuns(int max) {
        return ContentSyncRun.listRecent(max);
    }

    private static void apply(Course c, CourseDef def, Instant now) {
        var f = def.file();
        c.slug = f.slug();
        c.sortOrder = f.order();
        c.hours = f.hours() == null ? 0 : f.hours();
        c.titleId = f.title().id().trim();
        c.titleEn = f.title().en().trim();
        c.summaryId = f.summary().id().trim();
        c.summaryEn = f.summary().en().trim();
        c.objectivesId = new ArrayList<>(f.objectives().id());
        c.objectivesEn = f.objectives().en() == null ? new ArrayList<>() : new ArrayList<>(f.objectives().en());
        c.spbeDomains = f.spbeDomains() == null ? new ArrayList<>() : new ArrayList<>(f.spbeDomains());
        c.sources = f.sources() == null ? new ArrayList<>() : new ArrayList<>(f.sources());
        c.sourcePath = def.sourcePath();
        c.contentHash = def.hash();
        c.archivedAt = null;
        c.updatedAt = now;
    }

    private static void apply(Lesson l, LessonDef def, Instant now) {
        l.slug = def.slug();
        l.sortOrder = def.order();
        l.minutes = def.minutes();
        l.titleId = def.titleId();
        l.titleEn = def.titleEn();
        l.bodyHtmlId = def.bodyHtmlId();
        l.bodyHtmlEn = def.bodyHtmlEn();
        l.wordCount = MarkdownRenderer.wordCount(l.bodyHtmlId);
        l.sourcePath = def.sourcePath();
        l.contentHash = def.hash();
        l.archivedAt = null;
        l.updatedAt = now;
    }
}
