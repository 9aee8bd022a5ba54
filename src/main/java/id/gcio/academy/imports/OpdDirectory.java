package id.gcio.academy.imports;

import java.util.Map;
import java.util.Optional;

/** Resolves the OPD a roster names (official name, code or alias) to its code; the caller supplies the list. */
@FunctionalInterface
public interface OpdDirectory {

    Optional<String> resolve(String nameOrCodeOrAlias);

    /**
     * A directory over a map of names and aliases to codes, compared ignoring case, spaces and punctuation; every code
     * also resolves to itself.
     */
    static OpdDirectory of(Map<String, String> codeByNameOrAlias) {
        return new AliasOpdDirectory(codeByNameOrAlias);
    }
}
