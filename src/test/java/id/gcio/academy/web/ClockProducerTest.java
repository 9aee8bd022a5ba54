package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The application's clock (the tests replace it, so it is checked here on its own). */
class ClockProducerTest {

    private final Clock clock = new ClockProducer().clock();

    @Test
    void givesInstantsInMicrosecondsAsPostgresqlStoresThem() {
        for (int i = 0; i < 1000; i++) {
            Instant now = clock.instant();
            assertEquals(now, now.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Test
    void givesMillisecondsThatAgreeWithItsInstants() {
        long before = clock.instant().toEpochMilli();
        long millis = clock.millis();
        long after = clock.instant().toEpochMilli();
        assertTrue(before <= millis && millis <= after + 1, before + " <= " + millis + " <= " + after);
    }

    @Test
    void isInUtcAndKeepsItsPrecisionInAnotherZone() {
        assertEquals(ZoneOffset.UTC, clock.getZone());
        Clock jakarta = clock.withZone(ZoneId.of("Asia/Jakarta"));
        assertEquals(ZoneId.of("Asia/Jakarta"), jakarta.getZone());
        Instant now = jakarta.instant();
        assertEquals(now, now.truncatedTo(ChronoUnit.MICROS));
        assertTrue(jakarta.millis() > 0);
    }
}
