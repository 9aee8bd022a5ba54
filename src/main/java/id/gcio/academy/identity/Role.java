package id.gcio.academy.identity;

/** The four roles of the academy, as they appear in the identity provider's tokens. */
public final class Role {
    /** Learner: heads of OPD, echelon III officials, IT staff. */
    public static final String PESERTA = "peserta";
    /** Trainer: grades submissions. */
    public static final String PELATIH = "pelatih";
    /** Kominfo partner: imports cohorts. */
    public static final String MITRA = "mitra";
    /** Academy administrator (Diskominfo). */
    public static final String ADMIN = "admin";

    public static final java.util.List<String> ALL = java.util.List.of(PESERTA, PELATIH, MITRA, ADMIN);

    private Role() {
    }
}
