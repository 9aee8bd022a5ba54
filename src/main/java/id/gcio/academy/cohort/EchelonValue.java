package id.gcio.academy.cohort;

import java.util.Objects;

/**
 * A participant's echelon as stored: the legacy echelon (Keppres 9/1985, {@code "I.a"} … {@code "V.b"}) when the
 * source stated one, and always the current position class, so reports can group by either.
 */
public record EchelonValue(String legacyEchelon, PositionClass positionClass) {

    public EchelonValue {
        Objects.requireNonNull(positionClass, "positionClass");
    }

    /** E.g. {@code "Eselon II.a (JPT Pratama)"} or {@code "JF Ahli Muda"}. */
    public String label() {
        return legacyEchelon == null ? positionClass.label()
                : "Eselon " + legacyEchelon + " (" + positionClass.label() + ")";
    }
}
