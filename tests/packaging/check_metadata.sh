#!/usr/bin/env bash
# Desktop integration files are valid and agree with CMake: desktop entry
# (desktop-file-validate), AppStream metainfo (appstreamcli validate, no
# network), both languages, the app id everywhere, one version number in the
# metainfo, the GUI's and the CLI's --version, the Info.plist and the .rc.
#   check_metadata.sh <source dir> <app id> <version> <gui binary> <cli binary>
set -euo pipefail
src=$1 app_id=$2 version=$3 gui=$4 cli=$5
pkg="$src/packaging"
desktop="$pkg/linux/$app_id.desktop"
metainfo="$pkg/linux/$app_id.metainfo.xml"
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== desktop-file-validate"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
[ -z "$(desktop-file-validate "$desktop")" ] || fail "desktop-file-validate printed hints"
grep -qx "Icon=$app_id" "$desktop" || fail "Icon is not the app id"
grep -qx 'Exec=klingstudio %F' "$desktop" || fail "Exec must pass files (%F)"
for key in Name GenericName Comment Keywords; do
    grep -q "^$key\[zh_CN\]=" "$desktop" || fail "$key has no zh_CN translation"
done

echo "== appstreamcli validate"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
python3 - "$metainfo" "$app_id" "$version" <<'PY' || fail "metainfo content"
import sys, xml.etree.ElementTree as ET
path, app_id, version = sys.argv[1:]
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
root = ET.parse(path).getroot()
assert root.findtext("id") == app_id, "id"
assert root.find("launchable").text == app_id + ".desktop", "launchable"
for tag in ("name", "summary", "developer_name"):
    langs = {e.get(LANG) for e in root.findall(tag)}
    assert langs == {None, "zh_CN"}, f"{tag} languages {langs}"
desc = root.find("description")
langs = {e.get(LANG) for e in desc}
assert langs == {None, "zh_CN"}, f"description languages {langs}"
for ul in desc.findall("ul"):
    items = [li.get(LANG) for li in ul.findall("li")]
    assert items.count(None) == items.count("zh_CN") > 0, f"list items by language {items}"
shots = root.findall("screenshots/screenshot")
assert len(shots) >= 1 and shots[0].get("type") == "default", "screenshots"
for s in shots:
    assert {c.get(LANG) for c in s.findall("caption")} == {None, "zh_CN"}, "caption languages"
releases = root.findall("releases/release")
assert releases and releases[0].get("version") == version, \
    f"newest release {releases[0].get('version') if releases else None} != {version}"
print("metainfo: id, languages, screenshots and release", version, "ok")
PY
for shot in main-window.png main-window-zh_CN.png; do
    [ -s "$pkg/screenshots/$shot" ] || fail "screenshot $shot missing"
    grep -q "packaging/screenshots/$shot<" "$metainfo" || fail "$shot not in metainfo"
done

echo "== one version number"
[ "$("$gui" --version)" = "Kling Studio $version" ] || fail "GUI --version: $("$gui" --version)"
[ "$("$cli" --version)" = "klingstudio-cli $version" ] || fail "CLI --version: $("$cli" --version)"
grep -q 'MACOSX_BUNDLE_GUI_IDENTIFIER "${KS_APP_ID}"' "$pkg/CMakeLists.txt" || fail "bundle id"
grep -q '<string>${MACOSX_BUNDLE_SHORT_VERSION_STRING}</string>' "$pkg/macos/Info.plist.in" \
    || fail "Info.plist version"
grep -q 'FILEVERSION @PROJECT_VERSION_MAJOR@,@PROJECT_VERSION_MINOR@,@PROJECT_VERSION_PATCH@' \
    "$pkg/windows/klingstudio.rc.in" || fail ".rc version"
python3 -c "import plistlib,sys; plistlib.loads(open(sys.argv[1],'rb').read())" \
    "$pkg/macos/Info.plist.in" || fail "Info.plist is not a property list"

echo "== icons"
for size in 16 24 32 48 64 128 256 512; do
    file "$pkg/icons/klingstudio-$size.png" | grep -q "PNG image data, $size x $size" \
        || fail "klingstudio-$size.png"
done
file "$pkg/icons/klingstudio.ico" | grep -q "MS Windows icon resource - 7 icons" || fail ".ico"
[ "$(head -c 4 "$pkg/icons/klingstudio.icns")" = icns ] || fail ".icns"
echo "metadata ok"
