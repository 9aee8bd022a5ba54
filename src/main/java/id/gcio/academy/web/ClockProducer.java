package id.gcio.academy.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now" for the whole application; tests replace it to move time. It ticks in microseconds, the
 * precision PostgreSQL stores, so a time read back equals the time written.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
