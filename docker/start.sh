#!/bin/sh
# Starts the academy (the image's command; src/bench/ starts the jar through it too).
#
# Class-data sharing: a start that finds an archive of this build's classes maps them instead of reading, parsing and
# verifying ~10,000 classes from the jars: on a 2-core machine ready in ~2.5 s instead of ~3.3 s on a restart, ~3.8 s
# instead of ~4.8 s on an empty database (docs/benchmark-2026-11-24.txt, session 17). The archive is made by the JVM
# itself: a start without one runs with -XX:ArchiveClassesAtExit and, when it stops (docker stop, SIGTERM), writes
# every class it loaded. This script then moves it into place, so the next start of the same build uses it.
# Java 17 archives the classes Quarkus' own class loader defines as well, and checks each one's size and CRC against
# the jar's when it is loaded, so an archive from other jars is never used for the wrong class. The archive's name
# carries a key of this build (the jars' names, sizes and times, the JVM and its options: an AOT cache made with other
# options, e.g. another garbage collector, is refused by the JVM), so a new image starts a new archive.
#
# On Java 25 and later (an image built with JRE_IMAGE=eclipse-temurin:25-jre) the archive is an AOT cache instead
# (JEP 483/514/515: -XX:AOTCacheOutput, then -XX:AOTCache), which keeps the classes loaded and linked and the
# methods' profiles too: restarts ready in 2.7-2.9 s instead of 2.9-3.2 s (docs/benchmark-2026-11-24.txt, session 19).
#
#   ACADEMY_CDS_DIR   where archives live (default $ACADEMY_HOME/cds; compose mounts a volume there). Not writable or
#                     not there: the academy runs without one. Empty: class-data sharing off.
#   ACADEMY_HOME      the fast-jar's directory (default /deployments)
#   JAVA_OPTS, JAVA_OPTS_APPEND   passed to java
set -eu
home=${ACADEMY_HOME:-/deployments}
dir=${ACADEMY_CDS_DIR-$home/cds}
java_bin=$(readlink -f "$(command -v java)")
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$java_bin")/../release" 2>/dev/null || true)
if [ "${major:-0}" -ge 25 ]; then
  # Netty's and Brotli4j's use of Unsafe and native code, allowed as on Java 17 (else a warning at every start)
  modern="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
  ext=aot use=-XX:AOTCache= make=-XX:AOTCacheOutput= quiet=-Xlog:aot=off,cds=off
  # writing an AOT cache of ~18,000 classes needs more class-metadata room than a small -XX:MaxMetaspaceSize leaves
  # ("Unable to allocate from 'ro' region" at 128m): the training run gets 512m, after JAVA_OPTS so that it wins
  room=-XX:MaxMetaspaceSize=512m
else
  modern= ext=jsa use=-XX:SharedArchiveFile= make=-XX:ArchiveClassesAtExit= quiet=-Xlog:cds=off room=
fi
run() { exec java $modern "$@" ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} -jar "$home/quarkus-run.jar"; }
[ -n "$dir" ] || run

key=$( (cd "$home" && find quarkus-run.jar lib app quarkus -type f -printf '%p %s %T@\n' | sort
        ls -lL "$java_bin" "$(dirname "$java_bin")/../lib/server/libjvm.so" 2>/dev/null || true
        echo "${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-}") | cksum | cut -d' ' -f1)
archive=$dir/academy-$key.$ext
[ -s "$archive" ] && run "$use$archive"
{ [ -d "$dir" ] && [ -w "$dir" ]; } || run

# No archive of this build yet: this run makes one when it stops. java runs as a child, so the archive can be moved
# into place after it has exited; SIGTERM and SIGINT are passed on to it.
partial=$dir/.academy-$key-$(cat /proc/sys/kernel/hostname)-$$.$ext
# a partial file is written in the seconds before a JVM exits: one older than 10 minutes is from a run killed meanwhile
find "$dir" -maxdepth 1 -name '.academy-*' -mmin +10 -delete 2>/dev/null || true
pid= stop=
trap 'stop=1; [ -z "$pid" ] || kill -TERM $pid 2>/dev/null || true' TERM INT
java $modern "$make$partial" $quiet ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} $room -jar "$home/quarkus-run.jar" &
pid=$!
[ -z "$stop" ] || kill -TERM $pid 2>/dev/null || true   # a stop that came before java had started
status=0
wait $pid || status=$?
# a trapped signal ends the first wait early: wait again for java's own end (and its exit status)
while kill -0 $pid 2>/dev/null; do wait $pid || status=$?; done
# 0: stopped by itself; 143/130: stopped by SIGTERM/SIGINT, after the JVM's exit hooks, which write the archive.
# Anything else (killed, crashed) may have left a partial file: it is dropped.
case $status in
  0|130|143)
    if [ -s "$partial" ]; then
      mv -f "$partial" "$archive"
      # archives of other builds are no use to this image; a running instance of one keeps its mapping
      find "$dir" -maxdepth 1 -name 'academy-*' ! -name "academy-$key.$ext" -delete 2>/dev/null || true
    fi ;;
esac
rm -f "$partial" "$partial.config"   # (an AOT training run's recording, when the cache could not be written)
exit $status
