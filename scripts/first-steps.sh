#!/usr/bin/env bash
# The end of the main job, for a new user: links the built `sop` to out/bin/sop (a link, so a
# rebuild is picked up), then says in Bahasa Indonesia where the printed documents and the demo
# store are, how to run `sop` from this terminal, and what to try next.
# SOP_BIN: the binary (default .build/debug/sop); SOP_OUT: the output folder (default out).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SOP_BIN:-.build/debug/sop}
out=${SOP_OUT:-out}
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
mkdir -p "$out/bin"
ln -sfn "$bin" "$out/bin/sop"
case "$out" in /*) path="$out/bin" ;; *) path="$PWD/$out/bin" ;; esac
store="$out/demo/kasus.sqlite"

cat <<TEXT

== Selesai ==
Dokumen SOP siap cetak: $out/cetak/ (satu berkas .html dan satu .xml per SOP; buka $out/cetak/helpdesk.html di peramban, lalu cetak).
Penyimpanan kasus contoh: $store (daftar petugas contoh: contoh/petugas.yaml).
Program sop: $out/bin/sop. Agar cukup mengetik 'sop' di terminal ini, jalankan:
  export PATH="$path:\$PATH"
Lalu coba:
  sop --help
  sop kasus daftar --data $store
  sop kasus lihat HELPDESK-0001 --data $store --petugas contoh/petugas.yaml
  sop periksa sops/helpdesk.yaml
Tanpa --data, kasus disimpan di \$SOP_DATA atau ~/.local/share/sop/kasus.sqlite; tanpa --petugas, daftar petugas dibaca dari \$SOP_PETUGAS atau ./petugas.yaml.
TEXT
