package id.gcio.academy.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The OPDs of the reference list an unknown OPD value probably meant, for a "did you mean" hint; never used to
 * correct a value. Both sides are compared without case, accents, punctuation and the words that only say "of the
 * province" (Provinsi, Prov., Pemprov, Kalimantan Timur, Kaltim), so "Dinas Pariwisata Kaltim" is the official name
 * "Dinas Pariwisata" and "Dispar Prov. Kaltim" its alias "Dispar". Otherwise an OPD is suggested when a word of the
 * value is its code or one-word alias, when the value's distinctive words (not Dinas, Badan, Daerah, …) are among its
 * name's or an alias's words (allowing a typo per word) or the other way round, or when the whole value is within a
 * few typing errors of its name or an alias (Levenshtein distance; Apache Commons Text is not on the classpath). An
 * exact match after normalising hides the weaker ones; otherwise at most {@value #MAX} OPDs are suggested, best first.
 */
public final class OpdSuggester {

    /** An OPD as listed: code, official name, aliases. */
    public record Entry(String code, String name, List<String> aliases) {
    }

    /** An OPD the value probably meant: the code to write in the cell and the official name. */
    public record Suggestion(String code, String name) {
    }

    static final int MAX = 3;
    /** Values longer than this (after normalising) are not compared: no OPD name is that long. */
    private static final int MAX_LENGTH = 120;
    /** Distinct values compared per suggester; a file with more distinct unknown OPDs gets no further hints. */
    private static final int MAX_CACHED = 2000;
    private static final double THRESHOLD = 0.8;

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern PROVINCE = Pattern.compile(
            "\\b(?:(?:pemerintah )?(?:provinsi|propinsi|prov|pemprov|pemprop) )?"
                    + "(?:kalimantan timur|kaltim|kaltimprov)\\b"
                    + "|\\b(?:pemerintah provinsi|pemprov|pemprop|provinsi|propinsi|prov)\\b");
    private static final Set<String> GENERIC = Set.of("dinas", "badan", "biro", "kantor", "dan", "daerah", "unit",
            "kerja", "upt", "bagian", "bidang", "sekretariat", "di", "of", "the", "and");

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, List<Suggestion>> cache = new HashMap<>();

    private record Candidate(Suggestion opd, List<String> keys, Set<String> words) {
    }

    public OpdSuggester(List<Entry> opds) {
        for (Entry e : opds) {
            List<String> keys = new ArrayList<>();
            Set<String> words = new java.util.HashSet<>();
            for (String text : concat(e.code(), e.name(), e.aliases())) {
                String k = key(text);
                if (!k.isEmpty() && !keys.contains(k)) {
                    keys.add(k);
                }
            }
            keys.forEach(k -> words.addAll(List.of(k.split(" "))));
            candidates.add(new Candidate(new Suggestion(e.code(), e.name()), keys, words));
        }
    }

    /** The OPDs {@code value} probably meant, best first; empty when none is close. */
    public List<Suggestion> suggest(String value) {
        String k = key(value);
        if (k.isEmpty() || k.length() > MAX_LENGTH) {
            return List.of();
        }
        List<Suggestion> cached = cache.get(k);
        if (cached != null) {
            return cached;
        }
        List<Suggestion> result = compute(k);
        if (cache.size() < MAX_CACHED) {
            cache.put(k, result);
        }
        return result;
    }

    private List<Suggestion> compute(String value) {
        record Scored(Suggestion opd, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            double score = score(value, c);
            if (score >= THRESHOLD) {
                scored.add(new Scored(c.opd(), score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (!scored.isEmpty() && scored.get(0).score() >= 1.0) {
            scored.removeIf(s -> s.score() < 1.0);
        }
        return scored.stream().limit(MAX).map(Scored::opd).toList();
    }

    private static double score(String value, Candidate c) {
        String compact = value.replace(" ", "");
        double best = 0;
        for (String k : c.keys()) {
            if (k.equals(value) || k.replace(" ", "").equals(compact)) {
                return 1.0;
            }
            best = Math.max(best, similarity(value, k));
        }
        List<String> words = List.of(value.split(" "));
        for (String w : words) {
            // a word that is the code or a one-word alias ("Dispar Samarinda", "kantor BKD")
            if (w.length() >= 3 && !GENERIC.contains(w) && c.keys().contains(w)) {
                best = Math.max(best, 0.95);
            }
        }
        List<String> distinctive = words.stream().filter(w -> !GENERIC.contains(w)).toList();
        if (!distinctive.isEmpty()) {
            double worst = 1.0;
            for (String w : distinctive) {
                double wordBest = 0;
                for (String o : c.words()) {
                    wordBest = Math.max(wordBest, similarity(w, o));
                }
                worst = Math.min(worst, wordBest);
            }
            if (worst >= 0.8) {
                best = Math.max(best, 0.9 * worst);
            }
        }
        // a name or alias whose distinctive words are all in the value ("Dinas Pariwisata dan Ekonomi Kreatif")
        for (String k : c.keys()) {
            List<String> needed = Stream.of(k.split(" ")).filter(w -> !GENERIC.contains(w)).toList();
            if (!needed.isEmpty() && words.containsAll(needed)) {
                best = Math.max(best, 0.85);
            }
        }
        return best;
    }

    /** 1 − Levenshtein distance / length of the longer text: 1 for equal texts, 0 for nothing in common. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / longer;
    }

    /** The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Lower case without accents and punctuation, and without the words naming the province. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return PROVINCE.matcher(s).replaceAll(" ").replaceAll(" +", " ").strip();
    }

    private static List<String> concat(String code, String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(code);
        all.add(name);
        if (aliases != null) {
            all.addAll(aliases);
        }
        return all;
    }
}
