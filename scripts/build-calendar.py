#!/usr/bin/env python3
"""Builds kalender/nasional.yaml (the national working calendar) from the shared holiday data.

    python3 scripts/build-calendar.py            # writes kalender/nasional.yaml
    python3 scripts/build-calendar.py --check    # exit 1 when the committed file is out of date

Input: every kalender/data/hari-libur-*.yaml (one YAML document per year: libur_nasional,
cuti_bersama, hari_libur_khusus, the SKB decree, its amendments, related Keppres). The 2024-2026
file is a copy of shared/data; later years are added as their SKB is signed (each September). Every day off keeps its legal basis: the year's SKB 3 Menteri for libur nasional and
cuti bersama (noting amendments), the entry's own Keppres for election days.
Needs PyYAML. The output is plain text written here (not yaml.dump) so it stays readable.
"""
import argparse
import datetime
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "kalender" / "data"
DEFAULT_OUTPUT = ROOT / "kalender" / "nasional.yaml"
KINDS = ["libur_nasional", "cuti_bersama", "hari_libur_khusus"]

# The data's notes are in English; users read the calendar in Bahasa Indonesia.
MONTHS = {"January": "Januari", "February": "Februari", "March": "Maret", "May": "Mei", "June": "Juni",
          "July": "Juli", "August": "Agustus", "October": "Oktober", "December": "Desember"}
NOTES = [
    (r"^confirmed by Kemenag sidang isbat (.+?) \(Muhammadiyah: (.+?), which is a cuti bersama day anyway\)$",
     r"ditetapkan dalam sidang isbat Kementerian Agama \1 (Muhammadiyah: \2, yang memang hari cuti bersama)"),
    (r"^confirmed by Kemenag sidang isbat (.+)$", r"ditetapkan dalam sidang isbat Kementerian Agama \1"),
    (r"^SKB date; set finally by Menteri Agama .*re-check after mid-May 2026$",
     "tanggal menurut SKB; kepastiannya ditetapkan Menteri Agama melalui sidang isbat Zulhijah 1447 H, "
     "yang hasilnya belum ada dalam sumber: periksa kembali setelah pertengahan Mei 2026"),
    (r"^SKB date; set finally by Menteri Agama \(sidang isbat for (\w+) (\d+)\): re-check after (?:early |mid-)(\w+) (\d+)$",
     r"tanggal menurut SKB; kepastiannya ditetapkan Menteri Agama melalui sidang isbat \1 \2 H: "
     r"periksa kembali setelah sidang isbat (\3 \4)"),
    (r"^second Isra Mikraj of the year .*$",
     "Isra Mikraj kedua dalam tahun ini (27 Rajab 1449 H jatuh pada tahun Masehi yang sama)"),
    (r"^added by amendment; not in Keppres 2/2025\..*not found.*$",
     "ditambahkan oleh perubahan SKB; tidak tercantum dalam Keppres 2/2025 tentang cuti bersama ASN, "
     "dan Keppres cuti bersama ASN untuk hari ini tidak ditemukan dalam sumber"),
]


def indonesian(note):
    for pattern, replacement in NOTES:
        match = re.match(pattern, note)
        if match:
            text = match.expand(replacement)
            for english, bahasa in MONTHS.items():
                text = text.replace(english, bahasa)
            return text
    sys.stderr.write(f"peringatan: catatan belum diterjemahkan, disalin apa adanya: {note}\n")
    return note


def long_date(value):
    """2025-08-07 -> "7 Agustus 2025"."""
    date = as_date(value)
    names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
    return f"{date.day} {names[date.month - 1]} {date.year}"


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def anchor_lines(year_doc):
    """The year's decrees as (anchor, title) pairs: the SKB (as amended) and each amendment."""
    year = year_doc["year"]
    amendments = year_doc.get("amendments") or []
    skb = year_doc["decree"]
    if amendments:
        skb += " sebagaimana telah diubah dengan " + "; ".join(a["decree"].split(" tentang ")[0] for a in amendments)
    result = [(f"skb_{year}", skb)]
    for index, amendment in enumerate(amendments, start=1):
        result.append((f"skb_{year}_perubahan_{index}", f"{amendment['decree']} (ditetapkan {long_date(amendment['signed'])})"))
    return result


def basis_anchor(year_doc, entry, kind):
    """The anchor or literal legal basis of one day off."""
    year = year_doc["year"]
    basis = entry.get("basis")
    if kind == "hari_libur_khusus":
        if not basis:
            sys.exit(f"galat: {entry['date']} ({entry['name']}) tidak memiliki dasar hukum (basis)")
        return quoted(basis)
    if basis:
        # An entry added by an amendment cites the amending SKB by its number.
        number = re.search(r"Nomor (\d+) Tahun (\d+)", basis)
        for index, amendment in enumerate(year_doc.get("amendments") or [], start=1):
            if number and f"Nomor {number.group(1)} Tahun {number.group(2)}" in amendment["decree"]:
                return f"*skb_{year}_perubahan_{index}"
        return quoted(basis)
    return f"*skb_{year}"


def entry_note(entry):
    notes = []
    if entry.get("skb_name"):
        notes.append(f"nama dalam SKB: '{entry['skb_name']}'; ditulis dengan penamaan Keputusan Presiden Nomor 8 Tahun 2024 tentang Hari-Hari Libur")
    if entry.get("note"):
        notes.append(indonesian(entry["note"]))
    if entry.get("beda_sumber"):
        notes.append("beda dengan sumber pembanding (Keputusan Bersama yang berlaku): " + entry["beda_sumber"])
    if entry.get("unverified"):
        notes.append("belum terverifikasi")
    return "; ".join(notes)


def as_date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def build(documents, source_name):
    years = [doc["year"] for doc in documents]
    out = [
        "# Kalender kerja nasional: hari libur nasional, cuti bersama dan hari libur khusus (hari pemungutan suara)",
        f"# {years[0]}-{years[-1]}, dengan jam kerja bawaan instansi pemerintah pusat. Format: docs/kalender.md.",
        f"# DIBUAT OTOMATIS oleh scripts/build-calendar.py dari {source_name}: jangan disunting langsung;",
        "# perbaiki datanya lalu jalankan ulang skrip ini. Kantor menambah libur sendiri di berkasnya sendiri",
        "# dengan `sertakan: nasional.yaml` (contoh: kalender/contoh-kantor-wit.yaml).",
        f"nama: Kalender Kerja Nasional {years[0]}-{years[-1]}",
        "zona_waktu: Asia/Jakarta",
        "tahun: [" + ", ".join(str(y) for y in years) + "]",
        "# Default: selesai pada jam tutup hari kerja ke-N (lihat docs/kalender.md).",
        "hari_kerja_berakhir: tutup_hari",
        "# Perpres 21/2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN: 37,5 jam",
        "# kerja seminggu di luar istirahat. Senin-Kamis 07:30-16:00 dikurangi istirahat 1 jam = 7,5 jam",
        "# x 4 = 30 jam; Jumat 07:30-16:30 dikurangi istirahat 1,5 jam = 7,5 jam; jumlah 37,5 jam.",
        "jam_kerja:",
        '  senin: &senin_kamis {buka: "07:30", tutup: "16:00", istirahat: "12:00-13:00"}',
        "  selasa: *senin_kamis",
        "  rabu: *senin_kamis",
        "  kamis: *senin_kamis",
        '  jumat: {buka: "07:30", tutup: "16:30", istirahat: "11:30-13:00"}',
        "  sabtu: libur",
        "  minggu: libur",
        "sumber:",
    ]
    listed = set()
    for doc in documents:
        for anchor, title in anchor_lines(doc):
            out.append(f"  - &{anchor} {quoted(title)}")
        # The Keppres beside the SKB (cuti bersama for ASN, the list of holidays), each once.
        for related in doc.get("related") or []:
            title = related.split(":")[0].strip()
            number = re.match(r"^Keputusan Presiden Nomor \d+ Tahun \d+", title)
            if number and number.group(0) not in listed:
                listed.add(number.group(0))
                out.append(f"  - {quoted(title)}")
    out.append("libur:")
    for doc in documents:
        entries = []
        for kind in KINDS:
            for entry in doc.get(kind) or []:
                date = as_date(entry["date"])
                if date.year != doc["year"]:
                    sys.exit(f"galat: {date} tercantum pada data tahun {doc['year']}")
                entries.append((date, kind, entry))
        entries.sort(key=lambda item: (item[0], KINDS.index(item[1])))
        counts = doc.get("counts") or {}
        summary = ", ".join(f"{kind} {sum(1 for e in entries if e[1] == kind)}" for kind in KINDS)
        out.append(f"  # {doc['year']}: {summary} (counts di data: {counts.get('total', '?')} hari)")
        for date, kind, entry in entries:
            fields = [f"tanggal: {date.isoformat()}", f"nama: {quoted(entry['name'])}", f"jenis: {kind}",
                      f"dasar_hukum: {basis_anchor(doc, entry, kind)}"]
            note = entry_note(entry)
            if note:
                fields.append(f"catatan: {quoted(note)}")
            out.append("  - {" + ", ".join(fields) + "}")
        if counts and counts.get("total") != len(entries):
            sys.exit(f"galat: tahun {doc['year']} memuat {len(entries)} hari, counts menyebut {counts.get('total')}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, action="append",
                        help="a year file (repeatable); default: every kalender/data/hari-libur-*.yaml")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="only compare with the existing output")
    args = parser.parse_args()
    inputs = args.input or sorted(DATA_DIR.glob("hari-libur-*.yaml"))
    documents = sorted((doc for path in inputs for doc in yaml.safe_load_all(path.read_text(encoding="utf-8"))),
                       key=lambda d: d["year"])
    years = [doc["year"] for doc in documents]
    if len(set(years)) != len(years) or years != list(range(years[0], years[0] + len(years))):
        sys.exit(f"galat: tahun data harus berurutan dan masing-masing sekali: {years}")
    text = build(documents, "kalender/data/" + ", ".join(path.name for path in inputs))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            sys.stderr.write(f"{args.output} tidak sesuai data; jalankan scripts/build-calendar.py\n")
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
