#!/usr/bin/env bash
# Sets everything up (first time only) and runs the whole check: lint, format, types,
# translations and the test suite, headless. Extra arguments go to pytest.
# The suite runs with a throwaway PostgreSQL server (scripts/with_postgres.sh), so the database
# tests run on SQLite and on PostgreSQL; a server that cannot start fails the run. It also runs
# with a throwaway print spooler (scripts/with_cups.sh: CUPS with a PDF printer), so the
# printing tests go through a real spooler. Last, the program is built with PyInstaller and the
# build is started (scripts/build_smoke.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # what to check and how strictly: [tool.mypy] in pyproject.toml
.venv/bin/python scripts/i18n.py check
bash scripts/with_postgres.sh bash scripts/with_cups.sh .venv/bin/python -m pytest "$@"
# The one-folder program: build it and start the build (--smoke, portable mode).
bash scripts/build_smoke.sh
