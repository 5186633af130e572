#!/bin/sh
# Voelspriet for this user: the applications menu entry, the icon, the .voelspriet file
# type (double-click opens it), the software-centre metadata, and `voelspriet` in
# ~/.local/bin. Nothing outside your home folder; the app stays in this folder (move the
# folder first if you want it elsewhere, then run this again).
#     ./install.sh              install
#     ./install.sh --uninstall  remove what install.sh added (not this folder, not your workspaces)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
ICON_FILES=$(cd "$HERE/share" && find icons -type f)

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/voelspriet.desktop" "$DATA/mime/packages/voelspriet.xml" \
          "$DATA/metainfo/nl.voelspriet.Voelspriet.metainfo.xml"
    for file in $ICON_FILES; do rm -f "$DATA/$file"; done
    if [ -L "$BIN/voelspriet" ]; then rm -f "$BIN/voelspriet"; fi
    refresh
    echo "Voelspriet is no longer in your applications menu. Remove $HERE to remove the app."
    exit 0
fi
if [ -n "${1:-}" ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" "$BIN"
sed -e "s|^Exec=voelspriet |Exec=\"$HERE/voelspriet\" |" -e "s|^TryExec=voelspriet\$|TryExec=$HERE/voelspriet|" \
    "$HERE/share/applications/voelspriet.desktop" > "$DATA/applications/voelspriet.desktop"
cp "$HERE/share/mime/packages/voelspriet.xml" "$DATA/mime/packages/voelspriet.xml"
cp "$HERE/share/metainfo/nl.voelspriet.Voelspriet.metainfo.xml" "$DATA/metainfo/"
for file in $ICON_FILES; do
    mkdir -p "$DATA/$(dirname "$file")"
    cp "$HERE/share/$file" "$DATA/$file"
done
ln -sfn "$HERE/voelspriet" "$BIN/voelspriet"
refresh
echo "Voelspriet is in your applications menu, and .voelspriet files open with it."
echo "On the command line: $BIN/voelspriet --help"
