# macOS part of installer/package.sh (sourced). The .dmg holds "Frontiers Lab.app" to drag into Applications.
# Signing: set MACOS_SIGNING_IDENTITY to the name of a "Developer ID Application" certificate in the keychain (the part
# after "Developer ID Application: ", e.g. "Jane Doe (TEAMID)"), and MACOS_KEYCHAIN to a keychain other than the
# default; unset, the app and the .dmg are not signed (Gatekeeper then asks the user to open it with a right-click).
# jpackage refuses a version whose first number is 0 on macOS (CFBundleVersion), so while the project is at 0.x the
# bundle says 1.0.0; the .dmg's file name carries the project's version.
mac_sign_opts=()
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  mac_sign_opts=(--mac-sign --mac-signing-key-user-name "$MACOS_SIGNING_IDENTITY")
  [ -n "${MACOS_KEYCHAIN:-}" ] && mac_sign_opts+=(--mac-signing-keychain "$MACOS_KEYCHAIN")
fi
app_image_options() { app_image_opts=(${mac_sign_opts[@]+"${mac_sign_opts[@]}"}); }
app_version() { case "$1" in 0.*) echo 1.0.0 ;; *) echo "$1" ;; esac; }
app_launcher() { echo "$1/Contents/MacOS/Frontiers Lab"; }
archive_image() { tar -C "$(dirname "$1")" -czf "$2.tar.gz" "$(basename "$1")"; echo "$2.tar.gz"; }
make_installer() {
  "$JAVA_HOME/bin/jpackage" --type "$1" --app-image "$2" --name "Frontiers Lab" --app-version "$3" \
    @installer/jpackage.args ${mac_sign_opts[@]+"${mac_sign_opts[@]}"} --dest "$dist"
  mv "$dist/Frontiers Lab-$3.dmg" "$dist/FrontiersLab-$version-macos-$arch.dmg"
  if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then codesign --verify --deep --strict "$2"; fi
}
