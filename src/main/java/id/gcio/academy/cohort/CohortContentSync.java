package id.gcio.academy.cohort;

import id.gcio.academy.catalog.ContentSynced;
import id.gcio.academy.cohort.ProgrammeContent.OpdFile;
import id.gcio.academy.cohort.ProgrammeContent.ProgrammeDef;
import id.gcio.academy.cohort.ProgrammeContent.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Syncs programmes and the OPD reference list with the content sync (same transaction and lock). Unchanged files
 * change nothing; a programme whose file is gone is archived; an OPD an admin edited is left as the admin left it.
 */
@ApplicationScoped
public class CohortContentSync {

    private final ProgrammeContent content = new ProgrammeContent();

    void onContentSynced(@Observes ContentSynced event) {
        Result r = content.read(event.root(), event.courseIds().keySet());
        r.problems().forEach(p -> event.refuse(p.file(), p.line(), p.message()));
        if (Files.isDirectory(event.root().resolve("programs"))) {
            List<String> present = new ArrayList<>();
            for (ProgrammeDef def : r.programmes()) {
                present.add(def.file().code());
                Programme p = Programme.findByCode(def.file().code()).orElseGet(Programme::new);
                if (p.id != null && def.hash().equals(p.contentHash) && p.archivedAt == null) {
                    continue;
                }
                p.code = def.file().code();
                p.nameId = def.file().name().id().trim();
                p.nameEn = def.file().name().en() == null ? p.nameId : def.file().name().en().trim();
                p.definition = def.file();
                p.sourcePath = def.sourcePath();
                p.contentHash = def.hash();
                p.archivedAt = null;
                p.updatedAt = event.now();
                if (p.id == null) {
                    p.persist();
                }
            }
            List<String> refused = r.problems().stream().map(ProgrammeContent.Problem::file).toList();
            for (Programme p : Programme.listActive()) {
                if (!present.contains(p.code) && !refused.contains(p.sourcePath)) {
                    p.archivedAt = event.now();
                    p.updatedAt = event.now();
                }
            }
        }
        if (r.opdListRead()) {
            Map<String, Opd> existing = new HashMap<>();
            Opd.<Opd>listAll().forEach(o -> existing.put(o.code, o));
            for (OpdFile f : r.opds()) {
                Opd o = existing.get(f.code());
                if (o == null) {
                    o = new Opd();
                    o.code = f.code();
                } else if (o.editedBy != null || (o.name.equals(f.name().trim()) && o.aliases.equals(f.aliases()))) {
                    continue;
                }
                o.name = f.name().trim();
                o.aliases = new ArrayList<>(f.aliases());
                o.updatedAt = event.now();
                if (o.id == null) {
                    o.persist();
                }
            }
        }
    }
}
