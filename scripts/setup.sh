#!/usr/bin/env bash
# Installs what a fresh machine lacks: the C libraries the package wraps (libyaml, libxml2),
# the sqlite3 shell (store tests edit a row by hand), Python's jsonschema + PyYAML (the JSON-Schema
# test), python-holidays, pinned, as the second source the national calendar is checked against, and
# pexpect, pinned, which drives the guided `sop kasus` on a pseudo-terminal (GuidedTerminalTests).
# With --peramban (scripts/test.sh), also Chromium, its driver and selenium, pinned, for the
# browser test of `sop server` (BrowserTests).
# Safe to run again: it installs only what is missing.
set -euo pipefail

browser=0
for arg in "$@"; do
  case "$arg" in
    --peramban) browser=1 ;;
    *) echo "pemakaian: bash scripts/setup.sh [--peramban]" >&2; exit 2 ;;
  esac
done

need_apt=()
packages=(libyaml-dev libxml2-dev sqlite3 libsqlite3-dev)
[ "$browser" -eq 1 ] && packages+=(chromium chromium-driver)
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: memasang paket sistem: ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! python3 -c 'import jsonschema, yaml' >/dev/null 2>&1; then
  echo "setup: memasang jsonschema dan PyYAML untuk Python"
  python3 -m pip install --quiet jsonschema pyyaml
fi

# Pinned: a new release may change its Indonesian data; check-holidays.py then names the difference.
HOLIDAYS_VERSION=0.109
if [ "$(python3 -c 'import holidays; print(holidays.__version__)' 2>/dev/null)" != "$HOLIDAYS_VERSION" ]; then
  echo "setup: memasang python-holidays $HOLIDAYS_VERSION (pembanding kalender nasional)"
  python3 -m pip install --quiet "holidays==$HOLIDAYS_VERSION"
fi

# Pinned: any pexpect 4 drives the pseudo-terminal; installed only when none is there.
PEXPECT_VERSION=4.8.0
if ! python3 -c 'import pexpect' >/dev/null 2>&1; then
  echo "setup: memasang pexpect $PEXPECT_VERSION (uji mode terpandu di terminal semu)"
  python3 -m pip install --quiet "pexpect==$PEXPECT_VERSION"
fi

# Pinned: the browser test's driver API.
SELENIUM_VERSION=4.51.0
if [ "$browser" -eq 1 ] && ! python3 -c 'import selenium' >/dev/null 2>&1; then
  echo "setup: memasang selenium $SELENIUM_VERSION (uji peramban sop server)"
  python3 -m pip install --quiet "selenium==$SELENIUM_VERSION"
fi
