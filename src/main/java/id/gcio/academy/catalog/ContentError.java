package id.gcio.academy.catalog;

/** A refused content file: which file, which line, and why (Bahasa Indonesia). */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
