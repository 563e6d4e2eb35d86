#!/usr/bin/env bash
# Rebuilds the lock files from pyproject.toml: every package at an exact version with the
# hashes of all its published files (Linux and Windows alike), so that a new release of
# PySide6, holidays (whose data changes talon dates) or anything else never changes the
# program under an office's feet. scripts/setup.sh installs only from these files.
#
# Upgrading is deliberate: run this, read `git diff requirements/`, run scripts/test.sh, commit.
#   scripts/lock.sh                     keep the locked versions, add what pyproject now needs
#   scripts/lock.sh --upgrade-package X take the newest allowed X (and what it needs)
#   scripts/lock.sh --upgrade           take the newest allowed of everything
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
tools="${TMPDIR:-/tmp}/auyl-desk-lock-tools"
if [ ! -x "$tools/bin/uv" ] || [ "$("$tools/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m venv "$tools"
  "$tools/bin/python" -m pip install -q "uv==$UV_VERSION"
fi
mkdir -p requirements
compile() {  # output file, then extras
  local out=$1; shift
  "$tools/bin/uv" pip compile pyproject.toml requirements/build.in "$@" \
    --universal --python-version 3.11 --generate-hashes --no-header --quiet \
    --output-file "$out" ${UV_ARGS:-} "${extra_args[@]}"
}
extra_args=("${@}")
compile requirements/app.txt
compile requirements/postgres.txt --extra postgres
compile requirements/test.txt --extra test
# The build's lock starts from the program's, so the built program runs the tested versions.
[ -f requirements/build.txt ] || cp requirements/app.txt requirements/build.txt
compile requirements/build.txt --extra build
echo "wrote requirements/app.txt, postgres.txt, test.txt and build.txt"
