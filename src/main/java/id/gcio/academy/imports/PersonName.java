package id.gcio.academy.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two ways of writing a civil servant's name name the same person: academic and religious titles, case,
 * punctuation and accents aside ("Dr. Ir. Hj. Siti Rahmawati, M.T." and "SITI RAHMAWATI" do; "Siti Rahma" does not).
 * A roster row that adds someone a partner does not manage must know the name as well as the NIP (see
 * {@link RosterImportService#NAME_MISMATCH}).
 */
public final class PersonName {

    /** Titles written without their dots, before or after the name (the dotted ones are dropped as abbreviations). */
    private static final Set<String> TITLES = Set.of("h", "hj", "kh", "dr", "drs", "dra", "drg", "ir", "prof", "st", "se",
            "sh", "sp", "spd", "ssos", "skom", "ssi", "sip", "sag", "sap", "sk", "skm", "stp", "mt", "msi", "mm", "mh",
            "mpd", "mkom", "map", "mag", "ma", "mba", "mpa", "msc", "phd", "ak", "ca", "amd", "bsc");

    private PersonName() {
    }

    /** The name reduced to its words: no titles (before the first comma or after it), lower case, ASCII letters. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        int comma = plain.indexOf(',');
        if (comma >= 0) {
            plain = plain.substring(0, comma);
        }
        List<String> words = new ArrayList<>();
        for (String token : plain.split("\\s+")) {
            if (token.isEmpty() || token.contains(".")) {
                continue;
            }
            String word = token.replaceAll("[^a-z]", "");
            if (!word.isEmpty() && !TITLES.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** True when both names reduce to the same, non-empty words. */
    public static boolean samePerson(String a, String b) {
        String key = key(a);
        return !key.isEmpty() && key.equals(key(b));
    }
}
