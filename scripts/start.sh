#!/usr/bin/env bash
# Sets everything up (first time only) and starts Auyl Desk on the embedded default database
# (a SQLite file in the user's data folder). Extra arguments go to `auyl-desk`, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting Auyl Desk on a virtual screen (Xvfb). See README, 'Headless'."
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/auyl-desk "$@"
fi
exec .venv/bin/auyl-desk "$@"
