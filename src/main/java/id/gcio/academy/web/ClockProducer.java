package id.gcio.academy.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now" for the whole application; tests replace it to move time. It ticks in microseconds, the
 * precision PostgreSQL stores, so a time read back equals the time written.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return new MicrosecondClock(ZoneOffset.UTC);
    }

    /**
     * The system clock in UTC, truncated to microseconds. Not {@code Clock.tick(systemUTC(), 1 µs)}: on Java 17 that
     * clock's {@code millis()} divides by zero (its tick is under a millisecond).
     */
    static final class MicrosecondClock extends Clock {

        private final ZoneId zone;

        MicrosecondClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(zone);
        }
    }
}
