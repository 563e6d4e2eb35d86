#!/usr/bin/env bash
# Sets up everything Auyl Desk needs on a fresh Debian machine: system packages (when run as
# root or with sudo), a virtualenv in .venv and the Python packages of the lock file
# (requirements/*.txt, see scripts/lock.sh). Safe to run again.
#   scripts/setup.sh              runtime only
#   scripts/setup.sh --postgres   runtime + the PostgreSQL driver (psycopg)
#   scripts/setup.sh --test       runtime + the PostgreSQL driver + test/dev tools (PyInstaller too)
#   scripts/setup.sh --build      runtime + PyInstaller, to build the program (build.spec)
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
case "${1:-}" in
  --test) extra="test" ;;
  --postgres) extra="postgres" ;;
  --build) extra="build" ;;
esac

apt_packages=(python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3
              xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
              libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
              poppler-utils fonts-dejavu-core)
# The tests print through a real spooler: CUPS with a PDF printer (scripts/with_cups.sh).
[ "$extra" = "test" ] && apt_packages+=(cups printer-driver-cups-pdf)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# Python packages come only from the lock file: exact versions, checked against their hashes.
lock="requirements/app.txt"
[ -n "$extra" ] && lock="requirements/$extra.txt"
stamp=".venv/.installed-$(basename "$lock" .txt)"
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
    -r "$lock"
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps \
    --no-build-isolation -e .
  touch "$stamp"
fi

# Compiled translations (.qm) are built from i18n/*.ts, never committed.
.venv/bin/python scripts/i18n.py compile >/dev/null
