#!/usr/bin/env bash
# Builds the .deb from an already built tree, unpacks it with dpkg-deb -x into a scratch folder
# and runs the unpacked cetdesk-cli --version. Usage: scripts/check-package.sh BUILD_DIR
set -euo pipefail
build=${1:-build/ci}
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/*.deb | head -n 1)
echo "Package: $deb"
dpkg-deb --info "$deb" | sed -n '1,25p'
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/|\.desktop|metainfo|icons/' | head -20
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dpkg-deb -x "$deb" "$out"
version=$("$out/usr/bin/cetdesk-cli" --version)
echo "Unpacked cetdesk-cli --version: $version"
case "$version" in
  *cetdesk-cli*) ;;
  *) echo "The unpacked cetdesk-cli did not print its version" >&2; exit 1 ;;
esac
test -x "$out/usr/bin/cetdesk"
test -f "$out/usr/share/applications/"*.desktop
test -f "$out/usr/share/metainfo/"*.metainfo.xml
echo "Package check passed."
