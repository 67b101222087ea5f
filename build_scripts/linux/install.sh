#!/bin/sh
# Install or upgrade Bedside from this extracted tarball (run as root).
#   sudo ./install.sh            -> /opt/bedside-<version>, /opt/bedside -> it
# Upgrades in place: the new version goes beside the old one and the
# /opt/bedside link moves to it. The PC's vault lives in /var/lib/bedside/vault
# (one per PC, docs/SECURITY.md "Vault folder"), never under /opt, so an
# upgrade cannot touch it. /var/lib/bedside is made 0700 for the ward's
# Bedside account: BEDSIDE_ACCOUNT=ward sudo ./install.sh (default: $SUDO_USER).
# After installing, IT runs:  /opt/bedside/bedside --self-test
set -eu
here=$(cd "$(dirname "$0")" && pwd)
version=$(basename "$here" | sed 's/^bedside-//')
prefix=${PREFIX:-/opt}
target="$prefix/bedside-$version"

rm -rf "$target.new"
cp -a "$here/bedside" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sfn "$target" "$prefix/bedside.new" && mv -T "$prefix/bedside.new" "$prefix/bedside"

install -D -m 0644 "$here/bedside.png" /usr/share/icons/hicolor/256x256/apps/bedside.png
sed "s#/opt/bedside/bedside#$prefix/bedside/bedside#g" "$here/bedside.desktop" > /usr/share/applications/bedside.desktop
chmod 0644 /usr/share/applications/bedside.desktop
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q /usr/share/icons/hicolor || true

account=${BEDSIDE_ACCOUNT:-${SUDO_USER:-root}}
if [ ! -d /var/lib/bedside ]; then
    install -d -m 0700 -o "$account" /var/lib/bedside
fi

echo "Bedside $version installed in $target ($prefix/bedside). Now run: $prefix/bedside/bedside --self-test"
