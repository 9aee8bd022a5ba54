package id.gcio.academy.imports;

import java.util.Map;

/** A small OPD list for tests, with official names and aliases. */
final class Opds {

    static final OpdDirectory KALTIM = OpdDirectory.of(Map.of(
            "Dinas Komunikasi dan Informatika", "DISKOMINFO",
            "Diskominfo", "DISKOMINFO",
            "Badan Kepegawaian Daerah", "BKD",
            "Badan Perencanaan Pembangunan Daerah", "BAPPEDA",
            "Bappeda", "BAPPEDA",
            "Inspektorat", "INSPEKTORAT"));

    private Opds() {
    }
}
