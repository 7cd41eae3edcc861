#!/usr/bin/env bash
# One process per step: N resolved helpdesk cases through `sop kasus buka/lakukan`; prints
# ms per process (wall, median of all step processes). Usage: cli.sh SOP_BINARY DB N
set -euo pipefail
SOP="$1"; DB="$2"; N="$3"; cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rm -f "$DB" "$DB-wal" "$DB-shm"
common=(--data "$DB" --petugas contoh/petugas.yaml --tanpa-tanya)
times=()
run() { local t0=$(date +%s%N); "$SOP" "$@" "${common[@]}" >/dev/null; local t1=$(date +%s%N); times+=($(( (t1 - t0) / 1000 ))); }
for n in $(seq 1 "$N"); do
  id=$("$SOP" kasus buka sops/helpdesk.yaml --data "$DB" --petugas contoh/petugas.yaml | awk '{print $2; exit}')
  run kasus lakukan "$id" hadir --sebagai "Budi Santoso" --kontak 0812-3456-7890 --isi "tanggal_waktu=2024-04-02 09:00" --isi "nama=Budi Santoso" --isi nomor_handphone=0812-3456-7890 --isi "nama_partai=Partai Contoh" --isi kanal=tatap_muka
  run kasus lakukan "$id" terima --sebagai "Rina Wulandari" --isi "permasalahan=Cara mengunggah KTA di SIPOL"
  run kasus lakukan "$id" jawab --sebagai "Rina Wulandari" --pilih Ya
  run kasus lakukan "$id" tanya_paham --sebagai "Rina Wulandari" --isi dipahami=ya
  run kasus lakukan "$id" catat --sebagai "Rina Wulandari"
  run kasus lakukan "$id" serahkan --sebagai "Rina Wulandari"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "steps %d  median %.2f ms  min %.2f ms  max %.2f ms\n", NR, a[int((NR+1)/2)]/1000, a[1]/1000, a[NR]/1000}'
