package id.gcio.academy.imports;

/**
 * Something about a roster file as a whole; {@code message} is shown to the user (Bahasa Indonesia). A blocking
 * problem means the file cannot be imported; the others are information shown with the preview.
 */
public record FileProblem(String code, String message, boolean blocking) {

    public static final String EMPTY_FILE = "EMPTY_FILE";
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    public static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
    public static final String FILE_TOO_COMPLEX = "FILE_TOO_COMPLEX";
    public static final String FILE_UNREADABLE = "FILE_UNREADABLE";
    public static final String NO_HEADER_ROW = "NO_HEADER_ROW";
    public static final String MISSING_COLUMN = "MISSING_COLUMN";
    public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
    public static final String NO_DATA_ROWS = "NO_DATA_ROWS";
    public static final String UNKNOWN_COLUMN = "UNKNOWN_COLUMN";
    public static final String DUPLICATE_COLUMN = "DUPLICATE_COLUMN";
    public static final String ENCODING_FALLBACK = "ENCODING_FALLBACK";

    static FileProblem error(String code, String message) {
        return new FileProblem(code, message, true);
    }

    static FileProblem info(String code, String message) {
        return new FileProblem(code, message, false);
    }
}
