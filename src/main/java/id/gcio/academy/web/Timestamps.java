package id.gcio.academy.web;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads a {@code timestamptz} column from a native query, whichever Java type the driver returned, and writes a time
 * as messages show it.
 */
public final class Timestamps {

    private static final java.time.format.DateTimeFormatter WITA_TEXT = java.time.format.DateTimeFormatter
            .ofPattern("d-M-yyyy HH.mm 'WITA'").withZone(java.time.ZoneId.of("Asia/Makassar"));

    private Timestamps() {
    }

    /** A time as written in messages: {@code 23-11-2026 21.40 WITA} (East Kalimantan's time zone). */
    public static String wita(Instant instant) {
        return WITA_TEXT.format(instant);
    }

    public static Instant of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
