#!/usr/bin/env python3
"""Where the app's CPU time goes, from a flight recording (quiz-load.sh runs it when JFR=1).

Reads `jfr print --json` of jdk.ExecutionSample and jdk.GarbageCollection and prints: samples per thread kind, per
operation (a sample counts for every operation on its stack, so these overlap), per library (the first frame from the
top that is not in java.*/jdk.*/sun.*), and the hottest frames. Usage: jfr_hotspots.py RECORDING.jfr
"""
import collections, json, re, subprocess, sys

OPERATIONS = [  # (label, frame prefixes): a sample belongs to the operation if any frame starts with a prefix
    ("bearer token check (OIDC: parse + verify JWT)", ["io.quarkus.oidc.runtime.OidcIdentityProvider", "org.jose4j"]),
    ("  of which RSA signature verification", ["sun.security.rsa.RSASignature.engineVerify"]),
    ("OIDC code flow: session cookie (decrypt, verify the ID token)", ["io.quarkus.oidc.runtime.CodeAuthenticationMechanism"]),
    ("Qute page rendering", ["io.quarkus.qute"]),
    ("response compression (gzip)", ["io.netty.handler.codec.compression", "io.vertx.core.http.impl.HttpChunkContentCompressor"]),
    ("CurrentUser: find or create the user", ["id.gcio.academy.identity.CurrentUser.resolve"]),
    ("AttemptService.save", ["id.gcio.academy.quiz.AttemptService.save"]),
    ("AttemptService.start", ["id.gcio.academy.quiz.AttemptService.start"]),
    ("AttemptService.view", ["id.gcio.academy.quiz.AttemptService.view"]),
    ("AttemptService.submit", ["id.gcio.academy.quiz.AttemptService.submit"]),
    ("transaction begin/commit (Narayana)", ["com.arjuna", "io.quarkus.narayana"]),
    ("JDBC (pgjdbc)", ["org.postgresql"]),
    ("Hibernate ORM", ["org.hibernate.engine", "org.hibernate.internal", "org.hibernate.query", "org.hibernate.sql",
                       "org.hibernate.resource", "org.hibernate.event", "org.hibernate.persister", "org.hibernate.loader"]),
    ("JSON (Jackson)", ["com.fasterxml.jackson"]),
    ("Bean Validation", ["org.hibernate.validator"]),
    ("HTTP (Vert.x, Netty)", ["io.vertx", "io.netty"]),
    ("REST layer (RESTEasy Reactive)", ["org.jboss.resteasy.reactive"]),
    ("metrics (Micrometer)", ["io.micrometer"]),
    ("logging", ["org.jboss.logmanager", "org.jboss.logging"]),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def events(path, kind):
    out = subprocess.run(["jfr", "print", "--json", "--events", kind, path], check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def main(path):
    samples = events(path, "jdk.ExecutionSample")
    total = 0
    threads, ops, libs, top = (collections.Counter() for _ in range(4))
    truncated = 0
    for e in samples:
        st = e["values"].get("stackTrace")
        if not st:
            continue
        total += 1
        truncated += bool(st.get("truncated"))
        names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in st["frames"]]
        thread = (e["values"].get("sampledThread") or {}).get("javaName") or "?"
        threads[re.sub(r"[-\d]+$", "", thread)] += 1
        top[names[0]] += 1
        for label, prefixes in OPERATIONS:
            if any(n.startswith(p) for n in names for p in prefixes):
                ops[label] += 1
        lib = next((n for n in names if not n.startswith(JDK)), names[0])
        libs[".".join(lib.split(".")[:3])] += 1
    gc = events(path, "jdk.GarbageCollection")
    pauses = sum(parse_duration(g["values"]["sumOfPauses"]) for g in gc)
    longest = max((parse_duration(g["values"]["longestPause"]) for g in gc), default=0)
    if total == 0:
        print("no execution samples")
        return
    pct = lambda c: f"{c:6d} {100.0 * c / total:5.1f}%"
    print(f"{total} CPU samples of the app (Java code only; {truncated} stacks truncated); "
          f"GC: {len(gc)} collections, {pauses:.2f} s paused in total, longest pause {longest * 1000:.0f} ms")
    print("by thread:")
    for n, c in threads.most_common(5):
        print(f"  {pct(c)}  {n}")
    print("by operation (overlapping):")
    for label, _ in OPERATIONS:
        if ops[label]:
            print(f"  {pct(ops[label])}  {label}")
    print("by library (first non-JDK frame from the top):")
    for n, c in libs.most_common(14):
        print(f"  {pct(c)}  {n}")
    print("hottest frames:")
    for n, c in top.most_common(12):
        print(f"  {pct(c)}  {n}")


def parse_duration(v):
    """JFR JSON durations look like 'PT0.001234S' (ISO 8601) or a number of nanoseconds."""
    if isinstance(v, (int, float)):
        return v / 1e9
    m = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", v)
    return (int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + float(m.group(3) or 0)) if m else 0.0


if __name__ == "__main__":
    main(sys.argv[1])
