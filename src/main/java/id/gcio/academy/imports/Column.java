package id.gcio.academy.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column of a participant roster, recognised from its header in Bahasa Indonesia or English. Headers are compared
 * after dropping text in brackets, accents, case, spaces and punctuation, so "No. HP (WA)" matches as {@code nohp}.
 */
public enum Column {
    NIP("NIP", true, "nip", "nipbaru", "nomorindukpegawai", "nipnik"),
    NAME("Nama", true, "nama", "namalengkap", "namalengkapdangelar", "namalengkapbesertagelar", "namadangelar",
            "namagelar", "namalengkapgelar", "namapeserta", "namapegawai", "name", "fullname"),
    EMAIL("Email", false, "email", "surel", "emailsurel", "surelemail", "alamatemail", "alamatsurel", "emailaddress",
            "emailaktif"),
    PHONE("No. HP", false, "nohp", "nomorhp", "nohandphone", "nomorhandphone", "hp", "hpwa", "nohpwa", "nomorhpwa",
            "wa", "nowa", "nomorwa", "whatsapp", "telepon", "telp", "notelp", "notelepon", "nomortelepon", "ponsel",
            "nomorponsel", "phone", "phonenumber", "mobile", "mobilephone"),
    POSITION("Jabatan", false, "jabatan", "namajabatan", "position", "positiontitle", "jobtitle"),
    ECHELON("Eselon", true, "eselon", "eselonkelasjabatan", "eselonjabatan", "jenjangjabatan", "echelon",
            "positionclass"),
    OPD("OPD", true, "opd", "namaopd", "asalopd", "unitkerja", "namaunitkerja", "perangkatdaerah",
            "organisasiperangkatdaerah", "skpd", "instansi", "namainstansi", "asalinstansi", "satuankerja", "satker",
            "department"),
    EMPLOYMENT_TYPE("Status Kepegawaian", false, "statuskepegawaian", "statuspegawai", "jenispegawai",
            "jeniskepegawaian", "employmenttype", "employmentstatus");

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final String label;
    private final boolean required;
    private final Set<String> keys;

    Column(String label, boolean required, String... keys) {
        this.label = label;
        this.required = required;
        this.keys = Set.of(keys);
    }

    /** The usual Indonesian header, used in messages when the file's own header is unknown. */
    public String label() {
        return label;
    }

    /** Whether a roster without this column is refused. */
    public boolean required() {
        return required;
    }

    /** The column a header names, if any. */
    public static Optional<Column> fromHeader(String header) {
        String key = key(header);
        return key.isEmpty() ? Optional.empty() : Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }

    static String key(String header) {
        if (header == null) {
            return "";
        }
        String s = BRACKETED.matcher(header).replaceAll(" ");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
