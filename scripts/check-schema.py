#!/usr/bin/env python3
"""Validate SOP YAML files against schema/sop.schema.json.

Usage:
    scripts/check-schema.py [FILE.yaml ...]   # default: sops/*.yaml, the corpus, the guide's example
    scripts/check-schema.py --self-test       # the schema must reject known-bad documents

YAML is read with PyYAML's BaseLoader, so every scalar is a string, exactly as the
project's own loader sees it (`5` is "5", `ya` is "ya", `2022-08-01` is "2022-08-01").
Duplicate keys are reported as errors (the project's loader rejects them too, SOP103).

Exit status: 0 all valid, 1 some file invalid (or a self-test case wrongly accepted),
2 usage error, missing file or missing dependency.
"""

import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_PATH = os.path.join(ROOT, "schema", "sop.schema.json")
DEFAULT_GLOBS = [os.path.join(ROOT, "sops", "*.yaml"), os.path.join(ROOT, "contoh", "korpus", "bps-*.yaml"),
                 os.path.join(ROOT, "docs", "contoh-sop.yaml")]

USAGE = "usage: check-schema.py [--self-test] [FILE.yaml ...]"


def die(msg, code=2):
    print(msg, file=sys.stderr)
    sys.exit(code)


try:
    import yaml
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError, best_match
except ImportError as exc:  # pragma: no cover - depends on the environment
    die("check-schema.py: missing dependency (%s).\n"
        "Install it with: pip install jsonschema pyyaml" % exc)


class StrictBaseLoader(yaml.BaseLoader):
    """BaseLoader (all scalars are strings) that refuses duplicate mapping keys."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark,
                "found duplicate key %r (first at line %d)" % (key, seen[key] + 1),
                key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.BaseLoader.construct_mapping(loader, node, deep=deep)


StrictBaseLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(text, name="<text>"):
    """Return (data, lines) where lines maps a JSON-path tuple to a 1-based line."""
    loader = StrictBaseLoader(text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    lines = {}

    def walk(n, path):
        lines[path] = n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                walk(v, path + (k.value,))
                # point at the key (a block value may start on a later line)
                lines[path + (k.value,)] = k.start_mark.line + 1
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                walk(v, path + (i,))

    walk(node, ())
    return data, lines


def load_validator():
    try:
        with open(SCHEMA_PATH, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as exc:
        die("check-schema.py: cannot read schema %s: %s" % (SCHEMA_PATH, exc))
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        die("check-schema.py: %s is not a valid draft 2020-12 schema: %s" % (SCHEMA_PATH, exc.message))
    return Draft202012Validator(schema)


def line_of(lines, path):
    path = tuple(path)
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path)


def short(value, limit=60):
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def describe(error):
    """One-line message. Combination errors (not/anyOf/oneOf) are explained with the
    schema's own description (Bahasa Indonesia, as shown in editors)."""
    if error.validator == "not":
        # A forbidden combination; the schema says which in its description.
        value = error.validator_value
        return (value.get("description") if isinstance(value, dict) else None) \
            or error.schema.get("description") or "forbidden combination of keys"
    if error.validator == "oneOf" and all(isinstance(arm, dict) and "required" in arm
                                          for arm in error.validator_value):
        keys = sorted({k for arm in error.validator_value for k in arm["required"]})
        return "exactly one of %s is required" % ", ".join(keys)
    if error.validator == "pattern" and error.schema.get("description"):
        return "%s has the wrong form: %s" % (short(error.instance), error.schema["description"])
    if error.validator in ("anyOf", "oneOf"):
        msg = "%s is not valid here" % short(error.instance)
        if error.schema.get("description"):
            msg += ": " + error.schema["description"]
        if error.context:
            sub = best_match(error.context)
            where = "".join("[%r]" % p if isinstance(p, str) else "[%d]" % p
                            for p in sub.relative_path)
            if where:  # an error inside a nested object is worth showing
                msg += " (at %s: %s)" % (where, sub.message)
        return msg
    return error.message


def errors_for(validator, data, lines=None):
    def key(e):
        line = line_of(lines, error_path(e)) if lines else None
        return (line or 0, [str(p) for p in e.absolute_path])
    return sorted(validator.iter_errors(data), key=key)


def error_path(error):
    """The path to point at: for an unknown key, the key itself rather than its mapping."""
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        if extra:
            return path + (extra[0],)
    return path


def yaml_error_text(exc):
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    text = problem if not context else "%s (%s)" % (problem, context)
    return (mark.line + 1 if mark else None), text


def check_file(validator, path, display):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as exc:
        print("%s: cannot read: %s" % (display, exc))
        return False
    try:
        data, lines = load_yaml(text, display)
    except yaml.YAMLError as exc:
        line, msg = yaml_error_text(exc)
        print("%s%s: YAML error: %s" % (display, ":%d" % line if line else "", msg))
        return False
    if data is None:
        print("%s: empty document" % display)
        return False
    errors = errors_for(validator, data, lines)
    for err in errors:
        line = line_of(lines, error_path(err))
        loc = "%s:%d" % (display, line) if line else display
        print("%s: %s: %s" % (loc, err.json_path, describe(err)))
    return not errors


# --- self-test -------------------------------------------------------------------

MINIMAL = """\
identitas:
  instansi: Komisi Pemilihan Umum Kota Contoh
  nomor: 1 Tahun 2024
  nama: Contoh
pelaksana:
  - id: petugas
    nama: Petugas
    tingkat: kabupaten_kota
langkah:
  - id: mulai
    kegiatan: Menerima permohonan
    pelaksana: petugas
    waktu: 5
  - id: akhir
    kegiatan: Menyerahkan jawaban
    pelaksana: petugas
    selesai: ya
"""

ROWS = MINIMAL.split("langkah:")[0] + """langkah:
  - kegiatan: Mengajukan dan menerima permohonan
    waktu: 2 Minggu
    simbol:
      - {id: mulai, bentuk: terminator, pelaksana: petugas, teks: Langsung ke Kantor}
      - id: periksa
        bentuk: keputusan
        pelaksana: petugas
        cabang:
          - {label: Lengkap, ke: [akhir, arsip]}
          - {id: ulang, ke: mulai}
  - kegiatan: Menyerahkan jawaban dan mengarsipkan
    bersama: salah_satu
    halaman_baru: ya
    simbol:
      - {id: akhir, pelaksana: petugas, garis: arsip}
      - {id: arsip, pelaksana: petugas, selesai: ya}
"""

VALID_CASES = [
    ("minimal document", MINIMAL),
    ("rows holding several symbols, an unlabelled exit, a fork, a line", ROWS),
    ("tampilan, kop, dates as printed, abaikan, hari",
     MINIMAL.replace("nama: Contoh", "nama: Contoh\n  kop: [BADAN PUSAT STATISTIK, PROVINSI BENGKULU]\n"
                     "  tanggal_pembuatan: Agustus 2023\n  tanggal_revisi: \"-\"")
     + "tampilan:\n  judul_kolom: {kegiatan: Aktivitas, pelaksana: \"\"}\n  mutu_baku: [kelengkapan, output, waktu]\n"
       "  nomor_kolom: ya\n  ulangi_judul: tidak\nhari: kerja\nabaikan:\n  - {kode: SOP502, alasan: Seperti disahkan.}\n"),
    ("several flowcharts",
     MINIMAL.split("langkah:")[0] + "prosedur:\n  - id: satu\n    judul: Prosedur Satu\n    langkah:\n"
     "      - {id: a, kegiatan: Menerima, pelaksana: petugas}\n      - {id: b, kegiatan: Menjawab, pelaksana: petugas}\n"),
    ("format \"1\", boolean words in any case, ISO and written dates",
     "format: 1\n" + MINIMAL.replace("nama: Contoh", "nama: Contoh\n  tanggal_pengesahan: 01 Agustus 2022\n"
                                      "  tanggal_revisi:\n  tanggal_pembuatan: 2022-07-28")
     .replace("selesai: ya", "selesai: BENAR")),
]

INVALID_CASES = [
    ("unknown symbol key", ROWS.replace("teks: Langsung ke Kantor}", "teks: Langsung ke Kantor, warna: biru}")),
    ("unknown shape", ROWS.replace("bentuk: terminator", "bentuk: dokumen")),
    ("simbol and a one-symbol key on one row", ROWS.replace("    waktu: 2 Minggu\n", "    waktu: 2 Minggu\n    pelaksana: petugas\n")),
    ("bad bersama", ROWS.replace("bersama: salah_satu", "bersama: keduanya")),
    ("both langkah and prosedur", MINIMAL + "prosedur:\n  - id: satu\n    langkah:\n      - {id: a, kegiatan: X, pelaksana: petugas}\n"),
    ("unknown mutu baku column", MINIMAL + "tampilan:\n  mutu_baku: [kelengkapan, biaya]\n"),
    ("unknown key in a step",
     MINIMAL.replace("    waktu: 5\n", "    waktu: 5\n    durasi: 5 menit\n")),
    ("unknown top-level key", MINIMAL + "catatan: x\n"),
    ("bad tingkat", MINIMAL.replace("tingkat: kabupaten_kota", "tingkat: kecamatan")),
    ("decision with one exit",
     MINIMAL.replace("    waktu: 5\n", "    waktu: 5\n    keputusan:\n      cabang:\n        - ke: akhir\n")),
    ("lanjut together with selesai",
     MINIMAL.replace("    selesai: ya\n", "    selesai: ya\n    lanjut: mulai\n")),
    ("selesai together with keputusan",
     MINIMAL.replace("    selesai: ya\n", "    selesai: ya\n    keputusan:\n      cabang:\n"
                     "        - ke: mulai\n        - ke: akhir\n")),
    ("tanggal_efektif together with tanggal_pengesahan",
     MINIMAL.replace("nama: Contoh", "nama: Contoh\n  tanggal_efektif: 2022-08-01\n"
                     "  tanggal_pengesahan: 2022-08-01")),
    ("id not lowercase snake_case", MINIMAL.replace("id: mulai", "id: Mulai")),
    ("boolean word outside ya/tidak/true/false/benar/salah",
     MINIMAL.replace("selesai: ya", "selesai: yes")),
    ("tipe pilihan without pilihan",
     MINIMAL.replace("    waktu: 5\n", "    waktu: 5\n    isian:\n      - {id: kanal, nama: Kanal, tipe: pilihan}\n")),
    ("unknown field tipe",
     MINIMAL.replace("    waktu: 5\n", "    waktu: 5\n    isian:\n      - {id: x, nama: X, tipe: string}\n")),
    ("format 2", "format: 2\n" + MINIMAL),
    ("missing identitas.nomor", MINIMAL.replace("  nomor: 1 Tahun 2024\n", "")),
    ("empty langkah", MINIMAL.split("langkah:")[0] + "langkah: []\n"),
    ("tugas_berkala with both setiap and pukul",
     MINIMAL + "tugas_berkala:\n  - id: cek\n    kegiatan: Mengecek\n    pelaksana: petugas\n"
               "    setiap: 1 jam\n    pukul: [\"08.00\"]\n"),
    ("tugas_berkala pukul out of range",
     MINIMAL + "tugas_berkala:\n  - id: cek\n    kegiatan: Mengecek\n    pelaksana: petugas\n"
               "    pukul: [\"25.00\"]\n"),
    ("bad date", MINIMAL.replace("nama: Contoh", "nama: Contoh\n  tanggal_efektif: 2022-13-01")),
    ("keterkaitan link without berkas",
     MINIMAL.replace("nama: Contoh", "nama: Contoh\n  keterkaitan:\n    - {judul: SOP Lain}")),
]


def self_test(validator):
    failures = 0
    for name, text in VALID_CASES:
        data, _ = load_yaml(text)
        errs = errors_for(validator, data)
        if errs:
            failures += 1
            print("FAIL  valid document rejected: %s" % name)
            for e in errs:
                print("      %s: %s" % (e.json_path, describe(e)))
        else:
            print("ok    accepted: %s" % name)
    for name, text in INVALID_CASES:
        data, _ = load_yaml(text)
        errs = errors_for(validator, data)
        if errs:
            print("ok    rejected: %s (%s: %s)" % (name, errs[0].json_path, describe(errs[0])[:100]))
        else:
            failures += 1
            print("FAIL  invalid document accepted: %s" % name)
    print("self-test: %d case(s), %d failure(s)" % (len(VALID_CASES) + len(INVALID_CASES), failures))
    return failures == 0


def main(argv):
    args = argv[1:]
    if any(a in ("-h", "--help") for a in args):
        print(__doc__.strip())
        return 0
    if "--self-test" in args:
        if len(args) != 1:
            die(USAGE)
        return 0 if self_test(load_validator()) else 1
    unknown = [a for a in args if a.startswith("-")]
    if unknown:
        die("check-schema.py: unknown option %s\n%s" % (unknown[0], USAGE))
    files = args or [os.path.relpath(f) for pattern in DEFAULT_GLOBS for f in sorted(glob.glob(pattern))]
    if not files:
        die("check-schema.py: no files to check (looked for %s)" % os.path.relpath(DEFAULT_GLOB))
    missing = [f for f in files if not os.path.isfile(f)]
    if missing:
        die("check-schema.py: no such file: %s" % ", ".join(missing))
    validator = load_validator()
    bad = 0
    for path in files:
        if check_file(validator, path, path):
            print("%s: ok" % path)
        else:
            bad += 1
    if bad:
        print("%d of %d file(s) invalid" % (bad, len(files)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
