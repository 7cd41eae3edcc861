#!/usr/bin/env bash
# Sets up a fresh machine and runs the main job on the shipped SOPs: check every SOP.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
sop=.build/debug/sop

echo "== sop periksa: memeriksa semua SOP =="
"$sop" periksa sops/*.yaml
