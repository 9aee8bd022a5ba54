package id.gcio.academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/start.sh, the image's command, with a stand-in {@code java} on the PATH that records its arguments and, when
 * asked to archive its classes at exit, writes that file when it is stopped: the class-data archive is made by the
 * first run of a build, moved into place when it stops, and used by the next start; a crashed run leaves none. On
 * Java 25 (the JDK's {@code release} file says so) the same with an AOT cache.
 */
class StartScriptTest {

    private static final String FAKE_JAVA = """
            #!/bin/sh
            out=
            for a in "$@"; do case $a in -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) out=${a#*=};; esac; done
            if [ -n "${FAKE_JAVA_EXIT:-}" ]; then [ -z "$out" ] || echo half > "$out"; exit "$FAKE_JAVA_EXIT"; fi
            trap '[ -z "$out" ] || echo classes > "$out"; exit 143' TERM
            printf '%s\\n' "$@" > "$FAKE_JAVA_LOG.tmp" && mv "$FAKE_JAVA_LOG.tmp" "$FAKE_JAVA_LOG"
            while :; do sleep 0.02; done
            """;

    @TempDir
    Path tmp;
    Path home;
    Path cds;
    Path bin;
    Path log;
    /** Every start, so that one a failed assertion left running is stopped after the test. */
    final List<Process> started = new java.util.ArrayList<>();

    @AfterEach
    void stopWhatAFailedTestLeftRunning() {
        started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
        started.forEach(Process::destroyForcibly);
    }

    @BeforeEach
    void layOutAFastJar() throws IOException {
        home = Files.createDirectories(tmp.resolve("deployments"));
        Files.writeString(home.resolve("quarkus-run.jar"), "run");
        Files.writeString(Files.createDirectories(home.resolve("lib/main")).resolve("a.jar"), "library");
        Files.writeString(Files.createDirectories(home.resolve("app")).resolve("app.jar"), "app");
        Files.writeString(Files.createDirectories(home.resolve("quarkus")).resolve("quarkus-application.dat"), "dat");
        cds = Files.createDirectories(home.resolve("cds"));
        bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        log = tmp.resolve("java-args.txt");
    }

    @Test
    void theFirstRunOfABuildWritesTheArchiveWhenStoppedAndTheNextStartMapsIt() throws Exception {
        Process first = start(Map.of());
        List<String> args = javaArgs();
        String partial = option(args, "-XX:ArchiveClassesAtExit=");
        assertTrue(partial.startsWith(cds + "/.academy-"), partial);
        assertTrue(args.contains("-Xlog:cds=off"), args.toString());
        assertEquals(143, stop(first));

        List<Path> archives = files("academy-*.jsa");
        assertEquals(1, archives.size(), "one archive in place: " + archives);
        assertEquals("classes\n", Files.readString(archives.get(0)));
        assertEquals(List.of(), files(".academy-*"), "no partial file left");

        Files.delete(log);
        Process second = start(Map.of());
        assertEquals(archives.get(0).toString(), option(javaArgs(), "-XX:SharedArchiveFile="));
        assertFalse(javaArgs().stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")));
        assertEquals(143, stop(second));
        assertEquals(archives, files("academy-*.jsa"));
    }

    @Test
    void aChangedBuildMakesItsOwnArchiveAndDropsTheOldOne() throws Exception {
        Path old = archiveOfAFirstRun();
        Files.writeString(home.resolve("lib/main/a.jar"), "library, next version");
        List<Path> archives = archivesAfterARunThatMakesOne(Map.of());
        assertEquals(1, archives.size(), archives.toString());
        assertFalse(archives.contains(old), "the old build's archive is gone");
    }

    @Test
    void changedJvmOptionsMakeTheirOwnArchive() throws Exception {
        Path old = archiveOfAFirstRun();
        List<Path> archives = archivesAfterARunThatMakesOne(Map.of("JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC"));
        assertFalse(archives.contains(old), "the archive of other options is not used: " + archives);
    }

    private Path archiveOfAFirstRun() throws Exception {
        Process first = start(Map.of());
        javaArgs();
        assertEquals(143, stop(first));
        Files.delete(log);
        return files("academy-*.jsa").get(0);
    }

    /** Starts again, checks that this run makes an archive rather than mapping one, stops it; the archives then. */
    private List<Path> archivesAfterARunThatMakesOne(Map<String, String> env) throws Exception {
        Process next = start(env);
        assertTrue(option(javaArgs(), "-XX:ArchiveClassesAtExit=").startsWith(cds + "/.academy-"));
        assertEquals(143, stop(next));
        return files("academy-*.jsa");
    }

    @Test
    void onJava25TheArchiveIsAnAotCacheMadeWithRoomForItsClassMetadata() throws Exception {
        Files.writeString(tmp.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        Process first = start(Map.of());
        List<String> args = javaArgs();
        String partial = option(args, "-XX:AOTCacheOutput=");
        assertTrue(partial.startsWith(cds + "/.academy-") && partial.endsWith(".aot"), partial);
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")), args.toString());
        assertTrue(args.indexOf("-XX:MaxMetaspaceSize=512m") > args.indexOf("-Xmx64m"),
                "the training run's metaspace room comes after JAVA_OPTS, so it wins: " + args);
        assertTrue(args.contains("--enable-native-access=ALL-UNNAMED"), args.toString());
        assertEquals(143, stop(first));

        List<Path> caches = files("academy-*.aot");
        assertEquals(1, caches.size(), "one cache in place: " + caches);
        assertEquals(List.of(), files("*.jsa"));
        Files.delete(log);
        Process second = start(Map.of());
        List<String> mapped = javaArgs();
        assertEquals(caches.get(0).toString(), option(mapped, "-XX:AOTCache="));
        assertFalse(mapped.contains("-XX:MaxMetaspaceSize=512m"), "JAVA_OPTS decide the metaspace again: " + mapped);
        assertEquals(143, stop(second));
    }

    @Test
    void aRunThatCrashedLeavesNoArchive() throws Exception {
        Process crashed = start(Map.of("FAKE_JAVA_EXIT", "137"));
        assertTrue(crashed.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, crashed.exitValue());
        assertEquals(List.of(), files("*"), "neither an archive nor a partial file");
    }

    @Test
    void aPartialFileLeftByAKilledRunIsDroppedByALaterStart() throws Exception {
        Path stale = Files.writeString(cds.resolve(".academy-1-host-7.jsa"), "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofMinutes(20))));
        Path fresh = Files.writeString(cds.resolve(".academy-1-other-8.jsa"), "being written");

        Process run = start(Map.of());
        javaArgs();
        assertFalse(Files.exists(stale), "older than 10 minutes: dropped");
        assertTrue(Files.exists(fresh), "another instance may be writing it");
        assertEquals(143, stop(run));
    }

    @Test
    void withoutACacheDirectoryOrWithItSwitchedOffJavaRunsPlain() throws Exception {
        for (String dir : new String[] {"", tmp.resolve("absent").toString()}) {
            Process plain = start(Map.of("ACADEMY_CDS_DIR", dir));
            List<String> args = javaArgs();
            assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:Shared") || a.startsWith("-XX:Archive")),
                    dir + ": " + args);
            assertEquals(List.of("-Xmx64m", "-jar", home.resolve("quarkus-run.jar").toString()), args);
            assertEquals(143, stop(plain));
            Files.delete(log);
        }
        assertEquals(List.of(), files("*"));
    }

    private Process start(Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("sh", "docker/start.sh").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile());
        Map<String, String> e = pb.environment();
        e.put("PATH", bin + ":" + e.get("PATH"));
        e.put("ACADEMY_HOME", home.toString());
        e.put("ACADEMY_CDS_DIR", cds.toString());
        e.put("JAVA_OPTS", "-Xmx64m");
        e.put("FAKE_JAVA_LOG", log.toString());
        e.putAll(env);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** The stand-in java's arguments, once it runs. */
    private List<String> javaArgs() throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!Files.exists(log)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("java was not started: " + Files.readString(tmp.resolve("out.txt")));
            }
            Thread.sleep(10);
        }
        return Files.readAllLines(log);
    }

    private static String option(List<String> args, String prefix) {
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + args));
    }

    /** SIGTERM, as docker stop sends it; the exit status. */
    private static int stop(Process p) throws InterruptedException {
        p.destroy();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "stopped within 10 s");
        return p.exitValue();
    }

    private List<Path> files(String glob) throws IOException {
        try (Stream<Path> s = Files.list(cds)) {
            var matcher = cds.getFileSystem().getPathMatcher("glob:" + glob);
            return s.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        }
    }
}
