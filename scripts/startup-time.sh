#!/usr/bin/env bash
# Start-up time of the app: from the command to its first drawn frame (wall clock), and the CPU time it took, over N
# runs. Without a display it runs under Xvfb. The app must be built (run ./frontiers-lab once).
#   scripts/startup-time.sh [N]          the command ./frontiers-lab
#   scripts/startup-time.sh --aot [N]    java with a JDK 25 ahead-of-time cache (made on the first call, in target/)
#   scripts/startup-time.sh --launcher PATH [N]   an installed or unpacked app's launcher (bin/frontiers-lab)
set -euo pipefail
cd "$(dirname "$0")/.."
aot=false
launcher=""
if [ "${1:-}" = "--aot" ]; then aot=true; shift; fi
if [ "${1:-}" = "--launcher" ]; then launcher="$(realpath "$2")"; shift 2; fi
runs="${1:-5}"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" $($aot && echo --aot) ${launcher:+--launcher "$launcher"} "$runs"
fi
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
probe="$(mktemp)"
command=(./frontiers-lab)
if $aot; then
  jar="target/frontiers-lab-aot.jar"
  "$(dirname "$java")/jar" cf "$jar" -C target/classes .
  cp="$jar$(printf ':%s' target/lib/*.jar)"
  base=("$java" --module-path target/javafx --add-modules javafx.controls,javafx.swing
    --enable-native-access=javafx.graphics,ALL-UNNAMED -Dprism.lcdtext=false -cp "$cp")
  if [ ! -f target/frontiers-lab.aot ]; then
    "${base[@]}" -Dfrontierslab.startupProbe="$probe" -XX:AOTCacheOutput=target/frontiers-lab.aot \
      frontierslab.app.Main >/dev/null 2>&1
  fi
  command=("${base[@]}" -XX:AOTCache=target/frontiers-lab.aot frontierslab.app.Main)
fi
if [ -n "$launcher" ]; then
  command=("$launcher")
fi
for i in $(seq "$runs"); do
  rm -f "$probe"
  if [ -n "$launcher" ]; then export HOME="$(mktemp -d)"; fi   # each a first start: no stage to restore
  start=$(date +%s%3N)
  JAVA_TOOL_OPTIONS="-Dfrontierslab.startupProbe=$probe" /usr/bin/time -o "$probe.cpu" -f "%U %S" "${command[@]}" \
    >/dev/null 2>&1 || true
  cpu=$(tail -1 "$probe.cpu")
  if [ ! -s "$probe" ]; then
    echo "run $i: the window was not drawn" >&2
    exit 1
  fi
  echo "run $i: first frame after $(( $(cat "$probe") - start )) ms, CPU $(echo "$cpu" | awk '{printf "%.2f", $1 + $2}') s"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
rm -f "$probe" "$probe.cpu"
