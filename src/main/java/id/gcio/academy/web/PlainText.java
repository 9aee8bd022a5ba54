package id.gcio.academy.web;

import java.util.regex.Pattern;

/**
 * One-line text people type or import (names, OPD, position) and certificates print: without invisible control and
 * direction characters. The one place every feature cleans such text (profiles, roster imports, certificates).
 */
public final class PlainText {

    /** Tabs, line breaks, NEL and the no-break spaces: each run becomes one space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u0085\\u00a0\\u2007\\u202f]+");
    /**
     * Control characters (C0, DEL, C1) and the bidirectional controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM): invisible on
     * screen, they break the XML a certificate PDF is built from and can make a name read backwards.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C]");

    private PlainText() {
    }

    /** The text on one line: spaces collapsed, invisible characters removed, trimmed; null stays null. */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String spaced = SPACES.matcher(text).replaceAll(" ");
        return SPACES.matcher(INVISIBLE.matcher(spaced).replaceAll("")).replaceAll(" ").strip();
    }
}
