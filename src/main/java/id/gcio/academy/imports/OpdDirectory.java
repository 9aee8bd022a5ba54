package id.gcio.academy.imports;

import id.gcio.academy.imports.OpdSuggester.Suggestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves the OPD a roster names (official name, code or alias) to its code; the caller supplies the list. */
@FunctionalInterface
public interface OpdDirectory {

    Optional<String> resolve(String nameOrCodeOrAlias);

    /** The OPDs an unresolved value probably meant, best first ({@link OpdSuggester}); none by default. */
    default List<Suggestion> suggest(String value) {
        return List.of();
    }

    /**
     * A directory over a map of names and aliases to codes, compared ignoring case, spaces and punctuation; every code
     * also resolves to itself.
     */
    static OpdDirectory of(Map<String, String> codeByNameOrAlias) {
        return new AliasOpdDirectory(codeByNameOrAlias);
    }

    /** A directory that resolves through {@code resolver} and suggests through {@code suggester}. */
    static OpdDirectory of(OpdDirectory resolver, OpdSuggester suggester) {
        return new OpdDirectory() {
            @Override
            public Optional<String> resolve(String value) {
                return resolver.resolve(value);
            }

            @Override
            public List<Suggestion> suggest(String value) {
                return suggester.suggest(value);
            }
        };
    }
}
