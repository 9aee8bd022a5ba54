package id.gcio.academy.cohort;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Employment status of a participant: civil servant (PNS), contract civil servant (PPPK) or Non-ASN. */
public enum EmploymentType {
    PNS("PNS"),
    PPPK("PPPK"),
    NON_ASN("Non-ASN");

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> PNS_FORMS = Set.of("pns", "cpns", "pegawainegerisipil", "civilservant");
    private static final Set<String> PPPK_FORMS = Set.of("pppk", "p3k", "pegawaipemerintahdenganperjanjiankerja");
    private static final Set<String> NON_ASN_FORMS = Set.of("nonasn", "honorer", "tenagahonorer", "mitra", "thl",
            "tenagaharianlepas", "nonasnhonorer");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Reads the forms people write, ignoring case, spaces and punctuation: {@code PNS}/{@code CPNS},
     * {@code PPPK}/{@code P3K}, {@code Non-ASN}/{@code Honorer}/{@code Mitra}/{@code THL}.
     */
    public static Optional<EmploymentType> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String key = NOT_ALNUM.matcher(input.toLowerCase(Locale.ROOT)).replaceAll("");
        if (PNS_FORMS.contains(key)) {
            return Optional.of(PNS);
        }
        if (PPPK_FORMS.contains(key)) {
            return Optional.of(PPPK);
        }
        if (NON_ASN_FORMS.contains(key)) {
            return Optional.of(NON_ASN);
        }
        return Optional.empty();
    }
}
