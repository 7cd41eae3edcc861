#!/usr/bin/env bash
# Sets up a fresh machine and runs every test. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --peramban
# The generated national calendar must match its data (kalender/data), the data must agree with a
# second source (python-holidays) or explain why not, and the 2024-2026 copy must still equal the
# shared data when shared/ is beside the repo. (EmbeddedCalendarTests checks the copy built into
# the binary against kalender/nasional.yaml.)
python3 scripts/build-calendar.py --check
python3 scripts/check-holidays.py
if [ -f ../shared/data/hari-libur-2024-2026.yaml ]; then
  cmp -s ../shared/data/hari-libur-2024-2026.yaml kalender/data/hari-libur-2024-2026.yaml \
    || { echo "kalender/data/hari-libur-2024-2026.yaml berbeda dari shared/data: salin ulang" >&2; exit 1; }
fi
# The PostgreSQL store's tests run against a private cluster (installed and started here, never
# the machine's own); SOP_REQUIRE_POSTGRES makes a run without it fail rather than skip them.
SOP_TEST_POSTGRES="$(bash scripts/postgres.sh start)"
export SOP_TEST_POSTGRES SOP_REQUIRE_POSTGRES=1
swift build --build-tests
swift test --skip-build
