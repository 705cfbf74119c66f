#!/bin/sh
# desconcentra: runs desconcentra.jar (beside this script) with the JVM settings that suit a short-lived command.
#
#  - the class-data-sharing archive desconcentra.jsa made for this jar by the build (StartupArchive), when it is
#    there and newer than the jar; otherwise the JVM starts without it, only slower;
#  - C1 compilation only (-XX:TieredStopAtLevel=1), except for `bench`, which measures steady-state speed and keeps
#    the JVM's defaults. The collector stays G1: on JDK 17 only G1 maps the archive's heap objects (the serial
#    collector was measured slower to start with the archive).
#
# JAVA_HOME chooses the JVM (default: java on the PATH); JAVA_OPTS adds JVM options after these (-Xmx1g,
# -XX:TieredStopAtLevel=4 to compile with C2 again).
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
if [ "$command" != bench ]; then
  set -- -XX:TieredStopAtLevel=1 "$@"
fi
# The archive names the jar it was made for: a moved folder or a rebuilt jar would make the JVM drop class sharing
# altogether, the JDK's own archive included.
if [ -f "$archive" ] && [ -f "$archive.path" ] && [ "$archive" -nt "$jar" ]; then
  read -r madeFor < "$archive.path"
  if [ "$madeFor" = "$jar" ]; then
    set -- -XX:SharedArchiveFile="$archive" -Xshare:auto "$@"
  fi
fi
exec "$java" "$@"
