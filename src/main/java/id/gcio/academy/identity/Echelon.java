package id.gcio.academy.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Echelon or position class a learner states on their profile: the legacy echelons (Keppres 9/1985) and the
 * position classes since UU 5/2014 and UU 20/2023. The cohort feature will normalise imported spellings.
 */
public enum Echelon {
    I_A("I.a", "Eselon I.a"), I_B("I.b", "Eselon I.b"),
    II_A("II.a", "Eselon II.a"), II_B("II.b", "Eselon II.b"),
    III_A("III.a", "Eselon III.a"), III_B("III.b", "Eselon III.b"),
    IV_A("IV.a", "Eselon IV.a"), IV_B("IV.b", "Eselon IV.b"),
    V_A("V.a", "Eselon V.a"), V_B("V.b", "Eselon V.b"),
    JPT_UTAMA("JPT-UTAMA", "JPT Utama"), JPT_MADYA("JPT-MADYA", "JPT Madya"), JPT_PRATAMA("JPT-PRATAMA", "JPT Pratama"),
    ADMINISTRATOR("ADMINISTRATOR", "Administrator"), PENGAWAS("PENGAWAS", "Pengawas"),
    JF_AHLI("JF-AHLI", "Jabatan fungsional keahlian (ahli utama/madya/muda/pertama)"),
    JF_TERAMPIL("JF-TERAMPIL", "Jabatan fungsional keterampilan (penyelia/mahir/terampil/pemula)"),
    PELAKSANA("PELAKSANA", "Pelaksana"),
    NON_ASN("NON-ASN", "Non-ASN / mitra");

    public final String code;
    public final String label;

    Echelon(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static Optional<Echelon> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    public static List<Echelon> options() {
        return List.of(values());
    }
}
