#!/usr/bin/env bash
# Sets up a fresh machine and runs every test. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The generated national calendar must match the shared holiday data (when shared/ is beside the repo),
# (EmbeddedCalendarTests checks the copy built into the binary against the file.)
if [ -f ../shared/data/hari-libur-2024-2026.yaml ]; then python3 scripts/build-calendar.py --check; fi
swift build --build-tests
swift test --skip-build
