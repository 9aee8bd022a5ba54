package id.gcio.academy.web;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a {@code timestamptz} column from a native query, whichever Java type the driver returned. */
public final class Timestamps {

    private Timestamps() {
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
