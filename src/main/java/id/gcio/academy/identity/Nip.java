package id.gcio.academy.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A civil servant's NIP (Nomor Induk Pegawai), checked for structure.
 *
 * <p>18 digits: 1–8 date of birth {@code YYYYMMDD}; 9–14 year and month of appointment as CPNS {@code YYYYMM};
 * 15 gender (1 or 2); 16–18 sequence number, never {@code 000}. There is no check digit, so a well-formed NIP can
 * still be unregistered: this class only rejects numbers that cannot be real. The appointment must come after the
 * 18th birthday (and before the 60th) and may not lie in the future.
 */
public record Nip(String value) {

    static final int MIN_AGE_AT_APPOINTMENT = 18;
    static final int MAX_AGE_AT_APPOINTMENT = 60;

    /** Why a NIP was refused; {@link #message()} is shown to the user (Bahasa Indonesia). */
    public enum Problem {
        EMPTY("NIP wajib diisi."),
        NOT_DIGITS("NIP hanya boleh berisi angka (spasi diperbolehkan)."),
        WRONG_LENGTH("NIP harus 18 digit."),
        BAD_BIRTH_DATE("Digit 1–8 NIP harus tanggal lahir yang valid (TTTTBBHH)."),
        BAD_APPOINTMENT("Digit 9–14 NIP harus tahun dan bulan pengangkatan CPNS yang valid (TTTTBB)."),
        APPOINTMENT_BEFORE_ADULTHOOD("Tahun-bulan pengangkatan (digit 9–14) harus setelah pegawai berusia 18 tahun."),
        APPOINTMENT_TOO_LATE("Tahun-bulan pengangkatan (digit 9–14) tidak masuk akal untuk tanggal lahir ini."),
        APPOINTMENT_IN_FUTURE("Tahun-bulan pengangkatan (digit 9–14) tidak boleh di masa depan."),
        BAD_GENDER("Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)."),
        BAD_SEQUENCE("Digit 16–18 NIP (nomor urut) tidak boleh 000.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** Thrown when an input cannot be a NIP. */
    public static final class InvalidNipException extends RuntimeException {
        private final Problem problem;

        InvalidNipException(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Parses a NIP as people type it (spaces allowed), checking its structure against {@code today}. */
    public static Nip parse(String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            throw new InvalidNipException(Problem.EMPTY);
        }
        String digits = input.replace(" ", "").replace("\u00a0", "");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidNipException(Problem.NOT_DIGITS);
        }
        if (digits.length() != 18) {
            throw new InvalidNipException(Problem.WRONG_LENGTH);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
        } catch (DateTimeException e) {
            throw new InvalidNipException(Problem.BAD_BIRTH_DATE);
        }
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            throw new InvalidNipException(Problem.BAD_BIRTH_DATE);
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(num(digits, 8, 12), num(digits, 12, 14));
        } catch (DateTimeException e) {
            throw new InvalidNipException(Problem.BAD_APPOINTMENT);
        }
        if (appointed.isAfter(YearMonth.from(today))) {
            throw new InvalidNipException(Problem.APPOINTMENT_IN_FUTURE);
        }
        long ageInMonths = ChronoUnit.MONTHS.between(YearMonth.from(birth), appointed);
        if (ageInMonths < MIN_AGE_AT_APPOINTMENT * 12L) {
            throw new InvalidNipException(Problem.APPOINTMENT_BEFORE_ADULTHOOD);
        }
        if (ageInMonths > MAX_AGE_AT_APPOINTMENT * 12L) {
            throw new InvalidNipException(Problem.APPOINTMENT_TOO_LATE);
        }
        char gender = digits.charAt(14);
        if (gender != '1' && gender != '2') {
            throw new InvalidNipException(Problem.BAD_GENDER);
        }
        if (digits.endsWith("000")) {
            throw new InvalidNipException(Problem.BAD_SEQUENCE);
        }
        return new Nip(digits);
    }

    private static final java.util.regex.Pattern QUERY_SEPARATORS = java.util.regex.Pattern.compile("[\\s\u00a0.'\\-]+");

    /**
     * The digits of a search that looks like a NIP as people type or print it (the spaced form
     * {@code 19851225 201001 1 005}, dots, dashes, Excel's leading apostrophe): 3 to 18 digits once those are dropped,
     * or null for any other query. Searches then match NIPs, which are stored as digits only.
     */
    public static String queryDigits(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = QUERY_SEPARATORS.matcher(typed.strip()).replaceAll("");
        return digits.matches("\\d{3,18}") ? digits : null;
    }

    /** The NIP in its usual written form, e.g. {@code 19860926 201505 1 001}. */
    public String formatted() {
        return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }
}
