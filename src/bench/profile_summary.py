#!/usr/bin/env python3
"""Where the app's CPU went, from an async-profiler profile in collapsed form with per-thread roots.

    python3 src/bench/profile_summary.py target/bench/pages.collapsed

Prints the share of each thread group (request threads, the JIT compilers, GC), then, for the request threads, the
share of samples whose stack passes through each part of the stack (a sample can count for several) and the frames
that used the CPU themselves. Unlike JFR's execution samples, this sees native code (zlib compressing the pages,
libc writing to sockets), the JIT compiler threads, and how far the JIT has got: with async-profiler's "ann"
option a Java frame ends in _[0] when interpreted, _[1] when compiled by C1, _[j] by C2 and _[i] when inlined; the
share of samples whose own frame is interpreted or C1 code says how warm the app still is.
"""
import collections
import re
import sys

PARTS = [
    ("Qute page rendering", r"io/quarkus/qute/"),
    ("response compression (zlib)", r"libz\.so|Deflater|JdkZlibEncoder"),
    ("HTTP (Vert.x, Netty)", r"io/vertx/|io/netty/"),
    ("REST layer (Quarkus REST)", r"org/jboss/resteasy/reactive/"),
    ("Hibernate ORM", r"org/hibernate/"),
    ("JDBC (pgjdbc)", r"org/postgresql/"),
    ("connection pool (Agroal)", r"io/agroal/"),
    ("transactions (Narayana)", r"com/arjuna/|io/quarkus/narayana/"),
    ("OIDC session", r"io/quarkus/oidc/|SessionIdentityCache|SessionCookieCache"),
    ("CSRF", r"io/quarkus/csrf/"),
    ("metrics (Micrometer)", r"io/micrometer/"),
]
TIERS = {"_[0]": "interpreted", "_[1]": "C1-compiled", "_[j]": "C2-compiled", "_[i]": "inlined (C1 or C2)"}
REQUEST_THREADS = ("executor-thread", "vert.x-eventloop-thread")


def thread_group(root):
    name = root.strip("[]").split(" tid=")[0]
    return re.sub(r"[-#]?\d+$", "", name).strip()


def main(path):
    groups = collections.Counter()
    parts = collections.Counter()
    own = collections.Counter()
    tiers = collections.Counter()
    request = 0
    rules = [(label, re.compile(rx)) for label, rx in PARTS]
    with open(path, errors="replace") as f:
        for line in f:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not count.isdigit():
                continue
            n = int(count)
            frames = stack.split(";")
            group = thread_group(frames[0])
            groups[group] += n
            if not group.startswith(REQUEST_THREADS):
                continue
            request += n
            for label, rx in rules:
                if rx.search(stack):
                    parts[label] += n
            leaf = frames[-1]
            tiers[TIERS.get(leaf[-4:], "native or VM")] += n
            own[leaf] += n
    total = sum(groups.values())
    if total == 0:
        print("no samples")
        return
    print(f"{total} CPU samples (1 ms each); by thread group:")
    for group, n in groups.most_common(8):
        print(f"  {n:8d} {100 * n / total:5.1f} %  {group}")
    if request == 0:
        return
    print(f"request threads ({request} samples), by part of the stack (overlapping):")
    for label, n in parts.most_common():
        print(f"  {n:8d} {100 * n / request:5.1f} %  {label}")
    print("request threads, by the code of the frame using the CPU:")
    for tier, n in tiers.most_common():
        print(f"  {n:8d} {100 * n / request:5.1f} %  {tier}")
    print("request threads, frames using the CPU themselves:")
    for frame, n in own.most_common(15):
        print(f"  {n:8d} {100 * n / request:5.1f} %  {frame[:120]}")


if __name__ == "__main__":
    main(sys.argv[1])
