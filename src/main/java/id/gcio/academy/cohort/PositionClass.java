package id.gcio.academy.cohort;

/**
 * Position class of an ASN since UU 5/2014 (kept by UU 20/2023): managerial (JPT, administrator, pengawas), functional
 * (JF, expertise and skill levels) and pelaksana; plus Non-ASN for honorary staff and partners.
 */
public enum PositionClass {
    JPT_UTAMA("JPT Utama"),
    JPT_MADYA("JPT Madya"),
    JPT_PRATAMA("JPT Pratama"),
    ADMINISTRATOR("Administrator"),
    PENGAWAS("Pengawas"),
    JF_AHLI_UTAMA("JF Ahli Utama"),
    JF_AHLI_MADYA("JF Ahli Madya"),
    JF_AHLI_MUDA("JF Ahli Muda"),
    JF_AHLI_PERTAMA("JF Ahli Pertama"),
    JF_PENYELIA("JF Penyelia"),
    JF_MAHIR("JF Mahir"),
    JF_TERAMPIL("JF Terampil"),
    JF_PEMULA("JF Pemula"),
    PELAKSANA("Pelaksana"),
    NON_ASN("Non-ASN");

    private final String label;

    PositionClass(String label) {
        this.label = label;
    }

    /** The class as shown to users (Bahasa Indonesia). */
    public String label() {
        return label;
    }
}
