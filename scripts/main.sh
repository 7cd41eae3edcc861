#!/usr/bin/env bash
# Sets up a fresh machine and runs the main job on the shipped SOPs: check every SOP, then run
# one demo case of each to the end (store: out/demo/kasus.sqlite, roster: contoh/petugas.yaml).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
sop=.build/debug/sop

echo "== sop periksa: memeriksa semua SOP =="
"$sop" periksa sops/*.yaml

echo
echo "== sop kasus: satu kasus contoh untuk setiap SOP =="
SOP_BIN="$sop" bash scripts/demo-cases.sh
