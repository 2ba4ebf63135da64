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
