#!/usr/bin/env bash
# The multi-office demo: sets up a fresh machine, starts a private PostgreSQL (scripts/postgres.sh),
# and runs `sop server` on it with the demo offices (contoh/server/kantor.yaml: KPU pusat, one
# provinsi, two kabupaten) and staff (contoh/server/petugas.yaml, password sandi-demo-2024),
# serving the shipped SOPs at http://127.0.0.1:${SOP_PORT:-8080}/ until Ctrl-C. docs/server.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --product sop
URL="$(bash scripts/postgres.sh start)"
# The demo's own database, beside the tests' one; kept between runs (drop it to start afresh:
# PGPASSWORD=sop psql -h 127.0.0.1 -p 54329 -U sop -d sop -c 'DROP DATABASE sop_demo').
DB_URL="${URL%/*}/sop_demo"
export PGPASSWORD=sop
HOSTPORT="${URL#*@}"; HOSTPORT="${HOSTPORT%/*}"
if [ -z "$(psql -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U sop -d sop -qAt -c "SELECT 1 FROM pg_database WHERE datname = 'sop_demo'")" ]; then
  psql -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U sop -d sop -q -c "CREATE DATABASE sop_demo"
fi
echo "Masuk sebagai staf demo (kata sandi: sandi-demo-2024), misalnya:"
echo "  199001012015031001  Rina Wulandari, helpdesk KPU Kab. Musi Rawas Utara"
echo "  197805122005011003  Hendra Saputra, anggota KPU Kab. Musi Rawas Utara"
echo "  198502022010011006  Lestari Dewi, helpdesk KPU Provinsi Sumatera Selatan"
echo "  198303032008011007  Agung Nugroho, helpdesk KPU"
echo "Daftar lengkap: docs/server.md. Penyimpanan: $DB_URL"
exec .build/debug/sop server --data "$DB_URL" --petugas contoh/server/petugas.yaml \
  --daftar-kantor contoh/server/kantor.yaml --port "${SOP_PORT:-8080}" "$@"
