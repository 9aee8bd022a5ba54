package id.gcio.academy;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Map;
import java.util.Properties;

/** Starts the academy, after settling the JVM-wide defaults that must be in place before Quarkus loads Netty. */
@QuarkusMain
public class AcademyMain {

    /**
     * Netty's pooled allocator keeps, per thread, a cache of the direct buffers that thread freed. Every worker thread
     * that writes a page gets one, and under 100 connections (up to 200 worker threads) the caches together passed the
     * benchmark's 64 MB direct-memory limit: pages then failed with OutOfMemoryError. Without the caches the pool held
     * about 3 MB under the same load and the pages were no slower (docs/benchmark-2026-11-24.txt, session 12).
     */
    static final Map<String, String> DEFAULTS = Map.of(
            "io.netty.allocator.smallCacheSize", "0",
            "io.netty.allocator.normalCacheSize", "0");

    public static void main(String... args) {
        applyDefaults(System.getProperties());
        Quarkus.run(args);
    }

    /** Sets each default that is not already set: a {@code -D} on the command line wins. */
    static void applyDefaults(Properties properties) {
        DEFAULTS.forEach(properties::putIfAbsent);
    }
}
