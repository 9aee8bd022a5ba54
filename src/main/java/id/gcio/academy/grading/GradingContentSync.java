package id.gcio.academy.grading;

import id.gcio.academy.catalog.ContentSynced;
import id.gcio.academy.cohort.MembershipService;
import id.gcio.academy.grading.GradingContent.AssignmentDef;
import id.gcio.academy.grading.GradingContent.Result;
import id.gcio.academy.grading.GradingContent.RubricDef;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Syncs assignments and rubrics with the content sync (same transaction), after programmes (whose codes assignments
 * name). Unchanged files change nothing; an assignment whose file is gone is archived; a broken file keeps the last
 * good version. A rubric is never removed, since grades refer to it.
 */
@ApplicationScoped
public class GradingContentSync {

    private final GradingContent content = new GradingContent();

    @Inject
    MembershipService memberships;

    void onContentSynced(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) ContentSynced event) {
        Result r = content.read(event.root(), event.courseIds().keySet(), memberships.programmeCodes());
        r.problems().forEach(p -> event.refuse(p.file(), p.line(), p.message()));
        for (RubricDef def : r.rubrics()) {
            Rubric rubric = Rubric.findByCode(def.code()).orElseGet(Rubric::new);
            if (rubric.id != null && def.hash().equals(rubric.contentHash)) {
                continue;
            }
            rubric.code = def.code();
            rubric.titleId = def.title().id().strip();
            rubric.titleEn = def.title().en() == null ? rubric.titleId : def.title().en().strip();
            rubric.criteria = new ArrayList<>(def.criteria());
            rubric.maxPoints = def.maxPoints();
            rubric.sourcePath = def.sourcePath();
            rubric.contentHash = def.hash();
            rubric.updatedAt = event.now();
            if (rubric.id == null) {
                rubric.persist();
            }
        }
        if (!Files.isDirectory(event.root().resolve("assignments"))) {
            return;
        }
        List<String> present = new ArrayList<>();
        for (AssignmentDef def : r.assignments()) {
            present.add(def.code());
            Assignment a = Assignment.findByCode(def.code()).orElseGet(Assignment::new);
            if (a.id != null && def.hash().equals(a.contentHash) && a.archivedAt == null) {
                continue;
            }
            a.code = def.code();
            a.programmeCode = def.programme();
            a.courseSlug = def.course();
            a.titleId = def.title().id().strip();
            a.titleEn = def.title().en() == null ? a.titleId : def.title().en().strip();
            a.briefId = def.brief().id();
            a.briefEn = def.brief().en();
            a.rubricCode = def.rubric();
            a.closesAt = def.closes() == null ? null : def.closes().toInstant();
            a.filesAllowed = def.filesAllowed();
            a.maxFiles = def.maxFiles();
            a.secondMarking = def.secondMarking();
            a.moderationThreshold = def.moderationThreshold();
            a.sourcePath = def.sourcePath();
            a.contentHash = def.hash();
            a.archivedAt = null;
            a.updatedAt = event.now();
            if (a.id == null) {
                a.persist();
            }
        }
        List<String> refused = r.problems().stream().map(GradingContent.Problem::file).toList();
        for (Assignment a : Assignment.listActive()) {
            if (!present.contains(a.code) && !refused.contains(a.sourcePath)) {
                a.archivedAt = event.now();
                a.updatedAt = event.now();
            }
        }
    }
}
