#!/usr/bin/env bash
# Builds the one-folder program (build.spec, PyInstaller) and checks that the build starts:
#   dist/auyl-desk/auyl-desk --smoke   main window on a throwaway database, a talon rendered
#   portable mode                      with a `portable` file in the folder, the built program
#                                      keeps its database in dist/auyl-desk/data
# Needs the packages of scripts/setup.sh --test or --build. Run by scripts/test.sh (CI).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN build.spec 2>&1 | grep -v "^$" || true
folder=dist/auyl-desk
[ -x "$folder/auyl-desk" ] || { echo "build_smoke: the build made no $folder/auyl-desk" >&2; exit 1; }
echo "build_smoke: built in $(( $(date +%s) - started )) s, $(du -sm "$folder" | cut -f1) MB"

# The built program, as a clerk's PC starts it: no data folder set, no display.
env -u AUYL_DESK_DATA_DIR QT_QPA_PLATFORM=offscreen "$folder/auyl-desk" --smoke

# Portable mode in the built program: the data folder appears beside it.
rm -rf "$folder/data"
touch "$folder/portable"
trap 'rm -rf "$folder/data" "$folder/portable"' EXIT
env -u AUYL_DESK_DATA_DIR QT_QPA_PLATFORM=offscreen "$folder/auyl-desk-cli" offices --district x \
  >/dev/null
[ -f "$folder/data/auyl-desk.sqlite3" ] \
  || { echo "build_smoke: portable mode made no $folder/data/auyl-desk.sqlite3" >&2; exit 1; }
echo "build_smoke: portable mode keeps the database in $folder/data"
echo "build_smoke: ok"
