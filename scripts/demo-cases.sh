#!/usr/bin/env bash
# Runs one case of each shipped SOP to the end with the example roster, in a fresh demo store,
# shows a refused attempt by the wrong person, the queue, a timeline, and verifies the chains.
set -euo pipefail
cd "$(dirname "$0")/.."
sop=${SOP_BIN:-.build/debug/sop}
export SOP_DATA=${SOP_DATA:-out/demo/kasus.sqlite}
export SOP_PETUGAS=contoh/petugas.yaml
rm -f "$SOP_DATA" "$SOP_DATA-wal" "$SOP_DATA-shm"

new_case() { "$sop" kasus buka "$@" | tee /dev/stderr | sed -n 's/^Kasus \([A-Z0-9-]*\) dibuka.*/\1/p'; }
do_step() { "$sop" kasus lakukan "$@"; }

echo "== Helpdesk SIPOL (sops/helpdesk.yaml): eskalasi sampai Helpdesk KPU =="
hd=$(new_case sops/helpdesk.yaml 2>&1 >/dev/null | sed -n 's/^Kasus \([A-Z0-9-]*\) dibuka.*/\1/p')
do_step "$hd" hadir --sebagai "Budi Santoso" --kontak 0812-3456-7890 --isi kanal=tatap_muka \
  --isi tanggal_waktu="2024-04-02 09:00" --isi nama="Budi Santoso" --isi nomor_handphone=0812-3456-7890 \
  --isi nama_partai="Partai Contoh"
echo "-- percobaan oleh orang yang tidak berwenang (harus ditolak):"
do_step "$hd" terima --sebagai "Maria Ulfa" --isi permasalahan="Unggah KTA gagal" || echo "(ditolak, status $?)"
do_step "$hd" terima --sebagai "Rina Wulandari" --isi permasalahan="Unggah KTA gagal di SIPOL"
do_step "$hd" jawab --sebagai "Rina Wulandari" --pilih Tidak
do_step "$hd" lapor_anggota --sebagai "Rina Wulandari"
do_step "$hd" telaah_anggota --sebagai "Hendra Saputra" --pilih Tidak
do_step "$hd" koordinasi_provinsi --sebagai "Hendra Saputra"
do_step "$hd" jawab_provinsi --sebagai "Lestari Dewi" --pilih Tidak
do_step "$hd" teruskan_kpu --sebagai "Lestari Dewi"
do_step "$hd" jawab_kpu --sebagai "Agung Nugroho"
do_step "$hd" sampaikan_jawaban --sebagai "Rina Wulandari"
do_step "$hd" tanya_paham --sebagai "Rina Wulandari" --isi dipahami=ya
do_step "$hd" catat --sebagai "Rina Wulandari"
do_step "$hd" serahkan --sebagai "Rina Wulandari" --isi tanda_terima="Budi Santoso"
"$sop" kasus lihat "$hd"

echo; echo "== Pengaduan masyarakat (sops/pengaduan.yaml): dicatat belakangan dari kertas, dengan Plh. =="
# Recorded afterwards from the paper agenda (--pada): the Kasubbag Hukum was on leave 1-5 April 2024,
# so Bayu Santoso signs the disposition as Plh. (contoh/petugas.yaml).
pg=$(new_case sops/pengaduan.yaml --pada "2024-04-01 08:00" 2>&1 >/dev/null | sed -n 's/^Kasus \([A-Z0-9-]*\) dibuka.*/\1/p')
do_step "$pg" perintah_pemeriksaan --sebagai "Bayu Santoso" --pada "2024-04-01 09:00"
do_step "$pg" terima_pengaduan --sebagai "Fitri Amalia" --pada "2024-04-01 14:00"
do_step "$pg" disposisi --sebagai "Bayu Santoso" --pada "2024-04-02 10:00"
do_step "$pg" pencermatan --sebagai "Bayu Santoso" --pada "2024-04-03 11:00"
do_step "$pg" tindak_lanjut --sebagai "Rudi Hartono" --pada "2024-04-04 15:00"
do_step "$pg" kirim_balasan --sebagai "Fitri Amalia" --pada "2024-04-05 10:00"
do_step "$pg" arahan_rekap --sebagai "Maria Ulfa" --pada "2024-04-16 09:00"
do_step "$pg" rekap --sebagai "Bayu Santoso" --pada "2024-04-18 10:00" --catatan "menunggu nota dinas balasan yang tertunda"
"$sop" kasus lihat "$pg"

echo; echo "== Autentifikasi data perolehan suara (sops/autentifikasi.yaml): disposisi berjenjang =="
au=$(new_case sops/autentifikasi.yaml 2>&1 >/dev/null | sed -n 's/^Kasus \([A-Z0-9-]*\) dibuka.*/\1/p')
do_step "$au" terima_surat --sebagai "Siti Aminah"
do_step "$au" registrasi --sebagai "Siti Aminah"
do_step "$au" disposisi_kpu --sebagai "Agus Arifin"
do_step "$au" disposisi_sekretaris --sebagai "Bambang Wijaya"
do_step "$au" disposisi_kabag --sebagai "Nurhayati"
do_step "$au" disposisi_kasubbag --sebagai "Joko Susilo"
do_step "$au" siapkan_balasan --sebagai "Putri Maharani"
do_step "$au" paraf_kasubbag --sebagai "Joko Susilo" --pilih "Belum Benar"
do_step "$au" perbaiki_konsep --sebagai "Putri Maharani"
do_step "$au" paraf_kasubbag --sebagai "Joko Susilo" --pilih "Sudah Benar"
do_step "$au" paraf_kabag --sebagai "Nurhayati" --pilih "Sudah Benar"
do_step "$au" paraf_sekretaris --sebagai "Bambang Wijaya" --pilih "Sudah Benar"
do_step "$au" tanda_tangan --sebagai "Agus Arifin"
do_step "$au" kirim_surat --sebagai "Siti Aminah"

echo; echo "== Antrian helpdesk (sops/antrian.yaml): dua tamu, satu meja =="
for tamu in "Ani Lestari" "Citra Dewi"; do
  aq=$(new_case sops/antrian.yaml 2>&1 >/dev/null | sed -n 's/^Kasus \([A-Z0-9-]*\) dibuka.*/\1/p')
  do_step "$aq" hadir --sebagai "$tamu" --kontak 0813-1111-2222 --isi tanggal_waktu="2024-04-02 10:00" \
    --isi nama="$tamu" --isi nama_partai="Partai Contoh" --isi nomor_telepon=0813-1111-2222 \
    --isi email=tamu@contoh.id --isi tanda_tangan="$tamu"
  do_step "$aq" terima --sebagai "Rina Wulandari"
  queued+=("$aq")
done
"$sop" antrian
for aq in "${queued[@]}"; do do_step "$aq" layani --sebagai "Dedi Kurniawan"; done

echo; echo "== Tugas berkala Helpdesk (sops/helpdesk.yaml) pada 2 April 2024 =="
"$sop" agenda catat sops/helpdesk.yaml laporan_sipol --sebagai "Rina Wulandari" --pada "2024-04-02 08:05"
"$sop" agenda catat sops/helpdesk.yaml cek_surat_elektronik --sebagai "Dedi Kurniawan" --pada "2024-04-02 08:20"
"$sop" agenda sops/helpdesk.yaml --tanggal 2024-04-02 | head -8

echo; echo "== Laporan dari kasus yang tercatat =="
"$sop" laporan terlambat --pada "2024-04-18 08:00"
"$sop" laporan harian --tanggal 2024-04-18
"$sop" laporan kepatuhan --dari 2024-04-01 --sampai 2024-04-30
"$sop" laporan monitoring --dari 2024-04-01 --sampai 2024-04-30 --format html -o out/demo/monitoring.html

echo; echo "== Semua kasus =="
"$sop" kasus daftar
echo; echo "== Verifikasi rantai hash =="
"$sop" verifikasi
