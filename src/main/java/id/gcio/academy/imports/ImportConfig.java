package id.gcio.academy.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of roster imports ({@code academy.imports.*}). */
@ConfigMapping(prefix = "academy.imports")
public interface ImportConfig {

    /** The largest file accepted, in bytes (default 10 MB). */
    @WithDefault("10485760")
    long maxBytes();

    /** The most data rows a file may have (default 100,000). */
    @WithDefault("100000")
    int maxRows();
}
