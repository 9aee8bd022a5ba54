package id.gcio.academy.web;

import java.util.regex.Pattern;

/** One-line text people type (names, OPD, position): without invisible control and direction characters. */
public final class PlainText {

    /**
     * Control characters (C0, DEL, C1) and the bidirectional controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM): they are
     * invisible on screen, break the XML a certificate PDF is built from, and can make a name read backwards.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** The text with invisible characters removed and runs of spaces collapsed, trimmed; null stays null. */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(INVISIBLE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }
}
