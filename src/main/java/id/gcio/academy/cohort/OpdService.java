package id.gcio.academy.cohort;

import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The OPD reference list as admins maintain it: add or correct an OPD, its aliases, or retire it. */
@ApplicationScoped
public class OpdService {

    /** An OPD as listed. */
    public record OpdView(String code, String name, List<String> aliases, boolean active, boolean editedByAdmin) {
    }

    @Inject
    Clock clock;

    @Transactional
    public List<OpdView> list() {
        return Opd.<Opd>list("order by active desc, name").stream()
                .map(o -> new OpdView(o.code, o.name, List.copyOf(o.aliases), o.active, o.editedBy != null)).toList();
    }

    /**
     * Adds or changes an OPD. The row is marked as edited by an admin, so later content syncs leave it alone.
     * Retiring ({@code active = false}) keeps the row: participants who belong to it keep their OPD.
     */
    @Transactional
    public OpdView save(String code, String name, String aliases, boolean active, long adminId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!ProgrammeContent.CODE.matcher(c).matches()) {
            errors.put("code", "Kode OPD: huruf besar, angka dan '-', 2–40 karakter.");
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            errors.put("name", "Nama OPD wajib diisi (maksimal 300 karakter).");
        }
        List<String> aliasList = aliases == null ? List.of() : Arrays.stream(aliases.split("[,;\\n]"))
                .map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
        if (aliasList.stream().anyMatch(a -> a.length() > 200)) {
            errors.put("aliases", "Setiap alias maksimal 200 karakter.");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Opd o = Opd.<Opd>find("code", c).firstResultOptional().orElseGet(Opd::new);
        o.code = c;
        o.name = name.trim();
        o.aliases = new ArrayList<>(aliasList);
        o.active = active;
        o.editedBy = adminId;
        o.updatedAt = clock.instant();
        if (o.id == null) {
            o.persist();
        }
        return new OpdView(o.code, o.name, List.copyOf(o.aliases), o.active, true);
    }
}
