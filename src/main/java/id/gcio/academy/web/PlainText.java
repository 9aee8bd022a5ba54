package id.gcio.academy.web;

import java.util.regex.Pattern;

/**
 * One-line text people type or import (names, OPD, position) and certificates print: without invisible control and
 * direction characters. The one place every feature cleans such text (profiles, roster imports, certificates).
 */
public final class PlainText {

    /** Tabs, line breaks (also U+2028/2029), NEL and the no-break spaces: each run becomes one space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u0085\\u00a0\\u2007\\u202f\\u2028\\u2029]+");
    /**
     * Control characters (C0, DEL, C1) and format characters (the bidirectional controls LRE…RLO, LRI…PDI, LRM, RLM,
     * ALM; zero-width spaces and joiners, word joiner, BOM, soft hyphen): invisible on screen, they break the XML a
     * certificate PDF is built from, can make a name read backwards, or make two equal-looking names differ.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

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
