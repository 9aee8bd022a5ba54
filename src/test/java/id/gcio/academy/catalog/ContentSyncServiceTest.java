package id.gcio.academy.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.catalog.ContentSyncService.SyncReport;
import id.gcio.academy.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content sync against the real database: idempotent, archives instead of deleting, keeps the last good version. */
@QuarkusTest
class ContentSyncServiceTest {

    @Inject
    ContentSyncService sync;

    @Inject
    EntityManager em;

    @Inject
    CatalogService catalog;

    Path root;

    @BeforeEach
    void newContentFolder() throws IOException {
        root = java.nio.file.Files.createTempDirectory("content-sync-test");
    }

    @AfterEach
    void restoreShippedContent() {
        sync.sync(Path.of("content"), "test", null);
    }

    private Lesson lesson(String course, String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Lesson.<Lesson>find("course.slug = ?1 and slug = ?2", course, slug)
                .firstResult());
    }

    private Course course(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Course.findBySlug(slug).orElse(null));
    }

    @Test
    void firstSyncCreatesAndASecondSyncOfUnchangedFilesChangesNothing() throws IOException {
        ContentFixture.course(root, "sinkron-a").lesson("01-a", "a", 1, "A").lesson("02-b", "b", 2, "B");
        SyncReport first = sync.sync(root, "test", null);
        assertEquals(1, first.coursesChanged());
        assertEquals(2, first.lessonsChanged());
        Instant courseUpdated = course("sinkron-a").updatedAt;
        Instant lessonUpdated = lesson("sinkron-a", "a").updatedAt;

        SyncReport second = sync.sync(root, "test", null);
        assertEquals(0, second.coursesChanged());
        assertEquals(0, second.lessonsChanged());
        assertEquals(0, second.lessonsArchived());
        assertEquals(courseUpdated, course("sinkron-a").updatedAt);
        assertEquals(lessonUpdated, lesson("sinkron-a", "a").updatedAt);
    }

    @Test
    void aChangedLessonIsUpdatedAndOnlyThatOne() throws IOException {
        ContentFixture f = ContentFixture.course(root, "sinkron-b").lesson("01-a", "a", 1, "A").lesson("02-b", "b", 2, "B");
        sync.sync(root, "test", null);
        f.lesson("02-b", "b", 2, "B", "Isi yang **diperbarui**.\n");
        SyncReport report = sync.sync(root, "test", null);
        assertEquals(1, report.lessonsChanged());
        assertEquals(0, report.coursesChanged());
        assertTrue(lesson("sinkron-b", "b").bodyHtmlId.contains("<strong>diperbarui</strong>"));
    }

    @Test
    void aRemovedLessonIsArchivedAndItsProgressKept() throws IOException {
        ContentFixture f = ContentFixture.course(root, "sinkron-c").lesson("01-a", "a", 1, "A").lesson("02-b", "b", 2, "B");
        sync.sync(root, "test", null);
        Lesson b = lesson("sinkron-c", "b");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into app_user (issuer, subject, display_name, roles, created_at, updated_at)
                    values ('test', 'sync-learner', 'Sync Learner', 'peserta', now(), now()) on conflict do nothing""").executeUpdate();
            em.createNativeQuery("""
                    insert into enrolment (user_id, course_id, source, enrolled_at)
                    select id, ?1, 'self', now() from app_user where subject = 'sync-learner'""")
                    .setParameter(1, b.course.id).executeUpdate();
            em.createNativeQuery("""
                    insert into lesson_progress (enrolment_id, lesson_id, completed_at)
                    select e.id, ?1, now() from enrolment e where e.course_id = ?2""")
                    .setParameter(1, b.id).setParameter(2, b.course.id).executeUpdate();
        });

        f.delete("02-b.md");
        SyncReport report = sync.sync(root, "test", null);
        assertEquals(1, report.lessonsArchived());
        assertNotNull(lesson("sinkron-c", "b").archivedAt);
        long progress = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from lesson_progress where lesson_id = ?1").setParameter(1, b.id).getSingleResult()).longValue());
        assertEquals(1, progress);
        given().get("/kursus/sinkron-c").then().statusCode(200).body(containsString("A")).body(org.hamcrest.Matchers.not(containsString("/b\"")));
    }

    @Test
    void brokenContentIsRefusedWithFileAndLineAndTheLastGoodVersionStaysServed() throws IOException {
        ContentFixture f = ContentFixture.course(root, "sinkron-d").lesson("01-a", "a", 1, "Judul Lama");
        sync.sync(root, "test", null);

        f.raw("01-a.md", "---\nslug: a\norder: 1\ntitle:\n  en: Only English\n---\nIsi baru yang rusak.\n");
        SyncReport report = sync.sync(root, "test", null);
        assertEquals("PARTIAL", report.status());
        assertEquals(1, report.errors().size());
        assertEquals("courses/sinkron-d/lessons/01-a.md", report.errors().get(0).file());
        assertEquals(4, report.errors().get(0).line());

        Lesson kept = lesson("sinkron-d", "a");
        assertEquals("Judul Lama", kept.titleId);
        assertNull(kept.archivedAt);
        assertNull(course("sinkron-d").archivedAt);
        given().get("/kursus/sinkron-d").then().statusCode(200).body(containsString("Judul Lama"));
    }

    @Test
    void aRemovedCourseIsArchivedNotDeleted() throws IOException {
        ContentFixture.course(root, "sinkron-e").lesson("01-a", "a", 1, "A");
        sync.sync(root, "test", null);
        Path other = root.resolveSibling(root.getFileName() + "-empty");
        java.nio.file.Files.createDirectories(other.resolve("courses"));
        sync.sync(other, "test", null);
        assertNotNull(course("sinkron-e").archivedAt);
        given().get("/kursus/sinkron-e").then().statusCode(404);
    }

    @Test
    void theAdminSyncRecordsARun() {
        SyncReport report = sync.syncConfigured("admin", null);
        assertEquals("OK", report.status());
        ContentSyncRun run = QuarkusTransaction.requiringNew().call(() -> ContentSyncRun.<ContentSyncRun>findById(report.runId()));
        assertEquals("admin", run.trigger);
    }

    @Test
    void aStartOnTheFilesTheLastRunReadSkipsTheSyncAndRecordsThat() throws IOException {
        ContentFixture.course(root, "sinkron-f").lesson("01-a", "a", 1, "A");
        sync.sync(root, "test", null);
        // a row a full sync would rewrite (its hash no longer matches the file): the skip must leave it alone
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update lesson set content_hash = 'diubah-langsung' where slug = 'a' and course_id = "
                        + "(select id from course where slug = 'sinkron-f')").executeUpdate());

        SyncReport report = sync.syncUnlessUnchanged(root, "startup");
        assertEquals("UNCHANGED", report.status());
        assertEquals(0, report.lessonsChanged());
        assertEquals("diubah-langsung", lesson("sinkron-f", "a").contentHash);
        ContentSyncRun run = QuarkusTransaction.requiringNew().call(() -> ContentSyncRun.<ContentSyncRun>findById(report.runId()));
        assertEquals("startup", run.trigger);
        assertEquals(ContentParser.treeHash(root), run.treeHash);

        WebSession.signIn("admin").get("/admin")
                .then().statusCode(200).body(containsString("Tidak ada berkas yang berubah"))
                .body(containsString("Aplikasi dimulai"));
    }

    @Test
    void aStartAfterAnyFileChangedSyncsInFull() throws IOException {
        ContentFixture f = ContentFixture.course(root, "sinkron-g").lesson("01-a", "a", 1, "A");
        sync.sync(root, "test", null);
        f.lesson("01-a", "a", 1, "A", "Isi yang **baru**.\n");

        SyncReport report = sync.syncUnlessUnchanged(root, "startup");
        assertEquals("OK", report.status());
        assertEquals(1, report.lessonsChanged());
        assertTrue(lesson("sinkron-g", "a").bodyHtmlId.contains("<strong>baru</strong>"));
    }

    @Test
    void aStartOnUnchangedFilesStillReportsTheFilesTheLastRunRefused() throws IOException {
        ContentFixture f = ContentFixture.course(root, "sinkron-h").lesson("01-a", "a", 1, "Judul");
        f.raw("02-b.md", "---\nslug: b\norder: 2\n---\nTanpa judul.\n");
        SyncReport full = sync.sync(root, "test", null);
        assertEquals("PARTIAL", full.status());

        SyncReport start = sync.syncUnlessUnchanged(root, "startup");
        assertEquals("UNCHANGED", start.status());
        assertEquals(full.errors(), start.errors());
    }

    @Test
    void theTreeHashSeesEveryFileItsPathAndItsBytes() throws IOException {
        ContentFixture f = ContentFixture.course(root, "sinkron-i").lesson("01-a", "a", 1, "A");
        String before = ContentParser.treeHash(root);
        assertEquals(before, ContentParser.treeHash(root));
        java.nio.file.Files.writeString(root.resolve("catatan.txt"), "x");
        String added = ContentParser.treeHash(root);
        assertNotEquals(before, added);
        java.nio.file.Files.move(root.resolve("catatan.txt"), root.resolve("catatan2.txt"));
        assertNotEquals(added, ContentParser.treeHash(root));
        java.nio.file.Files.delete(root.resolve("catatan2.txt"));
        assertEquals(before, ContentParser.treeHash(root));
        f.lesson("01-a", "a", 1, "A", "Satu huruf lain.\n");
        assertNotEquals(before, ContentParser.treeHash(root));
    }

    @Test
    void aMissingContentFolderArchivesNothingAndIsRecordedAsFailed() {
        sync.sync(Path.of("content"), "test", null);
        long activeBefore = QuarkusTransaction.requiringNew().call(() -> Course.count("archivedAt is null"));
        assertTrue(activeBefore >= 4);

        SyncReport report = sync.sync(root.resolve("tidak-ada"), "test", null);
        assertEquals("FAILED", report.status());
        assertEquals(0, report.coursesArchived());
        assertTrue(report.errors().get(0).message().contains("Folder kursus tidak ditemukan"), report.errors().toString());
        assertEquals(activeBefore, QuarkusTransaction.requiringNew().call(() -> Course.count("archivedAt is null")));
        assertNull(course("transformasi-digital").archivedAt);
        assertNull(QuarkusTransaction.requiringNew().call(() -> em.find(ContentSyncRun.class, report.runId()).treeHash),
                "a failed run must not let the next start skip its sync");
    }

    @Test
    void aPageReadWhileASyncRunsDoesNotKeepTheOldContentCached() throws Exception {
        ContentFixture f = ContentFixture.course(root, "sinkron-cache").lesson("01-a", "a", 1, "A");
        sync.sync(root, "test", null);
        assertEquals("Kursus sinkron-cache", cachedTitle("sinkron-cache"));

        f.courseYaml(ContentFixture.courseYaml("sinkron-cache", 1, "Judul baru"));
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                sync.sync(root, "test", null);
                // another request reads the catalogue before the sync commits: it sees (and caches) the old title
                try {
                    assertEquals("Kursus sinkron-cache", reader.submit(() -> cachedTitle("sinkron-cache")).get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            reader.shutdownNow();
        }
        assertEquals("Judul baru", cachedTitle("sinkron-cache"));
    }

    private String cachedTitle(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> catalog.findCourse(slug, "id").orElseThrow().course().title());
    }
}
