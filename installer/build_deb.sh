#!/usr/bin/env bash
# Packs the one-folder bundle (dist/workstation, from installer/build_linux.sh) into a
# .deb: /opt/workstation/, /usr/bin/workstation -> /opt/workstation/workstation, the
# .desktop entry and the icons. The system libraries Qt needs are the package's Depends
# (installer/linux/control.in); the bundle does not carry them.
#
#   bash installer/build_linux.sh && bash installer/build_deb.sh   # -> dist/workstation_<v>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
test -x dist/workstation/workstation || { echo "build_deb: build the bundle first (installer/build_linux.sh)" >&2; exit 1; }
version=$(dist/workstation/workstation --version | awk '{print $2}')
root=build/deb/workstation_${version}_amd64
rm -rf "$root" && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" \
  "$root/usr/share/applications" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/workstation "$root/opt/workstation"
ln -s /opt/workstation/workstation "$root/usr/bin/workstation"
install -m 0644 installer/linux/workstation.desktop "$root/usr/share/applications/workstation.desktop"
install -m 0644 resources/icons/workstation.svg "$root/usr/share/icons/hicolor/scalable/apps/workstation.svg"
for size in 48 128 256; do
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 0644 "resources/icons/workstation-${size}.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/workstation.png"
done
sed "s/@VERSION@/$version/" installer/linux/control.in > "$root/DEBIAN/control"
echo "Installed-Size: $(du -sk "$root" | cut -f1)" >> "$root/DEBIAN/control"
dpkg-deb --root-owner-group --build "$root" "dist/workstation_${version}_amd64.deb"
echo "deb: dist/workstation_${version}_amd64.deb ($(du -h "dist/workstation_${version}_amd64.deb" | cut -f1))"
