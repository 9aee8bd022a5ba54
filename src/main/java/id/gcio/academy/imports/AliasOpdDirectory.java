package id.gcio.academy.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link OpdDirectory#of}: names, aliases and codes compared ignoring case, spaces and punctuation. */
final class AliasOpdDirectory implements OpdDirectory {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, String> codeByKey = new HashMap<>();

    AliasOpdDirectory(Map<String, String> codeByNameOrAlias) {
        codeByNameOrAlias.forEach((name, code) -> {
            codeByKey.put(key(name), code);
            codeByKey.putIfAbsent(key(code), code);
        });
    }

    @Override
    public Optional<String> resolve(String nameOrCodeOrAlias) {
        return Optional.ofNullable(codeByKey.get(key(nameOrCodeOrAlias)));
    }

    private static String key(String text) {
        return text == null ? "" : NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
