package id.gcio.academy.imports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.stream.Stream;

/**
 * Something about a roster file as a whole; {@code message} is shown to the user (Bahasa Indonesia). A blocking
 * problem means the file cannot be imported; the others are information shown with the preview. {@code text} names
 * the im bundle message ({@link ImportTexts#fileProblem}) that says the same in the page's language, with
 * {@code args}; both stay out of the JSON (the API answers in Bahasa Indonesia).
 */
public record FileProblem(String code, String message, boolean blocking, @JsonIgnore String text,
        @JsonIgnore List<String> args) {

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

    public FileProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public FileProblem(String code, String message, boolean blocking) {
        this(code, message, blocking, null, List.of());
    }

    static FileProblem error(String code, String message) {
        return new FileProblem(code, message, true);
    }

    static FileProblem info(String code, String message) {
        return new FileProblem(code, message, false);
    }

    /** This problem with the name of its message in the im bundle and that message's arguments. */
    FileProblem as(String text, Object... args) {
        return new FileProblem(code, message, blocking, text, Stream.of(args).map(String::valueOf).toList());
    }
}
