#!/usr/bin/env bash
# Checks a Linux package made by installer/package.sh, as CI does (.ci/run). For a .deb:
#  1. dpkg-deb --info: the package name, the version of pom.xml, Depends naming GTK 3 and GL; the menu entry's
#     categories (Education;Science;);
#  2. unpacked with dpkg-deb -x into a temporary folder, from there: the command line lists the experiments and runs
#     one to PNG and JSON, headless, with an empty home folder;
#  3. the window opens under Xvfb (the package's dependencies installed with apt-get first; skipped, and said so,
#     without root), no "Unsupported JavaFX configuration" in its output, and Ctrl+Q closes it;
#  4. installed with dpkg -i: frontiers-lab is on the PATH and the menu entry is in place; upgraded (the same package
#     renumbered one release up); removed with dpkg -r: every file outside the home folder is as before the install,
#     and the user's preferences and exports are still there.
# For an .rpm: its fields (rpm -qip) and, unpacked with rpm2cpio, steps 2 and 3 (rpm itself does not install on Debian).
# Usage: installer/linux/check-package.sh target/dist/<package>.deb|.rpm
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
pkg="$1"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)"
tmp="$(mktemp -d /tmp/frontiers-lab-check.XXXXXX)"
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "check-package: $*" >&2; exit 1; }
say() { echo "check-package: $*" >&2; }
root=$([ "$(id -u)" = 0 ] && echo yes || echo no)
# Runs the app with the home folder $1: Java takes user.home from the password database, not from HOME.
in_home() { local h="$1"; shift; HOME="$h" XDG_STATE_HOME="$h/.local/state" JAVA_TOOL_OPTIONS="-Duser.home=$h" "$@"; }

apt_install() {
  [ "$root" = yes ] || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" > "$tmp/apt.log" 2>&1 \
    || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
         --no-install-recommends "$@" > "$tmp/apt.log" 2>&1; } || { tail -20 "$tmp/apt.log" >&2; return 1; }
}

# Steps 2 and 3 on an unpacked package whose launcher is $1; $2 names the case.
check_unpacked() {
  local launcher="$1" home="$tmp/home-$2"
  mkdir -p "$home"
  in_home "$home" "$launcher" list > "$tmp/list.txt" || fail "$2: list failed"
  grep -q '^eos-quadratic' "$tmp/list.txt" || fail "$2: list does not name eos-quadratic"
  in_home "$home" "$launcher" run eos-quadratic --steps 50 --out "$tmp/out-$2" --format png,json > /dev/null \
    || fail "$2: run failed"
  head -c 8 "$tmp/out-$2/eos-quadratic.png" | grep -q PNG || fail "$2: run wrote no PNG"
  grep -q '"eos-quadratic"' "$tmp/out-$2/eos-quadratic.json" || fail "$2: run wrote no JSON for eos-quadratic"
  say "$2: the command line lists the experiments and runs eos-quadratic to PNG and JSON"
  check_window "$launcher" "$home" "$2"
}

# Starts the GUI under Xvfb, waits for its window, closes it with Ctrl+Q. Needs GTK 3 (the package's dependencies).
check_window() {
  local launcher="$1" home="$2" name="$3"
  if ! command -v Xvfb > /dev/null || ! command -v xdotool > /dev/null; then
    apt_install xvfb xdotool x11-utils || { say "$name: no Xvfb/xdotool and no root to install them: window not checked"; return 0; }
  fi
  if [ -z "$xvfb_pid" ]; then
    Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp > "$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    sleep 2
  fi
  DISPLAY=:77 HOME="$home" XDG_STATE_HOME="$home/.local/state" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$launcher" > "$tmp/gui-$name.log" 2>&1 &
  local app=$! window="" i
  for i in $(seq 1 180); do
    window="$(DISPLAY=:77 xdotool search --name '^Frontiers Lab$' 2>/dev/null | head -1 || true)"
    [ -n "$window" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 1
  done
  if [ -z "$window" ]; then
    kill "$app" 2>/dev/null || true
    cat "$tmp/gui-$name.log" >&2
    fail "$name: no window titled 'Frontiers Lab' within 180 s"
  fi
  sleep 3
  local geometry; geometry="$(DISPLAY=:77 xwininfo -id "$window" | sed -n 's/.*-geometry //p')"
  kill -0 "$app" 2>/dev/null || fail "$name: the app ended after opening its window"
  DISPLAY=:77 xdotool windowfocus --sync "$window" key ctrl+q 2>/dev/null || true
  for i in $(seq 1 20); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
  if kill -0 "$app" 2>/dev/null; then kill "$app"; fail "$name: Ctrl+Q did not close the app in 20 s"; fi
  if grep -n "Unsupported JavaFX configuration\|Exception" "$tmp/gui-$name.log" >&2; then
    fail "$name: the app's output above"
  fi
  say "$name: the window opened ($geometry) and Ctrl+Q closed it; no JavaFX warning"
}

case "$pkg" in
*.deb)
  dpkg-deb --info "$pkg" > "$tmp/info.txt"
  field() { sed -n "s/^ $1: //p" "$tmp/info.txt"; }
  [ "$(field Package)" = frontiers-lab ] || fail "Package is '$(field Package)', not frontiers-lab"
  [ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the pom says $version"
  depends="$(field Depends)"
  for dep in libgtk-3-0 libgl1 libx11-6 libxtst6 libxxf86vm1 libfreetype6 libpango-1.0-0; do
    echo "$depends" | grep -qE "(^|[ ,|])$dep([ ,|]|$)" || fail "Depends lacks $dep: $depends"
  done
  say "fields: frontiers-lab $version, Depends names GTK 3 and GL ($(echo "$depends" | tr ',' '\n' | wc -l) entries)"
  dpkg-deb -x "$pkg" "$tmp/x"
  desktop="$(find "$tmp/x" -type f -name '*.desktop' | head -1)"
  [ -n "$desktop" ] || fail "no .desktop file in the package"
  grep -qx 'Categories=Education;Science;' "$desktop" || fail "$desktop: $(grep Categories "$desktop")"
  grep -q '^Icon=/opt/frontiers-lab/.*\.png$' "$desktop" || fail "$desktop: $(grep Icon "$desktop")"
  say "menu entry: Categories=Education;Science;, icon $(sed -n 's/^Icon=//p' "$desktop")"
  if [ "$root" = yes ]; then
    apt_install "$(realpath "$pkg")" || fail "apt-get could not install $pkg with its dependencies"
    dpkg -r frontiers-lab > /dev/null
    say "the package's dependencies installed with apt-get"
  fi
  check_unpacked "$tmp/x/opt/frontiers-lab/bin/frontiers-lab" unpacked

  [ "$root" = yes ] || { say "not root: install, upgrade and removal not checked"; exit 0; }
  snapshot() { { find /opt /usr /etc 2>/dev/null || true; } | grep -v -e '^/etc/ld.so.cache' \
      -e 'mimeinfo.cache$' -e 'icon-theme.cache$' -e '^/usr/share/applications/defaults.list$' | sort; }
  snapshot > "$tmp/before.txt"
  dpkg -i "$pkg" > /dev/null
  [ "$(readlink -f "$(command -v frontiers-lab)")" = /opt/frontiers-lab/bin/frontiers-lab ] \
    || fail "frontiers-lab is not on the PATH after dpkg -i"
  ls /usr/share/applications/*frontiers-lab*.desktop > /dev/null || fail "no menu entry in /usr/share/applications"
  home="$tmp/home-installed"
  mkdir -p "$home"
  in_home "$home" frontiers-lab run eos-quadratic --steps 20 --out "$home/frontiers-lab-exports" --format json > /dev/null
  check_window /usr/bin/frontiers-lab "$home" installed
  prefs="$home/.local/state/frontiers-lab/preferences.json"
  grep -q '"width"' "$prefs" || fail "the app wrote no window size to $prefs"
  say "installed: frontiers-lab on the PATH, the menu entry, preferences in ${prefs#"$home"/}"

  dpkg-deb -R "$pkg" "$tmp/up"
  sed -i "s/^Version: .*/Version: $version+1/" "$tmp/up/DEBIAN/control"
  dpkg-deb -Zgzip -z1 -b "$tmp/up" "$tmp/upgrade.deb" > /dev/null
  rm -rf "$tmp/up"
  dpkg -i "$tmp/upgrade.deb" > /dev/null
  [ "$(dpkg-query -W -f '${Version}' frontiers-lab)" = "$version+1" ] || fail "the upgrade did not install"
  [ -x /usr/bin/frontiers-lab ] && [ -f "$prefs" ] && [ -f "$home/frontiers-lab-exports/eos-quadratic.json" ] \
    || fail "after the upgrade: the command, the preferences or the exports are gone"
  in_home "$home" frontiers-lab list > /dev/null || fail "frontiers-lab list failed after the upgrade"
  say "upgraded to $version+1: the command works, preferences and exports kept"

  dpkg -r frontiers-lab > /dev/null
  snapshot > "$tmp/after.txt"
  if ! diff "$tmp/before.txt" "$tmp/after.txt" >&2; then fail "dpkg -r left the files above (> added, < removed)"; fi
  [ -f "$prefs" ] && [ -f "$home/frontiers-lab-exports/eos-quadratic.json" ] || fail "dpkg -r removed user files"
  say "removed: nothing left in /opt, /usr, /etc; the preferences and exports in the home folder stay"
  [ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked its native libraries into the home folder"
  say "the home folder after using the app: $(cd "$home" && find . -type f | sort | tr '\n' ' ')"
  ;;
*.rpm)
  command -v rpm > /dev/null || fail "rpm is not installed"
  rpm -qip "$pkg" > "$tmp/info.txt" 2> /dev/null
  [ "$(rpm -qp --qf '%{NAME}' "$pkg" 2>/dev/null)" = frontiers-lab ] || fail "the rpm is not named frontiers-lab"
  [ "$(rpm -qp --qf '%{VERSION}' "$pkg" 2>/dev/null)" = "$version" ] || fail "the rpm's version is not $version"
  requires="$(rpm -qpR "$pkg" 2>/dev/null | tr '\n' ' ')"
  for dep in gtk3 mesa-libGL libX11 libXtst libXxf86vm freetype pango; do
    echo " $requires" | grep -q " $dep[ ,]" || fail "Requires lacks $dep: $requires"
  done
  rpm -qlp "$pkg" 2>/dev/null | grep -qx /usr/bin/frontiers-lab || fail "the rpm has no /usr/bin/frontiers-lab"
  say "rpm fields: frontiers-lab $version, Requires names gtk3 and mesa-libGL, /usr/bin/frontiers-lab"
  command -v cpio > /dev/null || apt_install cpio || fail "cpio is needed to unpack the rpm"
  mkdir -p "$tmp/x"
  rpm2cpio "$pkg" | (cd "$tmp/x" && cpio -idm --quiet)
  desktop="$(find "$tmp/x" -type f -name '*.desktop' | head -1)"
  grep -qx 'Categories=Education;Science;' "$desktop" || fail "$desktop: $(grep Categories "$desktop")"
  [ "$(readlink "$tmp/x/usr/bin/frontiers-lab")" = /opt/frontiers-lab/bin/frontiers-lab ] || fail "bad /usr/bin link"
  check_unpacked "$tmp/x/opt/frontiers-lab/bin/frontiers-lab" rpm-unpacked
  ;;
*) fail "not a .deb or .rpm: $pkg" ;;
esac
say "$pkg: all checks passed"
