package id.gcio.academy.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the echelon or position class people write in rosters into an {@link EchelonValue}.
 *
 * <p>Case, spaces, dots, dashes and slashes are ignored; Roman or Arabic numerals; the prefix "Eselon", "Esl." or
 * "Es." is optional. Legacy echelons I.a–V.b map to a class as DOMAIN.md relates them: I → JPT Madya, II → JPT
 * Pratama, III → Administrator, IV → Pengawas, V (abolished) → Pelaksana. A level without a sub-level ("Eselon III",
 * "III") is accepted for its class with no legacy echelon, but a bare Arabic digit ("3") is not: in a column named
 * "Eselon/Kelas Jabatan" it may be a grade (kelas jabatan 1–17).
 *
 * <p>The legacy echelon is stored only when the input states it: "JPT Madya" could be I.a or I.b, so class names give
 * a value without one. A combination such as "III.a / Administrator" or "Eselon II.a (JPT Pratama)" is accepted when
 * its parts agree. A position title is not a class ("Kepala Dinas", "Pranata Komputer Ahli Muda" are refused), nor is
 * "Non Eselon", which may mean pelaksana or a functional post.
 */
public final class EchelonNormalizer {

    /** Short list of accepted forms for error messages (Bahasa Indonesia). */
    public static final String ACCEPTED_FORMS = "eselon I.a–V.b (mis. \"II.a\", \"Eselon III b\", \"Es. IV/a\"), "
            + "JPT Utama/Madya/Pratama, Administrator, Pengawas, Pelaksana, "
            + "JF Ahli Utama/Madya/Muda/Pertama, JF Penyelia/Mahir/Terampil/Pemula, atau Non-ASN";

    private static final Pattern LEGACY = Pattern.compile("^(eselon|esl|es)?(iii|ii|iv|i|v|[1-5])([ab])?$");
    private static final Pattern LEGACY_NOISE = Pattern.compile("[\\s.\\-/_\u2013\u00a0]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPLIT = Pattern.compile("[/()\\[\\],;|]|\\s[-\u2013]\\s");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};
    private static final PositionClass[] CLASS_OF_LEVEL = {PositionClass.JPT_MADYA, PositionClass.JPT_PRATAMA,
            PositionClass.ADMINISTRATOR, PositionClass.PENGAWAS, PositionClass.PELAKSANA};
    private static final List<String> PREFIXES = List.of("jabatan fungsional", "jabatan", "fungsional", "jft", "jf");
    private static final Map<String, PositionClass> NAMES = Map.ofEntries(
            Map.entry("jpt utama", PositionClass.JPT_UTAMA),
            Map.entry("pimpinan tinggi utama", PositionClass.JPT_UTAMA),
            Map.entry("jpt madya", PositionClass.JPT_MADYA),
            Map.entry("pimpinan tinggi madya", PositionClass.JPT_MADYA),
            Map.entry("jpt pratama", PositionClass.JPT_PRATAMA),
            Map.entry("pimpinan tinggi pratama", PositionClass.JPT_PRATAMA),
            Map.entry("administrator", PositionClass.ADMINISTRATOR),
            Map.entry("pengawas", PositionClass.PENGAWAS),
            Map.entry("pelaksana", PositionClass.PELAKSANA),
            Map.entry("fungsional umum", PositionClass.PELAKSANA),
            Map.entry("jfu", PositionClass.PELAKSANA),
            Map.entry("ahli utama", PositionClass.JF_AHLI_UTAMA),
            Map.entry("ahli madya", PositionClass.JF_AHLI_MADYA),
            Map.entry("ahli muda", PositionClass.JF_AHLI_MUDA),
            Map.entry("ahli pertama", PositionClass.JF_AHLI_PERTAMA),
            Map.entry("penyelia", PositionClass.JF_PENYELIA),
            Map.entry("mahir", PositionClass.JF_MAHIR),
            Map.entry("terampil", PositionClass.JF_TERAMPIL),
            Map.entry("pemula", PositionClass.JF_PEMULA),
            Map.entry("non asn", PositionClass.NON_ASN),
            Map.entry("nonasn", PositionClass.NON_ASN),
            Map.entry("honorer", PositionClass.NON_ASN),
            Map.entry("tenaga honorer", PositionClass.NON_ASN),
            Map.entry("mitra", PositionClass.NON_ASN));

    private EchelonNormalizer() {
    }

    public static Optional<EchelonValue> normalise(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = input.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').strip();
        Optional<EchelonValue> whole = single(text);
        if (whole.isPresent()) {
            return whole;
        }
        return combined(text);
    }

    private static Optional<EchelonValue> single(String text) {
        Optional<EchelonValue> legacy = legacy(text);
        return legacy.isPresent() ? legacy : named(text);
    }

    private static Optional<EchelonValue> legacy(String text) {
        Matcher m = LEGACY.matcher(LEGACY_NOISE.matcher(text).replaceAll(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean prefixed = m.group(1) != null;
        String numeral = m.group(2);
        boolean arabic = Character.isDigit(numeral.charAt(0));
        int level = arabic ? numeral.charAt(0) - '0' : List.of(ROMAN).indexOf(numeral.toUpperCase(Locale.ROOT)) + 1;
        PositionClass positionClass = CLASS_OF_LEVEL[level - 1];
        if (m.group(3) == null) {
            return arabic && !prefixed ? Optional.empty() : Optional.of(new EchelonValue(null, positionClass));
        }
        return Optional.of(new EchelonValue(ROMAN[level - 1] + "." + m.group(3), positionClass));
    }

    private static Optional<EchelonValue> named(String text) {
        String phrase = NOT_ALNUM.matcher(text).replaceAll(" ").strip();
        PositionClass found = NAMES.get(phrase);
        boolean stripped = true;
        while (found == null && stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (phrase.startsWith(prefix + " ")) {
                    phrase = phrase.substring(prefix.length() + 1);
                    found = NAMES.get(phrase);
                    stripped = true;
                    break;
                }
            }
        }
        return Optional.ofNullable(found).map(c -> new EchelonValue(null, c));
    }

    /** "III.a / Administrator", "Eselon II.a (JPT Pratama)": every part must be read, all to the same class. */
    private static Optional<EchelonValue> combined(String text) {
        List<EchelonValue> parts = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<EchelonValue> value = single(part.strip());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            parts.add(value.get());
        }
        if (parts.size() < 2 || parts.stream().map(EchelonValue::positionClass).distinct().count() != 1) {
            return Optional.empty();
        }
        List<String> legacy = parts.stream().map(EchelonValue::legacyEchelon).filter(l -> l != null).distinct()
                .toList();
        return legacy.size() > 1 ? Optional.empty()
                : Optional.of(new EchelonValue(legacy.isEmpty() ? null : legacy.get(0), parts.get(0).positionClass()));
    }
}
