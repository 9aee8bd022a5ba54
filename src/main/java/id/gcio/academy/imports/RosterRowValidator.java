package id.gcio.academy.imports;

import id.gcio.academy.cohort.EchelonNormalizer;
import id.gcio.academy.cohort.EchelonValue;
import id.gcio.academy.cohort.EmploymentType;
import id.gcio.academy.cohort.PositionClass;
import id.gcio.academy.identity.Nip;
import id.gcio.academy.identity.Nip.InvalidNipException;
import id.gcio.academy.imports.OpdSuggester.Suggestion;
import id.gcio.academy.web.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one roster row and turns it into a {@link ParticipantDraft}, or into errors that name the column as the
 * file wrote it and say how to fix the cell (Bahasa Indonesia).
 *
 * <p><b>NIP</b>: spaces, dots, dashes, a leading apostrophe, surrounding quotes and a leading "NIP." are dropped, then
 * the structure is checked with {@link Nip#parse}. PPPK and Non-ASN rows need only 18 digits, since their numbers do
 * not follow the PNS rules; a Non-ASN row may leave the NIP empty. Excel keeps 15 significant digits, so a NIP typed
 * into a number cell is damaged; that case gets its own explanation: {@code NIP_AS_NUMBER} when the value is in
 * scientific notation ({@code 1.97805E+17}, {@code 1,97805E+17}) or is an XLSX number cell of at least 10^15,
 * {@code NIP_DIGITS_LOST} when 15–17 digits are left or 18 digits end in {@code 000} (a sequence number is never 000,
 * so such a NIP is always damaged, whatever the file type). Seventeen digits typed as text and not ending in
 * {@code 00} carry no sign of Excel (which zeroes the last digits) and are a digit short: {@code NIP_LENGTH}.
 * <p><b>Other cells</b>: name required, spaces collapsed, titles kept as written, at most {@value #MAX_NAME}
 * characters; email optional, lower-cased; phone optional, Indonesian numbers to {@code +62…} (a mobile number whose
 * leading 0 Excel dropped, {@code 812…}, is accepted); OPD required and resolved through the {@link OpdDirectory},
 * an unknown one naming the OPDs it probably meant ("Maksud Anda: …?", never applied);
 * echelon required, read by {@link EchelonNormalizer}; employment type optional (PNS, PPPK, Non-ASN), taken as
 * Non-ASN when the echelon column says Non-ASN.
 */
public final class RosterRowValidator {

    public static final int MAX_NAME = 200;
    public static final int MAX_POSITION = 200;
    public static final int MAX_EMAIL = 254;
    public static final String NIP_DUPLICATE_IN_FILE = "NIP_DUPLICATE_IN_FILE";

    private static final Pattern SCIENTIFIC = Pattern.compile("^[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+$");
    private static final Pattern NIP_PREFIX = Pattern.compile("^(?i)nip\\b[.:]?");
    private static final Pattern NIP_SEPARATORS = Pattern.compile("[\\s\u00a0.\\-\u2010-\u2015]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2007\u202f]+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\u00a0.\\-\u2010-\u2015()/]");
    private static final String EMAIL_ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern EMAIL = Pattern.compile("^" + EMAIL_ATOM + "(\\." + EMAIL_ATOM + ")*"
            + "@([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$");
    private static final double EXCEL_EXACT_LIMIT = 1e15;
    private static final String EXCEL_FIX = "Perbaikan: format kolom NIP sebagai Teks (Format Cells > Text) sebelum "
            + "mengetik atau menempelkan NIP, atau awali NIP dengan tanda petik ('), lalu ketik ulang NIP lengkap dari "
            + "sumber aslinya karena digit yang hilang tidak bisa dikembalikan.";

    private RosterRowValidator() {
    }

    public static RowResult validate(RosterLine line, OpdDirectory opds, LocalDate today) {
        Row row = new Row(line);
        EchelonValue echelon = row.echelon();
        EmploymentType employment = row.employmentType(echelon);
        String nip = row.nip(employment, echelon, today);
        String name = row.name();
        String email = row.email();
        String phone = row.phone();
        String position = row.position();
        String opd = row.opd(opds);
        row.errors.sort(Comparator.comparing(RowError::column));
        if (!row.errors.isEmpty()) {
            return new RowResult(line.rowNumber(), nip, null, row.errors);
        }
        return new RowResult(line.rowNumber(), nip,
                new ParticipantDraft(nip, name, email, phone, position, opd, echelon, employment), List.of());
    }

    /** NIPs that occur on more than one row, each with its row numbers in file order. */
    public static Map<String, List<Integer>> duplicateNips(List<RowResult> results) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (RowResult result : results) {
            if (result.nip() != null) {
                rows.computeIfAbsent(result.nip(), n -> new ArrayList<>()).add(result.rowNumber());
            }
        }
        rows.values().removeIf(r -> r.size() < 2);
        return rows;
    }

    /** Adds {@value #NIP_DUPLICATE_IN_FILE} to every row repeating an earlier row's NIP, naming that first row. */
    public static List<RowResult> flagDuplicateNips(List<RowResult> results) {
        Map<String, List<Integer>> duplicates = duplicateNips(results);
        if (duplicates.isEmpty()) {
            return results;
        }
        List<RowResult> flagged = new ArrayList<>(results.size());
        for (RowResult result : results) {
            List<Integer> rows = result.nip() == null ? null : duplicates.get(result.nip());
            if (rows == null || rows.get(0) == result.rowNumber()) {
                flagged.add(result);
                continue;
            }
            List<RowError> errors = new ArrayList<>(result.errors());
            errors.add(0, new RowError(result.rowNumber(), Column.NIP, NIP_DUPLICATE_IN_FILE, "NIP " + result.nip()
                    + " sudah ada di baris " + rows.get(0) + ". Setiap peserta cukup dicantumkan satu kali."));
            flagged.add(new RowResult(result.rowNumber(), result.nip(), null, errors));
        }
        return flagged;
    }

    /** One row being checked: its cells and the errors found so far. */
    private static final class Row {
        private final RosterLine line;
        private final List<RowError> errors = new ArrayList<>();

        Row(RosterLine line) {
            this.line = line;
        }

        EchelonValue echelon() {
            String value = collapse(line.text(Column.ECHELON));
            if (value.isEmpty()) {
                error(Column.ECHELON, "ECHELON_REQUIRED", column(Column.ECHELON) + "eselon atau kelas jabatan wajib "
                        + "diisi, mis. \"III.a\", \"Administrator\" atau \"JF Ahli Muda\".");
                return null;
            }
            Optional<EchelonValue> echelon = EchelonNormalizer.normalise(value);
            if (echelon.isEmpty()) {
                error(Column.ECHELON, "ECHELON_UNKNOWN", column(Column.ECHELON) + quote(value) + " tidak dikenali "
                        + "sebagai eselon atau kelas jabatan. Isi salah satu: " + EchelonNormalizer.ACCEPTED_FORMS
                        + ".");
            }
            return echelon.orElse(null);
        }

        EmploymentType employmentType(EchelonValue echelon) {
            String value = collapse(line.text(Column.EMPLOYMENT_TYPE));
            if (value.isEmpty()) {
                return echelon != null && echelon.positionClass() == PositionClass.NON_ASN ? EmploymentType.NON_ASN
                        : null;
            }
            Optional<EmploymentType> type = EmploymentType.normalise(value);
            if (type.isEmpty()) {
                error(Column.EMPLOYMENT_TYPE, "EMPLOYMENT_TYPE_UNKNOWN", column(Column.EMPLOYMENT_TYPE)
                        + quote(value) + " tidak dikenali. Isi PNS, PPPK atau Non-ASN.");
            }
            return type.orElse(null);
        }

        String nip(EmploymentType employment, EchelonValue echelon, LocalDate today) {
            String raw = line.text(Column.NIP).strip();
            boolean nonAsn = employment == EmploymentType.NON_ASN
                    || (employment == null && echelon != null && echelon.positionClass() == PositionClass.NON_ASN);
            String cleaned = cleanNip(raw);
            if (cleaned.isEmpty()) {
                if (!nonAsn) {
                    error(Column.NIP, "NIP_REQUIRED", column(Column.NIP) + Nip.Problem.EMPTY.message()
                            + " Hanya peserta Non-ASN yang boleh tanpa NIP.");
                }
                return null;
            }
            if (SCIENTIFIC.matcher(cleaned).matches()) {
                return nipAsNumber(raw);
            }
            String digits = NIP_SEPARATORS.matcher(cleaned).replaceAll("");
            Double number = line.numbers().get(Column.NIP);
            boolean allDigits = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
            if (number != null && Math.abs(number) >= EXCEL_EXACT_LIMIT) {
                return allDigits && digits.length() == 18 && digits.endsWith("000") ? digitsLost(raw, digits)
                        : nipAsNumber(raw);
            }
            if (!allDigits) {
                error(Column.NIP, "NIP_NOT_DIGITS", column(Column.NIP) + quote(raw) + ": "
                        + Nip.Problem.NOT_DIGITS.message());
                return null;
            }
            if (digits.length() == 17 && !digits.endsWith("00")) {
                error(Column.NIP, "NIP_LENGTH", column(Column.NIP) + quote(raw) + " berisi 17 digit: kurang satu "
                        + "digit. NIP harus 18 digit; periksa kembali NIP dari SK atau kartu pegawai.");
                return null;
            }
            if (digits.length() >= 15 && digits.length() <= 17) {
                return digitsLost(raw, digits);
            }
            if (digits.length() != 18) {
                error(Column.NIP, "NIP_LENGTH", column(Column.NIP) + quote(raw) + " berisi " + digits.length()
                        + " digit; NIP harus 18 digit.");
                return null;
            }
            if (digits.endsWith("000")) {
                return digitsLost(raw, digits);
            }
            if (employment == EmploymentType.PPPK || nonAsn) {
                return digits;
            }
            try {
                return Nip.parse(digits, today).value();
            } catch (InvalidNipException e) {
                error(Column.NIP, "NIP_" + e.problem().name(), column(Column.NIP) + quote(raw) + ": "
                        + e.problem().message());
                return null;
            }
        }

        private String nipAsNumber(String raw) {
            error(Column.NIP, "NIP_AS_NUMBER", column(Column.NIP) + "NIP " + quote(raw) + " tersimpan sebagai angka, "
                    + "bukan teks. Excel hanya menyimpan 15 digit angka, sehingga NIP 18 digit berubah menjadi angka "
                    + "seperti 1,97805E+17 dan digit terakhirnya hilang. " + EXCEL_FIX);
            return null;
        }

        private String digitsLost(String raw, String digits) {
            String what = digits.length() == 18 ? "berakhiran 000, padahal nomor urut NIP (digit 16–18) tidak "
                    + "pernah 000" : "hanya berisi " + digits.length() + " digit, padahal NIP 18 digit";
            error(Column.NIP, "NIP_DIGITS_LOST", column(Column.NIP) + "NIP " + quote(raw) + " " + what + ". Biasanya "
                    + "ini terjadi karena NIP pernah tersimpan sebagai angka di Excel, yang hanya menyimpan 15 digit, "
                    + "sehingga digit terakhirnya hilang. " + EXCEL_FIX);
            return null;
        }

        String name() {
            String typed = collapse(line.text(Column.NAME));
            if (typed.isEmpty()) {
                error(Column.NAME, "NAME_REQUIRED", column(Column.NAME) + "nama peserta wajib diisi.");
                return null;
            }
            String name = visible(typed);
            if (name.isEmpty()) {
                error(Column.NAME, "NAME_INVISIBLE", column(Column.NAME) + "nama hanya berisi karakter tak terlihat "
                        + "(karakter kendali atau penanda arah teks). Ketik ulang nama peserta.");
                return null;
            }
            if (name.length() > MAX_NAME) {
                error(Column.NAME, "NAME_TOO_LONG", column(Column.NAME) + "nama terlalu panjang (" + name.length()
                        + " karakter, paling banyak " + MAX_NAME + ").");
                return null;
            }
            return name;
        }

        String email() {
            String raw = collapse(line.text(Column.EMAIL));
            if (raw.isEmpty()) {
                return null;
            }
            String email = raw.toLowerCase(Locale.ROOT);
            if (email.startsWith("mailto:")) {
                email = email.substring("mailto:".length());
            }
            if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                int at = email.indexOf('@');
                boolean comma = email.indexOf(',') >= 0 && at >= 0 && at == email.lastIndexOf('@');
                error(Column.EMAIL, "EMAIL_INVALID", column(Column.EMAIL) + quote(raw) + (comma
                        ? " berisi koma, padahal alamat email tidak boleh memuat koma. Bila maksudnya titik, tulis "
                                + "mis. andi.pratama@kaltimprov.go.id."
                        : " bukan alamat email yang valid. Tulis satu alamat saja, mis. nama@kaltimprov.go.id."));
                return null;
            }
            return email;
        }

        String phone() {
            String raw = line.text(Column.PHONE).strip();
            if (raw.isEmpty()) {
                return null;
            }
            Double number = line.numbers().get(Column.PHONE);
            String text = number != null && number == Math.rint(number) && Math.abs(number) < EXCEL_EXACT_LIMIT
                    ? new BigDecimal(number).toPlainString() : raw;
            String normalised = normalisePhone(text);
            if (normalised == null) {
                String hint = SCIENTIFIC.matcher(raw.replace(" ", "")).matches()
                        ? " Nomor tersimpan sebagai angka di Excel; format kolom sebagai Teks lalu ketik ulang." : "";
                error(Column.PHONE, "PHONE_INVALID", column(Column.PHONE) + quote(raw) + " bukan nomor telepon "
                        + "Indonesia yang valid. Tulis seperti 0812-3456-7890 atau +62 812-3456-7890." + hint);
            }
            return normalised;
        }

        String position() {
            String position = visible(collapse(line.text(Column.POSITION)));
            if (position.isEmpty()) {
                return null;
            }
            if (position.length() > MAX_POSITION) {
                error(Column.POSITION, "POSITION_TOO_LONG", column(Column.POSITION) + "nama jabatan terlalu panjang ("
                        + position.length() + " karakter, paling banyak " + MAX_POSITION + ").");
                return null;
            }
            return position;
        }

        String opd(OpdDirectory opds) {
            String value = collapse(line.text(Column.OPD));
            if (value.isEmpty()) {
                error(Column.OPD, "OPD_REQUIRED", column(Column.OPD) + "OPD wajib diisi.");
                return null;
            }
            Optional<String> code = opds.resolve(value);
            if (code.isEmpty()) {
                List<Suggestion> suggestions = opds.suggest(value);
                String hint = suggestions.isEmpty() ? "" : "Maksud Anda: " + didYouMean(suggestions, " atau ") + "? ";
                errors.add(new RowError(line.rowNumber(), Column.OPD, "OPD_UNKNOWN", column(Column.OPD) + "OPD "
                        + quote(value) + " tidak dikenal. " + hint + "Tulis nama resmi, kode atau singkatan OPD "
                        + "sesuai daftar OPD.", suggestions));
            }
            return code.orElse(null);
        }

        private void error(Column column, String code, String message) {
            errors.add(new RowError(line.rowNumber(), column, code, message));
        }

        private String column(Column column) {
            return "Kolom \"" + line.header(column) + "\": ";
        }
    }

    /** Drops what people and spreadsheets put around a NIP: quotes, an apostrophe, a "NIP." label, spaces. */
    static String cleanNip(String raw) {
        String s = raw.strip();
        boolean changed = true;
        while (changed && s.length() >= 1) {
            changed = false;
            if (s.length() >= 2 && isQuote(s.charAt(0)) && isQuote(s.charAt(s.length() - 1))) {
                s = s.substring(1, s.length() - 1).strip();
                changed = true;
            } else if (s.charAt(0) == '\'' || s.charAt(0) == '\u2018' || s.charAt(0) == '\u2019') {
                s = s.substring(1).strip();
                changed = true;
            }
        }
        s = NIP_PREFIX.matcher(s).replaceFirst("");
        return SPACES.matcher(s).replaceAll("");
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019';
    }

    /**
     * Indonesian number to {@code +62…}: from {@code +62}, {@code 0062}, {@code 62} or {@code 0}, or a mobile number
     * starting with 8 (leading 0 dropped). Mobile numbers are 8 + 8–11 digits, landlines an area code 2–9 and 8–11
     * digits in all. Returns {@code null} when the text is not such a number.
     */
    static String normalisePhone(String text) {
        String s = PHONE_SEPARATORS.matcher(text.strip()).replaceAll("");
        if (s.startsWith("'")) {
            s = s.substring(1);
        }
        String rest;
        if (s.startsWith("+62")) {
            rest = s.substring(3);
        } else if (s.startsWith("0062")) {
            rest = s.substring(4);
        } else if (s.startsWith("62")) {
            rest = s.substring(2);
        } else if (s.startsWith("0")) {
            rest = s.substring(1);
        } else if (s.startsWith("8")) {
            rest = s;
        } else {
            return null;
        }
        if (rest.startsWith("0")) {
            rest = rest.substring(1);
        }
        if (rest.isEmpty() || !rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        boolean mobile = rest.charAt(0) == '8' && rest.length() >= 9 && rest.length() <= 12;
        boolean landline = rest.charAt(0) >= '2' && rest.charAt(0) <= '9' && rest.charAt(0) != '8'
                && rest.length() >= 8 && rest.length() <= 11;
        return mobile || landline ? "+62" + rest : null;
    }

    /** Text without control and direction characters, spaces collapsed ({@link PlainText#oneLine}). */
    static String visible(String text) {
        return text == null ? "" : PlainText.oneLine(text);
    }

    private static String collapse(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** "Dinas Pariwisata (DISPAR)", several joined by commas and {@code or} before the last. */
    static String didYouMean(List<Suggestion> suggestions, String or) {
        List<String> named = suggestions.stream().map(s -> s.name() + " (" + s.code() + ")").toList();
        return named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + or + named.get(named.size() - 1);
    }

    private static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "…" : value;
        return "\"" + shown + "\"";
    }
}
