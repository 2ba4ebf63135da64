# Linux part of installer/package.sh (sourced): the launcher is bin/frontiers-lab; the .deb and .rpm install the app in
# /opt/frontiers-lab with a link /usr/bin/frontiers-lab (resources/postinst, prerm, frontiers-lab.spec), the menu entry of
# installer/linux/resources/frontiers-lab.desktop and the packages JavaFX's native libraries need (deb.args, rpm.args).
app_image_options() { :; }
app_version() { echo "$1"; }
app_launcher() { echo "$1/bin/frontiers-lab"; }
archive_image() { tar -C "$(dirname "$1")" -czf "$2.tar.gz" "$(basename "$1")"; echo "$2.tar.gz"; }
make_installer() {
  "$JAVA_HOME/bin/jpackage" --type "$1" --app-image "$2" --name frontiers-lab --app-version "$3" \
    @installer/jpackage.args @installer/linux/linux.args @"installer/linux/$1.args" --dest "$dist"
}
# The JDK 25 ahead-of-time cache (JEP 483, 514, 515) of the installed launcher: recorded on one start of the window
# (under Xvfb when there is no display; -Dfrontierslab.startupProbe draws the first frame and quits), created beside the
# jars, and named in the launcher's configuration. The cache is read-only at run time; a JVM that finds it does not
# match (another runtime, changed jars) ignores it. The class path may move (the image is built here and installed in
# /opt): the JVM checks the jars' names, sizes and times, which the .deb and .rpm keep.
make_aot_cache() {
  local image="$1" launcher="$2" app="$1/lib/app" home="$work/aot-home"
  mkdir -p "$home"
  local conf="-XX:AOTConfiguration=$work/frontiers-lab.aotconf"
  local record=(env HOME="$home" JAVA_TOOL_OPTIONS="-Dfrontierslab.startupProbe=$work/aot-probe -XX:AOTMode=record $conf"
    "$launcher")
  if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "package: no display and no xvfb-run: no AOT cache" >&2; return 0; }
    record=(xvfb-run -a -s "-screen 0 1920x1080x24" "${record[@]}")
  fi
  "${record[@]}" > "$work/aot-record.txt" 2>&1 || true
  test -s "$work/aot-probe" || { echo "package: the window did not start for the AOT cache" >&2; exit 1; }
  env HOME="$home" JAVA_TOOL_OPTIONS="-XX:AOTMode=create $conf -XX:AOTCache=$app/frontiers-lab.aot" "$launcher" \
    > "$work/aot-create.txt" 2>&1 || true
  test -s "$app/frontiers-lab.aot" || { echo "package: no AOT cache was created (see $work/aot-create.txt)" >&2; exit 1; }
  # one option a line: the launcher passes each line as one argument
  sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/frontiers-lab.aot\njava-options=-Xlog:aot=off\njava-options=-Xlog:cds=off' \
    "$app/frontiers-lab.cfg"
}
