#!/usr/bin/env python3
"""Cross-checks the national calendar's data against a second maintained source, python-holidays.

    python3 scripts/check-holidays.py     # exit 1 on an unexplained difference

For every year in kalender/data/hari-libur-*.yaml: libur_nasional + hari_libur_khusus must equal
python-holidays' `public` category for Indonesia, cuti_bersama its `government` category. Where the
two differ the decree wins: the entry must say so in `beda_sumber` (added day), or the year in
`beda_sumber` (a list of "YYYY-MM-DD: reason" for a day the other source has and the decree does
not). Any other difference fails, so a new holidays release or a typo in the data is caught.
The holidays version is pinned in scripts/test.sh.
"""
import sys
from pathlib import Path

import holidays
import yaml

DATA = Path(__file__).resolve().parent.parent / "kalender" / "data"


def as_text(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def check(doc):
    year = doc["year"]
    explained = {as_text(line).split(":")[0].strip() for line in doc.get("beda_sumber") or []}
    problems = []
    for kinds, category in ((("libur_nasional", "hari_libur_khusus"), "public"), (("cuti_bersama",), "government")):
        ours = {}
        for kind in kinds:
            for entry in doc.get(kind) or []:
                ours[as_text(entry["date"])] = entry
        theirs = {d.isoformat(): name for d, name in
                  holidays.country_holidays("ID", years=year, categories=(category,)).items()}
        for date in sorted(set(ours) - set(theirs)):
            if not ours[date].get("beda_sumber"):
                problems.append(f"{date} ({ours[date]['name']}) ada di data, tidak ada di python-holidays ({category})")
        for date in sorted(set(theirs) - set(ours)):
            if date not in explained:
                problems.append(f"{date} ({theirs[date]}) ada di python-holidays ({category}), tidak ada di data")
    return problems


def main():
    problems = []
    years = []
    for path in sorted(DATA.glob("hari-libur-*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            years.append(doc["year"])
            problems += [f"{path.name}: {p}" for p in check(doc)]
    for problem in problems:
        sys.stderr.write(f"galat: {problem}\n")
    if problems:
        sys.stderr.write("Keputusan Bersama yang berlaku menang: jika data benar, tulis alasannya di `beda_sumber`.\n")
        return 1
    print(f"kalender nasional {years[0]}-{years[-1]} sama dengan python-holidays {holidays.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
