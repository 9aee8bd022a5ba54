import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Load driver for the quiz API (run by src/bench/quiz-load.sh; JDK 17 only: {@code java src/bench/QuizLoad.java --opt value ...}).
 *
 * <p>Open model: every request has a scheduled send time and is sent then, whether or not earlier requests finished
 * (no coordinated omission). Latency is reported twice: from the scheduled time ("sched", what a learner waits,
 * including any lateness of the driver or of a request it depended on) and from the actual send ("service"). A failed
 * request (5xx, timeout, connection error) is retried with back-off, like the quiz page does; the latency of a retried
 * request runs from its first scheduled time to its final answer.
 *
 * <p>Phases: warm-up (not counted) → fixed-rate probes of the bare endpoints → a hook command (the script runs wrk on
 * /bench/ceiling there) → the cohort (N learners start within a window, each GETs the attempt, saves every question
 * twice at fixed times, then submits) with an optional hook at a given second (PostgreSQL restart) → saturation (saves
 * at fixed rates against the open attempts of a second group, then their submits). Every acknowledged save (200) is
 * written to quiz-acked.csv (attempt, question, revision) so the script can count lost answers in the database.
 *
 * <p>HTTP goes through {@link Loop}, a one-thread NIO HTTP/1.1 client, not java.net.http.HttpClient (see there why).
 */
public class QuizLoad {

    // ------------------------------------------------------------------ options

    static final Map<String, String> OPT = new LinkedHashMap<>(Map.ofEntries(
            Map.entry("base", "http://127.0.0.1:8090"),
            Map.entry("issuer", "http://127.0.0.1:8190"),
            Map.entry("key", ""),
            Map.entry("course", "transformasi-digital"),
            Map.entry("out", "target/bench"),
            Map.entry("warmup-learners", "50"),
            Map.entry("warmup-seconds", "20"),
            Map.entry("warmup-rate", "1000"),
            Map.entry("probe-rate", "1500"),
            Map.entry("probe-seconds", "10"),
            Map.entry("before-cohort", ""),
            Map.entry("learners", "1000"),
            Map.entry("start-window", "60"),
            Map.entry("get-delay", "0.5"),
            Map.entry("save-interval", "0.5"),
            Map.entry("restart-cmd", ""),
            Map.entry("restart-at", "30"),
            Map.entry("sat-learners", "300"),
            Map.entry("sat-start-rate", "50"),
            Map.entry("sat-rates", "1500,2000,2500"),
            Map.entry("sat-step", "15"),
            Map.entry("after-sat", ""),
            Map.entry("retries", "5"),
            Map.entry("max-in-flight", "3000"),
            Map.entry("overload-p99-ms", "1000"),
            Map.entry("retry-backoff-ms", "250"),
            Map.entry("timeout", "10"),
            Map.entry("max-connections", "1000"),
            Map.entry("app-pid", "0"),
            Map.entry("pg-pidfile", ""),
            Map.entry("pg-db", "academy_bench"),
            Map.entry("label", ""),
            // --mode probe (see probeMain): GETs of paths from a file at fixed rates
            Map.entry("mode", "quiz"),
            Map.entry("paths", ""),
            Map.entry("rates", "1000,2000,3000,3500"),
            Map.entry("name", ""),
            Map.entry("seed", "1"),
            Map.entry("settle-seconds", "2"),
            Map.entry("gc-log", ""),
            Map.entry("target-p99-ms", "0"),
            // extra request header lines, separated by "|" (e.g. "Cookie: q_session=…|Accept-Encoding: gzip")
            Map.entry("header", "")));

    static String opt(String k) {
        return OPT.get(k);
    }

    static int optInt(String k) {
        return Integer.parseInt(opt(k));
    }

    static double optD(String k) {
        return Double.parseDouble(opt(k));
    }

    static final int QUESTIONS_SAVED = 10;

    // ------------------------------------------------------------------ state

    static Loop HTTP;
    static String HOST;
    static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "timer");
        t.setDaemon(true);
        return t;
    });
    static final Map<String, Stats> STATS = new ConcurrentHashMap<>();
    static final List<String> STAT_ORDER = new ArrayList<>();
    static final ConcurrentLinkedQueue<String> ACKED = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> SUBMITTED = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> NOTES = new ConcurrentLinkedQueue<>();
    static final Map<Long, long[]> TIMELINE = new ConcurrentHashMap<>(); // second -> ok, failed tries, max sched ms
    static final List<String[]> PHASES = new ArrayList<>();
    static final AtomicInteger FAILED_FLOWS = new AtomicInteger();
    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static long runStart;
    static long runStartEpochMs;
    static long TARGET_NANOS = Long.MAX_VALUE;
    static PrivateKey key;

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || Arrays.asList(args).contains("--help")) {
            System.out.println("usage: java src/bench/QuizLoad.java [--option value ...]\n"
                    + "  --mode quiz (default): the quiz run of src/bench/quiz-load.sh (needs --key)\n"
                    + "  --mode probe --paths FILE [--rates 1000,2000] [--probe-seconds 20] [--warmup-seconds 10] [--warmup-rate 1000]\n"
                    + "       [--name LABEL] [--seed 1] [--settle-seconds 2] [--gc-log APP_GC_LOG] [--target-p99-ms 20] [--app-pid PID]\n"
                    + "       [--pg-pidfile FILE] [--header 'Cookie: …|Accept-Encoding: gzip']: GETs of a path picked at random from FILE (one a line), at each rate for\n"
                    + "       probe-seconds after an uncounted warm-up; a table of rates and latencies on stdout\n"
                    + "options and defaults: " + OPT);
            return;
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            String k = args[i].replaceFirst("^--", "");
            if (!OPT.containsKey(k)) {
                throw new IllegalArgumentException("unknown option --" + k + "; known: " + OPT.keySet());
            }
            OPT.put(k, args[i + 1]);
        }
        boolean probe = opt("mode").equals("probe");
        if (!probe && !opt("mode").equals("quiz")) {
            throw new IllegalArgumentException("unknown --mode " + opt("mode") + "; known: quiz, probe");
        }
        if (!probe) {
            key = readKey(Path.of(opt("key")));
        }
        URI base = URI.create(opt("base"));
        HOST = base.getHost() + ":" + base.getPort();
        HTTP = new Loop(base, optInt("max-connections"), (long) (optD("timeout") * 1e9));
        runStart = System.nanoTime();
        runStartEpochMs = System.currentTimeMillis();
        Path out = Path.of(opt("out"));
        Files.createDirectories(out);
        if (probe) {
            probeMain(out);
            System.exit(0);
        }

        int w = optInt("warmup-learners");
        int n = optInt("learners");
        int s = optInt("sat-learners");
        List<Learner> warm = learners("bench-w", w);
        List<Learner> cohort = learners("bench-l", n);
        List<Learner> sat = learners("bench-s", s);
        log("tokens signed for %d users", w + n + s);

        try {
            run(out, w, n, s, warm, cohort, sat);
        } catch (Throwable e) {
            NOTES.add("driver stopped early: " + rootMessage(e));
            log("driver stopped early: %s", rootMessage(e));
        } finally {
            write(out);
        }
        System.exit(0);
    }

    static void run(Path out, int w, int n, int s, List<Learner> warm, List<Learner> cohort, List<Learner> sat) throws Exception {
        CpuSnap c = CpuSnap.take();
        if (w > 0) {
            log("warm-up: %d learners, saves ramped up to %s/s over %ss, probes", w, opt("warmup-rate"), opt("warmup-seconds"));
            startAll("warmup", warm, 10.0 * w);
            for (int step = 1; step <= 4; step++) { // a ramp: a cold JIT at full rate only builds a backlog
                paceSaves("warmup.save", warm, optD("warmup-rate") * step / 4, optD("warmup-seconds") / 4);
            }
            pace("warmup.ceiling", 500, 3, (i, t) -> call("warmup.ceiling", () -> get("/bench/ceiling", null), t));
            pace("warmup.me", 500, 3, (i, t) -> call("warmup.me", () -> get("/api/v1/me", warm.get(i % w).token), t));
            submitAll("warmup", warm, 50);
            c = phase("warm-up", c);
        }
        double probeRate = optD("probe-rate");
        if (probeRate > 0) {
            double secs = optD("probe-seconds");
            String r = fmt0(probeRate);
            log("probes at %s/s for %ss: /bench/ceiling (no token), /api/v1/me (token + user lookup)", r, secs);
            pace("probe.ceiling@" + r, probeRate, secs, (i, t) -> call("probe.ceiling@" + r, () -> get("/bench/ceiling", null), t));
            c = phase("probe ceiling", c);
            List<Learner> tok = w > 0 ? warm : n > 0 ? cohort : sat;
            pace("probe.me@" + r, probeRate, secs, (i, t) -> call("probe.me@" + r, () -> get("/api/v1/me", tok.get(i % tok.size()).token), t));
            c = phase("probe me", c);
        }
        c = hooks(opt("before-cohort"), out.resolve("quiz-before-cohort.log"), c);
        if (n > 0) {
            log("cohort: %d learners start within %ss, 20 saves each every %ss, then submit", n, opt("start-window"),
                    opt("save-interval"));
            long t0 = System.nanoTime() + 200_000_000L;
            if (!opt("restart-cmd").isBlank()) {
                long at = t0 + (long) (optD("restart-at") * 1e9);
                TIMER.schedule(() -> new Thread(() -> { // not on the timer thread: requests keep their schedule
                    long a = System.nanoTime();
                    NOTES.add(String.format(Locale.ROOT, "restart command started at cohort+%.1fs: %s", (a - t0) / 1e9, opt("restart-cmd")));
                    log("restart command: %s", opt("restart-cmd"));
                    int rc = runCommand(opt("restart-cmd"), out.resolve("quiz-restart.log"));
                    long b = System.nanoTime();
                    NOTES.add(String.format(Locale.ROOT, "restart command finished at cohort+%.1fs (exit %d, %.1fs)", (b - t0) / 1e9, rc, (b - a) / 1e9));
                    log("restart command done, exit %d, %.1fs", rc, (b - a) / 1e9);
                }, "restart").start(), at - System.nanoTime(), TimeUnit.NANOSECONDS);
                NOTES.add("cohort started at run+" + String.format(Locale.ROOT, "%.1fs", (t0 - runStart) / 1e9)
                        + " (timeline seconds are since run start)");
            }
            double window = optD("start-window");
            long getDelay = (long) (optD("get-delay") * 1e9);
            long interval = (long) (optD("save-interval") * 1e9);
            List<CompletableFuture<Void>> flows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                flows.add(learnerFlow("cohort", cohort.get(i), t0 + (long) (i * window * 1e9 / n), getDelay, interval));
            }
            CompletableFuture.allOf(flows.toArray(CompletableFuture[]::new)).join();
            c = phase("cohort", c);
        }
        if (s > 0) {
            log("saturation: %d learners start (not submitted), then saves at %s/s, %ss per step", s, opt("sat-rates"), opt("sat-step"));
            startAll("sat", sat, optD("sat-start-rate"));
            c = phase("saturation: starts", c);
            for (String r : opt("sat-rates").split(",")) {
                double rate = Double.parseDouble(r.trim());
                String name = "sat.save@" + fmt0(rate);
                paceSaves(name, sat, rate, optD("sat-step"));
                c = phase("saturation: saves at " + fmt0(rate) + "/s", c);
                Stats st = stats(name);
                double p99;
                synchronized (st) {
                    p99 = pct(st.sched.sorted(), 99);
                }
                if (st.gaveUp > 0 || st.notSent > 0 || !(p99 < optD("overload-p99-ms"))) {
                    NOTES.add(String.format(Locale.ROOT, "saturation stopped after %s/s: overloaded (p99 %.0f ms, %d failed, %d not sent)",
                            fmt0(rate), p99, st.gaveUp, st.notSent));
                    break;
                }
                Thread.sleep(2000);
                c = CpuSnap.take();
            }
            if (!opt("after-sat").isBlank()) {
                writeOpenAttempts(out.resolve("quiz-open-attempts.tsv"), sat);
                Thread.sleep(2000);
                c = hooks(opt("after-sat"), out.resolve("quiz-after-sat.log"), CpuSnap.take());
            }
            submitAll("sat", sat, optD("sat-start-rate"));
            c = phase("saturation: submits", c);
        }
    }

    // ------------------------------------------------------------------ probe mode

    /**
     * {@code --mode probe}: GETs, each to a path picked at random (seeded RNG) from the {@code --paths} file, at fixed
     * arrival rates, through the same pacing ({@link #pace}) and client ({@link Loop}) as the quiz run; no token and no
     * retries (a probe measures capacity; a retry would add load the schedule did not offer). An uncounted warm-up
     * ramps up to {@code --warmup-rate} over {@code --warmup-seconds}; then each rate of {@code --rates} runs for
     * {@code --probe-seconds}, {@code --settle-seconds} apart. Per rate: requests sent and 2xx answers per second,
     * latency from the scheduled send time ("sched": what a visitor waits, the driver's own lateness included) and from
     * the actual send ("service"), the driver's lateness ("lag" = actual send - scheduled time), non-2xx answers,
     * errors (timeouts, connection errors), requests not sent (backlog over {@code --max-in-flight}), the app's GC
     * pauses read from its -Xlog:gc file ({@code --gc-log}), the driver's own collections, and the machine's CPU split.
     * Prints a table on stdout and writes probe-NAME-timeline.csv (per wall-clock second: answers, failures, worst
     * latency) to {@code --out}.
     */
    static void probeMain(Path out) throws Exception {
        List<String> paths = Files.readAllLines(Path.of(opt("paths"))).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no paths in " + opt("paths"));
        }
        Req[] reqs = paths.stream().map(p -> get(p, null)).toArray(Req[]::new);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(Long.parseLong(opt("seed")));
        String label = opt("name").isBlank() ? paths.get(0) : opt("name");
        double secs = optD("probe-seconds");
        double target = optD("target-p99-ms");
        TARGET_NANOS = target > 0 ? (long) (target * 1e6) : Long.MAX_VALUE;
        String gcLog = opt("gc-log");
        // the path is picked on the pacing thread (the only caller of fire), the request built once per path; the
        // answer is dropped at once, so 70,000 page bodies are not kept until the step ends
        java.util.function.Function<String, Fire> fire = name -> (i, t) -> {
            Req r = reqs[rnd.nextInt(reqs.length)];
            return call(name, () -> r, t).thenApply(x -> null);
        };
        CpuSnap c = CpuSnap.take();
        double wr = optD("warmup-rate");
        double ws = optD("warmup-seconds");
        if (wr > 0 && ws > 0) {
            log("probe %s: warm-up ramp to %s/s over %ss (not counted)", label, fmt0(wr), fmt1(ws));
            for (int step = 1; step <= 4; step++) { // a ramp: a cold JIT at full rate only builds a backlog
                pace("probe.warmup", wr * step / 4, ws / 4, fire.apply("probe.warmup"));
            }
            c = phase("warm-up", c);
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "probe %s: %d path(s), seed %s, %ss per rate after a %ss warm-up ramp to %s/s (not counted)%n",
                label, paths.size(), opt("seed"), fmt0(secs), fmt0(ws), fmt0(wr)));
        table.append("  latency in ms from the scheduled send time and from the actual send; lag = actual send - scheduled (the driver's\n"
                + "  own lateness); unsnt = not sent (backlog over --max-in-flight); conns = keep-alive connections the driver holds (a new\n"
                + "  one whenever all are busy); app GC = the app's pauses (-Xlog:gc) during the step: count/longest/total ms; drv GC =\n"
                + "  the driver's own collections: count/total ms\n");
        table.append(String.format(Locale.ROOT, "%6s %7s %7s %6s %6s %4s %5s %5s | %-36s | %-36s | %-11s | %-20s | %-8s%s%n", "rate", "sent/s",
                "2xx/s", "2xx", "non2xx", "err", "unsnt", "conns", "from scheduled p50/p90/p99/p99.9/max", "from send p50/p90/p99/p99.9/max",
                "lag p99/max", "app GC n/max/sum ms", "drv GC", target > 0 ? " | p99 < " + fmt0(target) + " ms at rate" : ""));
        for (String r : opt("rates").split(",")) {
            double rate = Double.parseDouble(r.trim());
            Thread.sleep((long) (optD("settle-seconds") * 1000));
            String name = "probe." + label + "@" + fmt0(rate);
            for (int k = 2; STATS.containsKey(name); k++) { // a rate given twice gets its own figures
                name = "probe." + label + "@" + fmt0(rate) + "#" + k;
            }
            long gcFrom = gcLog.isBlank() ? -1 : fileSize(gcLog);
            long[] dgc0 = driverGc();
            c = CpuSnap.take();
            log("probe %s at %s/s for %ss", label, fmt0(rate), fmt0(secs));
            pace(name, rate, secs, fire.apply(name));
            c = phase(label + " @" + fmt0(rate) + "/s", c);
            long[] dgc1 = driverGc();
            double[] gc = gcFrom < 0 ? null : gcPauses(gcLog, gcFrom);
            Stats s = stats(name);
            long[] a, b, l;
            int non2xx = 0, errors = 0;
            synchronized (s) {
                a = s.sched.sorted();
                b = s.service.sorted();
                l = s.lag.sorted();
                for (var e : s.codes.entrySet()) {
                    if (!e.getKey().matches("\\d+")) {
                        errors += e.getValue();
                    } else if (!e.getKey().startsWith("2")) {
                        non2xx += e.getValue();
                    }
                }
            }
            double sentRate = s.lastSent > s.firstSent ? (s.sentCount - 1) * 1e9 / (s.lastSent - s.firstSent) : 0;
            boolean meets = pct(a, 99) < target && s.ok >= 0.99 * rate * secs && non2xx + errors + s.notSent == 0;
            long targetNanos = (long) (target * 1e6);
            int over = 0; // answers slower than the target
            for (long v : a) {
                over += v > targetNanos ? 1 : 0;
            }
            String row = String.format(Locale.ROOT, "%6s %7.1f %7.1f %6d %6d %4d %5d %5d | %6.1f %6.1f %6.1f %6.1f %7.1f | %6.1f %6.1f %6.1f %6.1f %7.1f | %4.1f %6.1f | %-20s | %3d/%4dms%s%n",
                    fmt0(rate), sentRate, s.throughput(), s.ok, non2xx, errors, s.notSent, HTTP.open,
                    pct(a, 50), pct(a, 90), pct(a, 99), pct(a, 99.9), pct(a, 100), pct(b, 50), pct(b, 90), pct(b, 99), pct(b, 99.9), pct(b, 100),
                    pct(l, 99), pct(l, 100),
                    gc == null ? "n/a" : String.format(Locale.ROOT, "%d/%.1f/%.0f", (int) gc[0], gc[2], gc[1]),
                    dgc1[0] - dgc0[0], dgc1[1] - dgc0[1],
                    target > 0 ? String.format(Locale.ROOT, " | %s (%d > %s ms)", meets ? "yes" : "NO", over, fmt0(target)) : "");
            table.append(row);
            if (non2xx + errors + s.notSent > 0) {
                NOTES.add(String.format(Locale.ROOT, "%s@%s/s: answers and failures %s, not sent %d", label, fmt0(rate), s.codes, s.notSent));
            }
            log("%s", row.strip());
        }
        table.append(String.format(Locale.ROOT, "CPU seconds per step (2 cores = 200%% of wall time; driver = this process):%n"));
        table.append(String.format(Locale.ROOT, "  %-30s %7s %6s %8s %9s %8s %8s%n", "phase", "wall s", "busy%", "app cpu", "postgres", "driver", "other"));
        for (String[] p : PHASES) {
            table.append(String.format(Locale.ROOT, "  %-30s %7s %6s %8s %9s %8s %8s%n", (Object[]) p));
        }
        for (String note : NOTES) {
            table.append("  note: ").append(note).append('\n');
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("probe-" + label.replaceAll("[^A-Za-z0-9._-]", "_") + "-timeline.csv")))) {
            w.println("epoch_second,ok,failed,max_sched_latency_ms,over_target");
            new TreeMap<>(TIMELINE).forEach((k, v) -> w.println((runStartEpochMs / 1000 + k) + "," + v[0] + "," + v[1] + "," + v[2] + "," + v[3]));
        }
        System.out.print(table);
    }

    static long fileSize(String f) {
        try {
            return Files.size(Path.of(f));
        } catch (IOException e) {
            return 0; // not written yet
        }
    }

    /** GC pauses logged (-Xlog:gc) after the given offset: {count, total ms, longest ms}; null without the file. */
    static double[] gcPauses(String f, long from) {
        double[] r = new double[3];
        byte[] all;
        try {
            all = Files.readAllBytes(Path.of(f));
        } catch (IOException e) {
            return null;
        }
        if (from > all.length) {
            from = 0;
        }
        java.util.regex.Pattern pause = java.util.regex.Pattern.compile("Pause.*?([0-9.]+)ms\\s*$");
        for (String line : new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8).split("\n")) {
            var m = pause.matcher(line);
            if (m.find()) {
                double ms = Double.parseDouble(m.group(1));
                r[0]++;
                r[1] += ms;
                r[2] = Math.max(r[2], ms);
            }
        }
        return r;
    }

    /** The driver's own collections so far: {count, milliseconds}. */
    static long[] driverGc() {
        long n = 0, ms = 0;
        for (var g : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, g.getCollectionCount());
            ms += Math.max(0, g.getCollectionTime());
        }
        return new long[] {n, ms};
    }

    // ------------------------------------------------------------------ learners and flows

    static final class Learner {
        final String user;
        final String token;
        volatile long attemptId;
        volatile List<Map<String, Object>> questions = List.of();

        Learner(String user, String token) {
            this.user = user;
            this.token = token;
        }
    }

    static List<Learner> learners(String prefix, int n) throws Exception {
        List<Learner> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String user = prefix.substring("bench-".length()) + String.format("%04d", i);
            list.add(new Learner(user, token(user)));
        }
        return list;
    }

    /** Start, GET, 20 saves at fixed times, submit (after its time and once every save has settled). */
    static CompletableFuture<Void> learnerFlow(String phase, Learner l, long t0, long getDelay, long interval) {
        long tGet = t0 + getDelay;
        long tSave = tGet + interval;
        long tSubmit = tSave + 2L * QUESTIONS_SAVED * interval;
        return startAndGet(phase, l, t0, tGet).thenCompose(x -> {
            List<CompletableFuture<Void>> saves = new ArrayList<>();
            for (int k = 0; k < 2 * QUESTIONS_SAVED; k++) {
                saves.add(save(phase + ".save", l, k % QUESTIONS_SAVED, k / QUESTIONS_SAVED, tSave + k * interval));
            }
            return CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new));
        }).thenCompose(x -> submit(phase, l, tSubmit)).exceptionally(e -> {
            FAILED_FLOWS.incrementAndGet();
            NOTES.add(l.user + ": flow stopped: " + rootMessage(e));
            return null;
        });
    }

    static CompletableFuture<Void> startAndGet(String phase, Learner l, long tStart, long tGet) {
        return call(phase + ".start", () -> post("/api/v1/courses/" + opt("course") + "/quiz/attempts", l.token), tStart)
                .thenCompose(r -> {
                    l.attemptId = ((Number) ((Map<?, ?>) Json.parse(r.body())).get("id")).longValue();
                    return call(phase + ".get", () -> get("/api/v1/quiz-attempts/" + l.attemptId, l.token), tGet);
                }).thenAccept(r -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> qs = (List<Map<String, Object>>) ((Map<?, ?>) Json.parse(r.body())).get("questions");
                    l.questions = qs;
                });
    }

    static CompletableFuture<Void> submit(String phase, Learner l, long t) {
        return call(phase + ".submit", () -> post("/api/v1/quiz-attempts/" + l.attemptId + "/submit", l.token), t)
                .thenAccept(r -> {
                    Object state = ((Map<?, ?>) Json.parse(r.body())).get("state");
                    SUBMITTED.add(l.attemptId + "," + state + "," + phase);
                });
    }

    /** One save; completes normally either way (failures are counted), so a learner goes on like the page does. */
    static CompletableFuture<Void> save(String name, Learner l, int qIndex, int variant, long t) {
        Map<String, Object> q = l.questions.get(qIndex % l.questions.size());
        String ref = (String) q.get("ref");
        String body = answer(q, variant);
        return call(name, () -> put("/api/v1/quiz-attempts/" + l.attemptId + "/answers/" + ref, l.token, body), t)
                .thenAccept(r -> {
                    long rev = ((Number) ((Map<?, ?>) Json.parse(r.body())).get("revision")).longValue();
                    ACKED.add(l.attemptId + "," + ref.substring(1) + "," + rev + "," + name);
                }).exceptionally(e -> null);
    }

    /** A valid answer for the question; variant 0 is the first choice, variant 1 a change of mind. */
    @SuppressWarnings("unchecked")
    static String answer(Map<String, Object> q, int v) {
        String type = (String) q.get("type");
        List<Map<String, Object>> options = (List<Map<String, Object>>) q.getOrDefault("options", List.of());
        switch (type) {
            case "SINGLE_CHOICE":
                return "{\"choices\":[" + Json.str((String) options.get(v % options.size()).get("id")) + "]}";
            case "MULTIPLE_RESPONSE": {
                List<String> ids = new ArrayList<>();
                for (int i = v; i < options.size() && ids.size() < 2; i += 1) {
                    ids.add(Json.str((String) options.get(i).get("id")));
                }
                return "{\"choices\":[" + String.join(",", ids) + "]}";
            }
            case "TRUE_FALSE":
                return "{\"truth\":" + (v == 0) + "}";
            case "NUMERIC":
                return "{\"text\":\"" + (42 + v) + "\"}";
            case "MATCHING": {
                List<String> prompts = (List<String>) q.get("prompts");
                List<String> answers = (List<String>) q.get("matchAnswers");
                StringBuilder sb = new StringBuilder("{\"matches\":{");
                for (int i = 0; i < prompts.size(); i++) {
                    sb.append(i == 0 ? "" : ",").append('"').append(i).append("\":")
                            .append(Json.str(answers.get((i + v) % answers.size())));
                }
                return sb.append("}}").toString();
            }
            default: // SHORT_ANSWER, ESSAY
                return "{\"text\":" + Json.str(v == 0 ? "jawaban pertama" : "jawaban kedua, setelah berpikir ulang") + "}";
        }
    }

    static void startAll(String phase, List<Learner> ls, double rate) {
        List<CompletableFuture<Void>> fs = new ArrayList<>();
        long t0 = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < ls.size(); i++) {
            long t = t0 + (long) (i * 1e9 / rate);
            fs.add(startAndGet(phase, ls.get(i), t, t).exceptionally(e -> {
                FAILED_FLOWS.incrementAndGet();
                return null;
            }));
        }
        CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).join();
    }

    static void submitAll(String phase, List<Learner> ls, double rate) {
        List<CompletableFuture<Void>> fs = new ArrayList<>();
        long t0 = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < ls.size(); i++) {
            Learner l = ls.get(i);
            if (l.attemptId > 0) {
                fs.add(submit(phase, l, t0 + (long) (i * 1e9 / rate)).exceptionally(e -> null));
            }
        }
        CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).join();
    }

    /** Saves at a fixed rate, round robin over the learners' open attempts and their questions. */
    static void paceSaves(String name, List<Learner> ls, double rate, double seconds) {
        List<Learner> open = ls.stream().filter(l -> l.attemptId > 0 && !l.questions.isEmpty()).toList();
        int n = open.size();
        if (n == 0) {
            NOTES.add(name + " skipped: no open attempt to save answers to");
            return;
        }
        pace(name, rate, seconds, (i, t) -> save(name, open.get(i % n), (i / n) % QUESTIONS_SAVED, (i / (n * QUESTIONS_SAVED)) % 2, t));
    }

    /**
     * Runs hook commands one after the other, each its own phase in the CPU table. The spec is "label::command" items
     * separated by "|||" (a command without a label is labelled by itself).
     */
    static CpuSnap hooks(String spec, Path log, CpuSnap c) {
        for (String item : spec.split("\\|\\|\\|")) {
            if (item.isBlank()) {
                continue;
            }
            int sep = item.indexOf("::");
            String label = sep < 0 ? item.strip() : item.substring(0, sep).strip();
            String cmd = sep < 0 ? item : item.substring(sep + 2);
            log("running: %s", cmd.strip());
            int rc = runCommand(cmd, log);
            if (rc != 0) {
                NOTES.add("command exited with " + rc + ": " + cmd.strip());
            }
            c = phase(label, c);
        }
        return c;
    }

    /** The open attempts as "attempt TAB question ref TAB token TAB answer JSON" lines, for wrk (src/bench/save.lua). */
    static void writeOpenAttempts(Path file, List<Learner> ls) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int k = 0; k < QUESTIONS_SAVED; k++) {
                for (Learner l : ls) {
                    if (l.attemptId > 0 && k < l.questions.size()) {
                        Map<String, Object> q = l.questions.get(k);
                        w.println(l.attemptId + "\t" + q.get("ref") + "\t" + l.token + "\t" + answer(q, k % 2));
                    }
                }
            }
        }
    }

    interface Fire {
        CompletableFuture<?> fire(int i, long scheduled);
    }

    /** Fires requests at a fixed rate from one pacing thread and waits until all have settled. */
    static void pace(String name, double rate, double seconds, Fire fire) {
        int total = (int) Math.round(rate * seconds);
        List<CompletableFuture<?>> fs = new ArrayList<>(total);
        long t0 = System.nanoTime() + 20_000_000L;
        for (int i = 0; i < total; i++) {
            long t = t0 + (long) (i * 1e9 / rate);
            long wait;
            while ((wait = t - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (IN_FLIGHT.get() > optInt("max-in-flight")) { // the app has fallen far behind: stop before it runs out of memory
                stats(name).notSent(total - i);
                NOTES.add(String.format(Locale.ROOT, "%s: stopped sending after %d of %d requests, %d were in flight", name, i, total, IN_FLIGHT.get()));
                break;
            }
            fs.add(fire.fire(i, t).exceptionally(e -> null));
        }
        CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).join();
    }

    // ------------------------------------------------------------------ HTTP with scheduled times and retries

    /** A request ready to write: its bytes, built once (a retry resends the same bytes). */
    record Req(byte[] bytes) {
    }

    /** A response: status and body (UTF-8). */
    record Resp(int status, String body) {
    }

    static byte[] request(String method, String path, String token, String json) {
        StringBuilder b = new StringBuilder(512).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(HOST).append("\r\n");
        if (token != null) {
            b.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        for (String h : opt("header").split("\\|")) {
            if (!h.isBlank()) {
                b.append(h.strip()).append("\r\n");
            }
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        if (!method.equals("GET")) {
            b.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        byte[] head = b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        return concat(head, body);
    }

    static Req get(String path, String token) {
        return new Req(request("GET", path, token, null));
    }

    static Req post(String path, String token) {
        return new Req(request("POST", path, token, null));
    }

    static Req put(String path, String token, String json) {
        return new Req(request("PUT", path, token, json));
    }

    static Stats stats(String name) {
        return STATS.computeIfAbsent(name, k -> {
            synchronized (STAT_ORDER) {
                STAT_ORDER.add(k);
            }
            return new Stats(k);
        });
    }

    /** Sends at the scheduled time (now if it has passed); completes with the 2xx answer or fails after the retries. */
    static CompletableFuture<Resp> call(String name, Supplier<Req> request, long scheduled) {
        CompletableFuture<Resp> result = new CompletableFuture<>();
        Stats st = stats(name);
        st.scheduled(scheduled);
        HTTP.at(scheduled, () -> attempt(st, request.get(), scheduled, 0, result));
        return result;
    }

    static void attempt(Stats st, Req request, long scheduled, int tryNo, CompletableFuture<Resp> result) {
        long sent = System.nanoTime();
        if (tryNo == 0) {
            st.sent(scheduled, sent);
        }
        st.inFlight(IN_FLIGHT.incrementAndGet());
        HTTP.send(request, (r, failure) -> {
            long done = System.nanoTime();
            IN_FLIGHT.decrementAndGet();
            int status = r == null ? 0 : r.status();
            String code = r == null ? failure : String.valueOf(status);
            boolean ok = status / 100 == 2;
            st.tried(code, ok, scheduled, sent, done);
            timeline(done, ok, done - scheduled);
            if (ok) {
                result.complete(r);
                return;
            }
            boolean retryable = r == null || status >= 500 || status == 429;
            if (retryable && tryNo < st.maxRetries) {
                st.retry();
                long backoff = Math.min(4000, optInt("retry-backoff-ms") * (1L << tryNo));
                HTTP.at(done + backoff * 1_000_000L, () -> attempt(st, request, scheduled, tryNo + 1, result));
            } else {
                st.gaveUp(code);
                String detail = r == null ? failure : abbreviate(r.body());
                if (st.gaveUpSamples.size() < 3) {
                    st.gaveUpSamples.add(code + " " + detail);
                }
                result.completeExceptionally(new IllegalStateException(st.name + " failed: " + code + " " + detail));
            }
        });
    }

    static void timeline(long done, boolean ok, long latency) {
        long sec = (done - runStart) / 1_000_000_000L;
        long[] b = TIMELINE.computeIfAbsent(sec, k -> new long[4]);
        synchronized (b) {
            b[ok ? 0 : 1]++;
            b[2] = Math.max(b[2], latency / 1_000_000L);
            b[3] += ok && latency > TARGET_NANOS ? 1 : 0; // probe mode: answers slower than --target-p99-ms
        }
    }

    interface Done {
        /** Either a response, or null and the failure: "timeout", "connect-error" or "io-error". */
        void done(Resp response, String failure);
    }

    /**
     * A small HTTP/1.1 client on one thread: a selector, a timer queue and persistent connections, one request at a
     * time per connection (no pipelining), a new connection when none is free (up to max-connections; beyond that a
     * request waits for one, its wait counted in its latency). Everything the driver does after a response runs on
     * this thread too, so there are no hand-offs. (java.net.http.HttpClient cost about 0.65 ms of CPU per request
     * here, a third of the machine at 1,000 requests/s; this costs a small fraction of that.)
     */
    static final class Loop implements Runnable {
        final InetSocketAddress address;
        final Selector selector;
        final Thread thread;
        final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
        final PriorityQueue<Timed> timers = new PriorityQueue<>();
        final ArrayDeque<Conn> idle = new ArrayDeque<>();
        final ArrayDeque<Object[]> waiting = new ArrayDeque<>();
        final java.util.Set<Conn> busy = new java.util.HashSet<>();
        final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
        final int maxConnections;
        final long timeoutNanos;
        volatile int open; // connections open (read by probe mode's report)
        long seq;
        long lastTimeoutScan;

        record Timed(long at, long seq, Runnable task) implements Comparable<Timed> {
            public int compareTo(Timed o) {
                return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
            }
        }

        final class Conn {
            final SocketChannel channel;
            final SelectionKey key;
            ByteBuffer out;
            Done done;
            long deadline;
            byte[] in = new byte[8192];
            int inLength;
            boolean connected;

            Conn() throws IOException {
                channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                connected = channel.connect(address);
                key = channel.register(selector, connected ? 0 : SelectionKey.OP_CONNECT, this);
            }
        }

        Loop(URI base, int maxConnections, long timeoutNanos) throws IOException {
            this.address = new InetSocketAddress(base.getHost(), base.getPort());
            this.maxConnections = maxConnections;
            this.timeoutNanos = timeoutNanos;
            this.selector = Selector.open();
            this.thread = new Thread(this, "http-loop");
            this.thread.setDaemon(true);
            this.thread.start();
        }

        /** Runs the task on the loop thread at the given System.nanoTime() (at once if that has passed). */
        void at(long nanoTime, Runnable task) {
            if (Thread.currentThread() == thread) {
                timers.add(new Timed(nanoTime, seq++, task));
            } else {
                inbox.add(() -> timers.add(new Timed(nanoTime, seq++, task)));
                selector.wakeup();
            }
        }

        /** On the loop thread: writes the request on a free connection, or queues it until one is free. */
        void send(Req req, Done done) {
            Conn c = idle.pollLast();
            if (c == null && open < maxConnections) {
                try {
                    c = new Conn();
                    open++;
                } catch (IOException e) {
                    done.done(null, "connect-error");
                    return;
                }
            }
            if (c == null) {
                waiting.add(new Object[] {req, done});
                return;
            }
            start(c, req, done);
        }

        void start(Conn c, Req req, Done done) {
            c.out = ByteBuffer.wrap(req.bytes());
            c.done = done;
            c.inLength = 0;
            c.deadline = System.nanoTime() + timeoutNanos;
            busy.add(c);
            if (c.connected) {
                write(c);
            }
        }

        void write(Conn c) {
            try {
                c.channel.write(c.out);
                c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            } catch (IOException e) {
                fail(c, "io-error");
            }
        }

        void fail(Conn c, String failure) {
            Done d = c.done;
            close(c);
            if (d != null) {
                d.done(null, failure);
            }
            next();
        }

        void close(Conn c) {
            busy.remove(c);
            idle.remove(c);
            c.done = null;
            c.key.cancel();
            try {
                c.channel.close();
            } catch (IOException e) {
                // closing anyway
            }
            open--;
        }

        /** A connection became free or was closed: start a waiting request. */
        void next() {
            while (!waiting.isEmpty() && (!idle.isEmpty() || open < maxConnections)) {
                Object[] w = waiting.poll();
                send((Req) w[0], (Done) w[1]);
            }
        }

        void read(Conn c) {
            try {
                while (true) {
                    readBuffer.clear();
                    int n = c.channel.read(readBuffer);
                    if (n < 0) {
                        if (c.done == null) { // an idle connection closed by the server
                            close(c);
                        } else {
                            fail(c, "io-error");
                        }
                        return;
                    }
                    if (n == 0) {
                        break;
                    }
                    if (c.inLength + n > c.in.length) {
                        c.in = Arrays.copyOf(c.in, Math.max(c.in.length * 2, c.inLength + n));
                    }
                    readBuffer.flip();
                    readBuffer.get(c.in, c.inLength, n);
                    c.inLength += n;
                }
            } catch (IOException e) {
                fail(c, "io-error");
                return;
            }
            if (c.done == null) {
                return;
            }
            Object[] parsed = parse(c.in, c.inLength);
            if (parsed == null) {
                return; // not complete yet
            }
            Done d = c.done;
            c.done = null;
            busy.remove(c);
            if ((Boolean) parsed[2]) {
                close(c);
            } else {
                c.key.interestOps(SelectionKey.OP_READ); // notice a close while idle
                idle.add(c);
            }
            d.done(new Resp((Integer) parsed[0], (String) parsed[1]), null);
            next();
        }

        /** A complete response as {status, body, close?}, or null if more bytes are needed. */
        static Object[] parse(byte[] b, int n) {
            int headEnd = -1;
            for (int i = 3; i < n; i++) {
                if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                    headEnd = i + 1;
                    break;
                }
            }
            if (headEnd < 0) {
                return null;
            }
            String head = new String(b, 0, headEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (!chunked) {
                long len = Math.max(0, length);
                if (n - headEnd < len) {
                    return null;
                }
                return new Object[] {status, new String(b, headEnd, (int) len, StandardCharsets.UTF_8), close};
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int p = headEnd;
            while (true) {
                int lineEnd = -1;
                for (int i = p + 1; i < n; i++) {
                    if (b[i] == '\n' && b[i - 1] == '\r') {
                        lineEnd = i - 1;
                        break;
                    }
                }
                if (lineEnd < 0) {
                    return null;
                }
                String size = new String(b, p, lineEnd - p, StandardCharsets.ISO_8859_1);
                int semi = size.indexOf(';');
                int chunk = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                p = lineEnd + 2;
                if (chunk == 0) {
                    // trailers end with an empty line
                    if (n - p < 2) {
                        return null;
                    }
                    return new Object[] {status, body.toString(StandardCharsets.UTF_8), close};
                }
                if (n - p < chunk + 2) {
                    return null;
                }
                body.write(b, p, chunk);
                p += chunk + 2;
            }
        }

        @Override
        public void run() {
            while (true) {
                try {
                    Runnable r;
                    while ((r = inbox.poll()) != null) {
                        r.run();
                    }
                    long now = System.nanoTime();
                    Timed t;
                    while ((t = timers.peek()) != null && t.at() <= now) {
                        timers.poll().task().run();
                    }
                    if (now - lastTimeoutScan > 50_000_000L) {
                        lastTimeoutScan = now;
                        for (Conn c : new ArrayList<>(busy)) {
                            if (c.done != null && now > c.deadline) {
                                fail(c, c.connected ? "timeout" : "connect-error");
                            }
                        }
                    }
                    t = timers.peek();
                    long waitMs = t == null ? 50 : Math.min(50, (t.at() - System.nanoTime()) / 1_000_000L);
                    if (!inbox.isEmpty()) {
                        waitMs = 0;
                    }
                    if (waitMs <= 0) {
                        selector.selectNow();
                    } else {
                        selector.select(waitMs);
                    }
                    var keys = selector.selectedKeys();
                    for (SelectionKey k : keys) {
                        Conn c = (Conn) k.attachment();
                        if (!k.isValid()) {
                            continue;
                        }
                        if (k.isConnectable()) {
                            try {
                                c.channel.finishConnect();
                                c.connected = true;
                                if (c.done != null) {
                                    write(c);
                                } else {
                                    k.interestOps(SelectionKey.OP_READ);
                                }
                            } catch (IOException e) {
                                fail(c, "connect-error");
                            }
                        } else if (k.isWritable()) {
                            write(c);
                        } else if (k.isReadable()) {
                            read(c);
                        }
                    }
                    keys.clear();
                } catch (Throwable e) {
                    NOTES.add("http loop: " + rootMessage(e));
                    log("http loop: %s", rootMessage(e));
                }
            }
        }
    }

    // ------------------------------------------------------------------ statistics

    static final class LongList {
        long[] a = new long[1024];
        int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] sorted() {
            long[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            return s;
        }
    }

    static final class Stats {
        final String name;
        final LongList sched = new LongList();
        final LongList service = new LongList();
        final LongList lag = new LongList(); // first send - scheduled time: the driver's own lateness
        final TreeMap<String, Integer> codes = new TreeMap<>();
        final TreeMap<String, Integer> gaveUpCodes = new TreeMap<>();
        final List<String> gaveUpSamples = new ArrayList<>();
        int scheduledCount, ok, failedTries, retries, gaveUp, maxInFlight, notSent;
        final int maxRetries;
        long firstScheduled = Long.MAX_VALUE, lastDone = Long.MIN_VALUE, firstSent = Long.MAX_VALUE, lastSent = Long.MIN_VALUE;
        int sentCount;

        Stats(String name) {
            this.name = name;
            // fixed-rate probes and saturation steps measure capacity: a retry would add load the schedule did not offer
            this.maxRetries = name.startsWith("probe.") || name.startsWith("sat.save@") ? 0 : optInt("retries");
        }

        synchronized void notSent(int n) {
            notSent += n;
        }

        synchronized void sent(long scheduled, long sent) {
            sentCount++;
            firstSent = Math.min(firstSent, sent);
            lastSent = Math.max(lastSent, sent);
            lag.add(sent - scheduled);
        }

        synchronized void scheduled(long t) {
            scheduledCount++;
            firstScheduled = Math.min(firstScheduled, t);
        }

        synchronized void tried(String code, boolean success, long scheduled, long sent, long done) {
            codes.merge(code, 1, Integer::sum);
            lastDone = Math.max(lastDone, done);
            if (success) {
                ok++;
                sched.add(done - scheduled);
                service.add(done - sent);
            } else {
                failedTries++;
            }
        }

        synchronized void inFlight(int n) {
            maxInFlight = Math.max(maxInFlight, n);
        }

        synchronized void retry() {
            retries++;
        }

        synchronized void gaveUp(String code) {
            gaveUp++;
            gaveUpCodes.merge(code, 1, Integer::sum);
        }

        double seconds() {
            return lastDone > firstScheduled ? (lastDone - firstScheduled) / 1e9 : 0;
        }

        double throughput() {
            double s = seconds();
            return s > 0 ? ok / s : 0;
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    // ------------------------------------------------------------------ CPU per phase (Linux /proc)

    record CpuSnap(long at, long busy, long total, long self, long app, long postgres) {
        static CpuSnap take() {
            long busy = 0, total = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += v;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: CPU columns stay empty
            }
            long pg = postgresTicks();
            long app = optInt("app-pid") > 0 ? ticks(readStat(Path.of("/proc/" + opt("app-pid"))), false) : 0;
            return new CpuSnap(System.nanoTime(), busy, total, ticks(readStat(Path.of("/proc/self")), false), app, pg);
        }

        /**
         * The benchmark's PostgreSQL: the postmaster (from its pid file, read each time as a restart changes it), its
         * background processes, and the backends of the benchmark's database; backends of other databases on a shared
         * server are left out. Without a pid file: every process called postgres.
         */
        static long postgresTicks() {
            long postmaster = -1;
            if (!opt("pg-pidfile").isBlank()) {
                try {
                    postmaster = Long.parseLong(Files.readAllLines(Path.of(opt("pg-pidfile"))).get(0).trim());
                } catch (IOException | RuntimeException e) {
                    return 0; // between stop and start
                }
            }
            long sum = 0;
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path d : (Iterable<Path>) dirs::iterator) {
                    String name = d.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String stat = readStat(d);
                    if (stat == null || !stat.contains("(postgres)")) {
                        continue;
                    }
                    if (postmaster < 0) {
                        sum += ticks(stat, true);
                        continue;
                    }
                    long pid = Long.parseLong(name);
                    long ppid = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
                    if (pid == postmaster) {
                        sum += ticks(stat, false);
                    } else if (ppid == postmaster) {
                        String cmd = "";
                        try {
                            cmd = Files.readString(d.resolve("cmdline")).replace('\0', ' ');
                        } catch (IOException e) {
                            // gone
                        }
                        boolean backend = cmd.matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+\\(\\d+\\).*") || cmd.contains("[local]");
                        if (!backend || cmd.contains(" " + opt("pg-db") + " ")) {
                            sum += ticks(stat, false);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return sum;
        }

        static String readStat(Path dir) {
            try {
                return Files.readString(dir.resolve("stat"));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** utime + stime (+ children's, which keeps ended PostgreSQL backends counted under the postmaster). */
        static long ticks(String stat, boolean children) {
            if (stat == null) {
                return 0;
            }
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return children ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        }
    }

    static CpuSnap phase(String name, CpuSnap from) {
        CpuSnap to = CpuSnap.take();
        double hz = 100.0; // USER_HZ on Linux
        double wall = (to.at - from.at) / 1e9;
        double total = to.total - from.total;
        long pg = to.postgres - from.postgres; // negative when PostgreSQL restarted (its new processes start from zero)
        PHASES.add(new String[] {name, fmt1(wall),
                total > 0 ? fmt0(100.0 * (to.busy - from.busy) / total) : "",
                fmt1((to.app - from.app) / hz), pg < 0 ? "n/a" : fmt1(pg / hz), fmt1((to.self - from.self) / hz),
                fmt1(Math.max(0, (to.busy - from.busy) - (to.app - from.app) - Math.max(0, pg) - (to.self - from.self)) / hz)});
        log("phase done: %s (%.1fs)", name, wall);
        return to;
    }

    // ------------------------------------------------------------------ output

    static void write(Path out) throws IOException {
        List<String> names;
        synchronized (STAT_ORDER) {
            names = new ArrayList<>(STAT_ORDER);
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-22s %7s %6s %5s %5s %8s %6s | %-33s | %-15s | %s%n", "endpoint", "ok", "gaveup", "fail",
                "retry", "req/s", "inflt", "from scheduled time p50/p90/p99/max ms", "service p50/p99", "status counts (per try)"));
        StringBuilder json = new StringBuilder("{\n  \"label\": " + Json.str(opt("label")) + ",\n  \"options\": {");
        int oi = 0;
        for (var e : OPT.entrySet()) {
            if (!e.getKey().equals("key")) {
                json.append(oi++ == 0 ? "" : ", ").append(Json.str(e.getKey())).append(": ").append(Json.str(e.getValue()));
            }
        }
        json.append("},\n  \"endpoints\": [\n");
        int ji = 0;
        for (String n : names) {
            Stats s = STATS.get(n);
            long[] a, b;
            synchronized (s) {
                a = s.sched.sorted();
                b = s.service.sorted();
            }
            if (!n.startsWith("warmup.")) {
                table.append(String.format(Locale.ROOT, "%-22s %7d %6d %5d %5d %8.1f %6d | %7.1f %7.1f %7.1f %8.1f | %7.1f %7.1f | %s%n", n, s.ok,
                        s.gaveUp, s.failedTries, s.retries, s.throughput(), s.maxInFlight, pct(a, 50), pct(a, 90), pct(a, 99), pct(a, 100),
                        pct(b, 50), pct(b, 99), s.codes));
            }
            json.append(ji++ == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"name\": %s, \"scheduled\": %d, \"ok\": %d, \"gaveUp\": %d, \"failedTries\": %d, \"retries\": %d, \"maxInFlight\": %d, \"notSent\": %d, "
                            + "\"seconds\": %.3f, \"throughput\": %.1f, \"schedMs\": {\"p50\": %.2f, \"p90\": %.2f, \"p99\": %.2f, \"p999\": %.2f, \"max\": %.2f}, "
                            + "\"serviceMs\": {\"p50\": %.2f, \"p90\": %.2f, \"p99\": %.2f, \"p999\": %.2f, \"max\": %.2f}, \"codes\": %s, \"gaveUpCodes\": %s}",
                    Json.str(n), s.scheduledCount, s.ok, s.gaveUp, s.failedTries, s.retries, s.maxInFlight, s.notSent, s.seconds(), s.throughput(),
                    pct(a, 50), pct(a, 90), pct(a, 99), pct(a, 99.9), pct(a, 100), pct(b, 50), pct(b, 90), pct(b, 99), pct(b, 99.9), pct(b, 100),
                    Json.map(s.codes), Json.map(s.gaveUpCodes)));
        }
        json.append("\n  ],\n  \"phases\": [\n");
        StringBuilder phases = new StringBuilder(String.format(Locale.ROOT, "%-36s %7s %6s %8s %9s %8s %8s%n", "phase", "wall s",
                "busy%", "app cpu", "postgres", "driver", "other"));
        for (int i = 0; i < PHASES.size(); i++) {
            String[] p = PHASES.get(i);
            phases.append(String.format(Locale.ROOT, "%-36s %7s %6s %8s %9s %8s %8s%n", (Object[]) p));
            json.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"phase\": %s, \"wallSeconds\": %s, \"machineBusyPercent\": %s, \"appCpuSeconds\": %s, \"postgresCpuSeconds\": %s, \"driverCpuSeconds\": %s, \"otherCpuSeconds\": %s}",
                    Json.str(p[0]), p[1], p[2].isEmpty() ? "null" : p[2], p[3], p[4].equals("n/a") ? "null" : p[4], p[5], p[6]));
        }
        json.append("\n  ],\n  \"failedFlows\": ").append(FAILED_FLOWS.get())
                .append(",\n  \"acked\": ").append(ACKED.size())
                .append(",\n  \"submitted\": ").append(SUBMITTED.size())
                .append(",\n  \"notes\": [").append(String.join(", ", NOTES.stream().map(Json::str).toList())).append("]\n}\n");
        Files.writeString(out.resolve("quiz-results.json"), json);

        StringBuilder summary = new StringBuilder();
        summary.append("Per endpoint (warm-up left out; latency of successful requests; 'fail' = tries that failed, 'gaveup' = requests that\n"
                + "failed after every retry; req/s = answered per second from first scheduled send to last answer; inflt = most requests of\n"
                + "the driver in flight at once, when one of this endpoint's was sent):\n");
        summary.append(table).append('\n');
        summary.append("CPU seconds per phase (2 cores = 200% of wall time; 'postgres' = the benchmark database's backends and the server's\n"
                + "background processes; 'other' = everything else on the machine, wrk included):\n");
        summary.append(phases).append('\n');
        summary.append("learner flows stopped by a failed start/get/submit: ").append(FAILED_FLOWS.get()).append('\n');
        summary.append("saves acknowledged (200): ").append(ACKED.size()).append("; submits acknowledged: ").append(SUBMITTED.size()).append('\n');
        for (String n : names) {
            Stats s = STATS.get(n);
            for (String sample : s.gaveUpSamples) {
                summary.append("gave up on ").append(n).append(": ").append(sample).append('\n');
            }
        }
        for (String note : NOTES) {
            summary.append(note).append('\n');
        }
        Files.writeString(out.resolve("quiz-driver-summary.txt"), summary);

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("quiz-acked.csv")))) {
            w.println("attempt_id,question_id,revision,endpoint");
            ACKED.forEach(w::println);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("quiz-submitted.csv")))) {
            w.println("attempt_id,state,phase");
            SUBMITTED.forEach(w::println);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("quiz-timeline.csv")))) {
            w.println("second,ok,failed_tries,max_sched_latency_ms");
            new TreeMap<>(TIMELINE).forEach((k, v) -> w.println(k + "," + v[0] + "," + v[1] + "," + v[2]));
        }
        System.out.print(summary);
    }

    // ------------------------------------------------------------------ tokens (RS256, like mock_oidc.py's access token)

    static String token(String user) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        String claims = "{\"iss\":" + Json.str(opt("issuer")) + ",\"sub\":" + Json.str("bench-" + user) + ",\"iat\":" + now
                + ",\"exp\":" + (now + 8 * 3600) + ",\"name\":" + Json.str("Bench " + user) + ",\"preferred_username\":" + Json.str(user)
                + ",\"email\":" + Json.str(user + "@bench.local") + ",\"realm_access\":{\"roles\":[\"peserta\"]},\"aud\":\"gcio-academy\",\"typ\":\"Bearer\"}";
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature sig = Signature.getInstance("SHA256withRSA");
        sig.initSign(key);
        sig.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(sig.sign());
    }

    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** An RSA private key from PEM: PKCS#8 ("PRIVATE KEY", OpenSSL 3's genrsa) or PKCS#1 ("RSA PRIVATE KEY", older). */
    static PrivateKey readKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        boolean pkcs1 = text.contains("BEGIN RSA PRIVATE KEY");
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        if (pkcs1) { // wrap: SEQUENCE { INTEGER 0, SEQUENCE { rsaEncryption OID, NULL }, OCTET STRING pkcs1 }
            byte[] algId = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
            byte[] octet = tlv(0x04, der);
            byte[] body = concat(new byte[] {0x02, 0x01, 0x00}, algId, octet);
            der = tlv(0x30, body);
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    static byte[] tlv(int tag, byte[] v) {
        byte[] len = v.length < 128 ? new byte[] {(byte) v.length}
                : v.length < 256 ? new byte[] {(byte) 0x81, (byte) v.length}
                : new byte[] {(byte) 0x82, (byte) (v.length >> 8), (byte) v.length};
        return concat(new byte[] {(byte) tag}, len, v);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] r = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, r, o, p.length);
            o += p.length;
        }
        return r;
    }

    // ------------------------------------------------------------------ small helpers

    static int runCommand(String cmd, Path log) {
        try {
            Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return p.waitFor();
        } catch (IOException | InterruptedException e) {
            NOTES.add("command failed: " + cmd + ": " + e);
            return -1;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t != t.getCause()) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    static String abbreviate(String s) {
        s = s == null ? "" : s.replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static String fmt0(double d) {
        return String.format(Locale.ROOT, "%.0f", d);
    }

    static String fmt1(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static void log(String f, Object... a) {
        System.err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - runStart) / 1e9, String.format(Locale.ROOT, f, a));
    }

    /** Just enough JSON: parse to Map/List/String/Double/Boolean/null, and quote strings. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json j = new Json(s);
            Object v = j.value();
            return v;
        }

        static String str(String v) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }

        static String map(Map<String, Integer> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(str(k)).append(": ").append(v));
            return b.append('}').toString();
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // :
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int st = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(st, i));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
