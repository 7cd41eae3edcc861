#!/usr/bin/env bash
# Sets up a fresh machine and runs the main job on the shipped SOPs: check every SOP (and the
# corpus of real signed SOPs in contoh/korpus/), print each as HTML and XML (out/cetak/), compare a
# revision of one with `sop banding` (and print its revision sheet), then run
# one demo case of each shipped SOP to the end with the reports
# (store: out/demo/kasus.sqlite, roster: contoh/petugas.yaml), and say where all that is and how to
# run `sop` (linked as out/bin/sop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
sop=.build/debug/sop

echo "== sop periksa: memeriksa semua SOP =="
"$sop" periksa sops/*.yaml contoh/korpus/bps-*.yaml

echo
echo "== sop cetak: dokumen SOP siap cetak (HTML) dan XML, di out/cetak/ =="
mkdir -p out/cetak
for f in sops/*.yaml contoh/korpus/bps-*.yaml; do
  name=$(basename "$f" .yaml)
  "$sop" cetak "$f" -o "out/cetak/$name.html"
  "$sop" cetak "$f" --format xml -o "out/cetak/$name.xml"
done

echo
echo "== sop banding: perubahan pada revisi SOP pengaduan; Lembar Perubahan SOP di out/cetak/ =="
"$sop" banding sops/pengaduan.yaml contoh/revisi/pengaduan-revisi-1.yaml
"$sop" banding sops/pengaduan.yaml contoh/revisi/pengaduan-revisi-1.yaml --format html -o out/cetak/pengaduan-lembar-perubahan.html

echo
echo "== sop kasus: satu kasus contoh untuk setiap SOP =="
# Always the demo store: a $SOP_DATA of the user's own is never reset by the demo.
SOP_BIN="$sop" SOP_DATA=out/demo/kasus.sqlite bash scripts/demo-cases.sh

SOP_BIN="$sop" bash scripts/first-steps.sh
