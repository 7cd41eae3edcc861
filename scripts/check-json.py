#!/usr/bin/env python3
"""Validate command output against its documented JSON Schema (docs/json/).

Usage:
    scripts/check-json.py SCHEMA.json OUTPUT.json [OUTPUT.json ...]

Exit status: 0 every output valid, 1 some output invalid (each error named with its path),
2 usage error, unreadable file or missing dependency.
"""

import json
import sys

try:
    import jsonschema
except ImportError:
    print("check-json: paket Python 'jsonschema' belum terpasang: jalankan scripts/setup.sh", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print(f"check-json: skema {argv[1]} tidak dapat dipakai: {error}", file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as error:
            print(f"{path}: bukan JSON: {error}")
            failed = True
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            where = "/".join(str(p) for p in error.absolute_path) or "(akar)"
            print(f"{path}: {where}: {error.message}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
