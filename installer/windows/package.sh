# Windows part of installer/package.sh (sourced; Git Bash). The app image has two launchers: "Frontiers Lab.exe" opens
# the window, frontiers-lab.exe is a console program for the command line (a windowed .exe has no stdout). The .msi
# (WiX 3, or WiX 4+ with its UI and Util extensions) adds a Start-menu entry and a desktop shortcut, lets the user
# choose the folder, and keeps one upgrade code (msi.args) so a newer version replaces an older one.
app_image_options() { :; }
app_version() { echo "$1"; }
app_launcher() { echo "$1/frontiers-lab.exe"; }
archive_image() {
  local zip; zip="$(cygpath -w "$PWD/$2.zip")"
  (cd "$(dirname "$1")" && powershell -NoProfile -Command \
    "Compress-Archive -Path '$(basename "$1")' -DestinationPath '$zip' -Force") >&2
  echo "$2.zip"
}
make_installer() {
  "$JAVA_HOME/bin/jpackage" --type "$1" --app-image "$2" --name "Frontiers Lab" --app-version "$3" \
    @installer/jpackage.args @installer/windows/msi.args --dest "$dist"
}
