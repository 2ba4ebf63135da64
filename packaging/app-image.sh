#!/usr/bin/env bash
# Builds a self-contained Frontiers Lab for this operating system: a Java runtime cut down with jlink, the app and its
# libraries, and a native launcher made by jpackage, in target/dist/FrontiersLab, plus a .tar.gz of it. Students unpack
# it and run FrontiersLab/bin/FrontiersLab (no JDK needed). jpackage builds for the system it runs on: run this on
# Linux for Linux, on Windows for Windows, on macOS for macOS.
#
# Usage: ./frontiers-lab package   (or JAVA_HOME=<JDK 25> bash packaging/app-image.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"

# The JDK modules the app and its libraries need (jdeps --print-module-deps over target/lib and the app's jar, plus
# java.desktop for Java2D and fonts, java.logging, java.scripting and java.xml that the libraries load reflectively,
# and the charsets and locale data for text).
MODULES=java.base,java.desktop,java.logging,java.management,java.net.http,java.prefs,java.scripting,java.sql,java.xml
MODULES=$MODULES,jdk.jfr,jdk.jsobject,jdk.unsupported,jdk.unsupported.desktop,jdk.xml.dom,jdk.charsets,jdk.localedata

version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)"
os="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"

echo "packaging: building the app…" >&2
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ./mvnw -q -B package -DskipTests >&2
touch target/classes/.built

rm -rf target/package target/dist
mkdir -p target/package/input target/dist
cp target/lib/*.jar target/package/input/
cp "$(ls target/frontiers-lab-*.jar | head -1)" target/package/input/frontiers-lab.jar

echo "packaging: a Java runtime with $MODULES…" >&2
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
  --output target/package/runtime

echo "packaging: the launcher…" >&2
"$JAVA_HOME/bin/jpackage" --type app-image --name FrontiersLab --app-version "$version" \
  --input target/package/input --main-jar frontiers-lab.jar --main-class frontierslab.app.Main \
  --runtime-image target/package/runtime --java-options "--enable-native-access=ALL-UNNAMED -Dprism.lcdtext=false" \
  --description "Frontiers Lab: the phenomena of modern deep-learning optimization, live" --dest target/dist

archive="target/dist/FrontiersLab-$version-$os.tar.gz"
tar -C target/dist -czf "$archive" FrontiersLab

# The packaged app must start: its command line lists the experiments and draws one, headless.
launcher=target/dist/FrontiersLab/bin/FrontiersLab
"$launcher" list > /dev/null
"$launcher" run eos-quadratic --steps 20 --out target/package/smoke --format png,json > /dev/null
test -s target/package/smoke/eos-quadratic.png

echo "packaging: $launcher ($(du -sh target/dist/FrontiersLab | cut -f1)), archive $archive ($(du -h "$archive" | cut -f1))"
