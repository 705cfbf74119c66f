#!/bin/sh
# desconcentra: runs desconcentra.jar (beside this script) with the JVM settings that suit a short-lived command.
#
#  - the class-data-sharing archive desconcentra.jsa made for this jar by the build (StartupArchive), when it is
#    there and newer than the jar; otherwise the JVM starts without it, only slower;
#  - C1 compilation only (-XX:TieredStopAtLevel=1), except for `bench`, which measures steady-state speed and keeps
#    the JVM's defaults;
#  - for the commands that evaluate (run, evaluate, cost, plan, sensitivity, compare), the serial collector with a
#    64 MB young generation (-XX:+UseSerialGC -Xmn64m): under G1 the young generation of `run` grew to about 1.2 GB,
#    and first touching that memory cost some 3 s of system time (`run` on the reference 9.6 s with G1, 5.4 s with
#    these settings, docs/PERFORMANCE.md). The short commands keep G1: on JDK 17 only G1 maps the archive's heap
#    objects, and `summary` and `ideal` were measured 1.07 x slower with the serial collector;
#  - for the same commands, C1 inlining methods of up to 20 bytes instead of 35 (-XX:C1MaxInlineSize=20): C1 spends
#    less on compiling than the code it makes loses: `run` 0.98-0.99 x CPU, 0.98-1.00 x wall (five calls of 9 pairs,
#    1 December 2026; other C1 limits, thresholds and young generation sizes did not pay, docs/PERFORMANCE.md).
#
# JAVA_HOME chooses the JVM (default: java on the PATH); JAVA_OPTS adds JVM options after these (-Xmx1g,
# -XX:TieredStopAtLevel=4 to compile with C2 again, "-XX:-UseSerialGC -XX:+UseG1GC" to bring
# G1 back to the commands that evaluate).
# Plain `java -jar desconcentra.jar ...` runs the same commands with the same results.
set -f
self=$0
while [ -h "$self" ]; do
  link=$(readlink "$self") || break
  case $link in
    /*) self=$link ;;
    *) self=$(dirname "$self")/$link ;;
  esac
done
dir=$(cd "$(dirname "$self")" && pwd -P) || exit 2
jar=$dir/desconcentra.jar
archive=$dir/desconcentra.jsa
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

command=
for a in "$@"; do
  case $a in
    -*) ;;
    *) command=$a; break ;;
  esac
done

set -- $JAVA_OPTS -jar "$jar" "$@"
case $command in
  bench) ;;
  run|evaluate|cost|plan|sensitivity|compare)
    set -- -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20 -XX:+UseSerialGC -Xmn64m "$@" ;;
  *) set -- -XX:TieredStopAtLevel=1 "$@" ;;
esac
# The archive names the jar it was made for: a moved folder or a rebuilt jar would make the JVM drop class sharing
# altogether, the JDK's own archive included.
if [ -f "$archive" ] && [ -f "$archive.path" ] && [ "$archive" -nt "$jar" ]; then
  read -r madeFor < "$archive.path"
  if [ "$madeFor" = "$jar" ]; then
    set -- -XX:SharedArchiveFile="$archive" -Xshare:auto "$@"
  fi
fi
exec "$java" "$@"
