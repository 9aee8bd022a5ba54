package id.gcio.academy.grading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of submissions and grading ({@code academy.grading.*}). */
@ConfigMapping(prefix = "academy.grading")
public interface GradingConfig {

    /** The largest file a learner may attach, in bytes (default 10 MB). */
    @WithDefault("10485760")
    long maxFileBytes();

    /** The longest submission text, in characters. */
    @WithDefault("100000")
    int maxTextChars();

    /** How long a trainer's claim on a submission lasts without activity. */
    @WithDefault("30")
    int claimMinutes();
}
