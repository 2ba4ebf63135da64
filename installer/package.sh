#!/usr/bin/env bash
# Builds what a student installs, for the system this runs on (jpackage cannot cross-build): a Java runtime cut down
# with jlink (installer/jlink.args) with JavaFX linked into it as modules, the app and its other libraries on the class
# path, and a native launcher made by jpackage (installer/jpackage.args, launcher.args, <os>/*.args). Then, by --type:
#   Linux:   app-image (a .tar.gz), deb, rpm        default: deb where dpkg-deb is, else rpm where rpmbuild is
#   Windows: app-image (a .zip), msi (needs WiX)    default: msi
#   macOS:   app-image (a .tar.gz), dmg             default: dmg
# Several at once: --type deb,rpm. Installers come with the app-image archive beside them, all in target/dist.
# Before any installer is made, the app image must start: its command line lists the experiments and draws one to PNG
# and JSON, and JavaFX starts headless without the "Unsupported JavaFX configuration" warning.
#
# Usage: ./frontiers-lab package [--type TYPE]   (or JAVA_HOME=<JDK 25> bash installer/package.sh [--type TYPE])
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
if command -v cygpath >/dev/null 2>&1; then JAVA_HOME="$(cygpath -u "$JAVA_HOME")"; fi

case "$(uname -s)" in
  Linux) os=linux; types="app-image deb rpm" ;;
  Darwin) os=macos; types="app-image dmg" ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; types="app-image msi" ;;
  *) echo "package: no packages for $(uname -s): build on Linux, Windows or macOS" >&2; exit 2 ;;
esac

type=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --type) type="${2:-}"; shift 2 || shift ;;
    --type=*) type="${1#--type=}"; shift ;;
    *) echo "package: unknown option '$1': allowed --type $(echo "$types" | tr ' ' '|')" >&2; exit 2 ;;
  esac
done
if [ -z "$type" ]; then
  case "$os" in
    linux) if command -v dpkg-deb >/dev/null; then type=deb; elif command -v rpmbuild >/dev/null; then type=rpm; else type=app-image; fi ;;
    windows) type=msi ;;
    macos) type=dmg ;;
  esac
fi
for t in ${type//,/ }; do
  case " $types " in *" $t "*) ;; *) echo "package: unknown type '$t' on $os: allowed $(echo "$types" | tr ' ' '|')" >&2; exit 2 ;; esac
done

version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)"
arch="$(uname -m)"
work=target/installer
dist=target/dist

echo "package: building the app…" >&2
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ./mvnw -q -B package -DskipTests >&2
touch target/classes/.built

rm -rf "$work" "$dist"
mkdir -p "$work/input" "$work/natives" "$dist"
cp target/lib/*.jar "$work/input/"
cp "$(ls target/frontiers-lab-*.jar | head -1)" "$work/input/frontiers-lab.jar"

# The runtime's modules (jlink.args) must cover what jdeps finds the app and its libraries use. Their module
# descriptors are set aside (they are on the class path; TilesFX's names javafx.web and javafx.media, left out).
# Nothing beyond that list is loaded reflectively: the checks below and installer/linux/check-package.sh run the
# command line, every export format, JavaFX headless, the window and the preferences on this runtime.
echo "package: jdeps…" >&2
mkdir -p "$work/jdeps"
for jar in "$work"/input/*.jar; do
  d="$work/jdeps/$(basename "$jar" .jar)"
  mkdir -p "$d" && (cd "$d" && "$JAVA_HOME/bin/jar" xf "../../../../$jar")
  find "$d" -name module-info.class -delete
  rm -rf "$d/META-INF"
done
needed="$("$JAVA_HOME/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
  --module-path target/javafx "$work"/jdeps/*)"
linked="$(sed -n 's/^--add-modules //p' installer/jlink.args)"
for m in ${needed//,/ }; do
  case ",$linked," in *",$m,"*) ;; *) echo "package: jdeps finds $m, missing from installer/jlink.args" >&2; exit 1 ;; esac
done
rm -rf "$work/jdeps"

# JavaFX's native libraries come out of its jars and go where JavaFX looks first when it is linked into the runtime
# (lib/ on Linux and macOS, bin/javafx/ on Windows), so nothing is unpacked into the user's home at start-up;
# jlink.args leaves the copies inside the modules out.
echo "package: a Java runtime (installer/jlink.args)…" >&2
"$JAVA_HOME/bin/jlink" @installer/jlink.args --module-path target/javafx --output "$work/runtime"
natives="$work/runtime/lib"
[ "$os" = windows ] && natives="$work/runtime/bin/javafx"
mkdir -p "$natives"
for jar in target/javafx/javafx-*-[0-9]*-*.jar; do
  (cd "$work/natives" && "$JAVA_HOME/bin/jar" xf "../../../$jar")
done
find "$work/natives" -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec cp {} "$natives/" \;

echo "package: the app image…" >&2
# shellcheck source=/dev/null
. "installer/$os/package.sh"
app_image_opts=()
app_image_options
"$JAVA_HOME/bin/jpackage" --type app-image @installer/jpackage.args @installer/launcher.args @"installer/$os/app-image.args" \
  ${app_image_opts[@]+"${app_image_opts[@]}"} --app-version "$(app_version "$version")" --input "$work/input" \
  --runtime-image "$work/runtime" --dest "$work/image"
image="$(ls -d "$work/image"/* | head -1)"
launcher="$(app_launcher "$image")"

# The image must start before anything is made from it.
"$launcher" list > "$work/list.txt"
grep -q '^eos-quadratic' "$work/list.txt" || { echo "package: $launcher list did not list eos-quadratic" >&2; exit 1; }
"$launcher" run eos-quadratic --steps 20 --out "$work/smoke" --format png,svg,pdf,csv,json > /dev/null
for f in png svg pdf csv json; do test -s "$work/smoke/eos-quadratic.$f"; done
"$launcher" screenshots --out "$work/smoke" --experiment eos-quadratic > "$work/fx-start.txt" 2>&1
if grep -n "Unsupported JavaFX configuration" "$work/fx-start.txt" >&2; then
  echo "package: JavaFX was loaded from the class path in $image" >&2; exit 1
fi

if [ "$os" = linux ]; then
  echo "package: the ahead-of-time cache…" >&2
  make_aot_cache "$image" "$launcher"
  "$launcher" run eos-quadratic --steps 20 --out "$work/smoke-aot" --format json > /dev/null 2> "$work/aot-run.txt"
  if [ -s "$work/aot-run.txt" ]; then
    echo "package: the launcher with the AOT cache printed:" >&2; cat "$work/aot-run.txt" >&2; exit 1
  fi
fi

archive="$(archive_image "$image" "$dist/FrontiersLab-$version-$os-$arch")"
echo "package: app image $image ($(du -sh "$image" | cut -f1)), archive $archive ($(du -h "$archive" | cut -f1))"
for t in ${type//,/ }; do
  [ "$t" = app-image ] && continue
  echo "package: the $t…" >&2
  make_installer "$t" "$image" "$(app_version "$version")"
done
for f in "$dist"/*; do [ "$f" = "$archive" ] || echo "package: $f ($(du -h "$f" | cut -f1))"; done
