package id.gcio.academy.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where course content lives and when it is synced. */
@ConfigMapping(prefix = "academy.content")
public interface ContentConfig {

    /** Folder holding {@code courses/}; relative paths resolve against the working directory. */
    @WithDefault("content")
    String dir();

    /** Sync the content into the database when the application starts. */
    @WithDefault("true")
    boolean syncOnStart();
}
