#!/usr/bin/env python3
"""Builds panel.csv (tidy CSV, the CLI's columns) from two real SSB files in /work/shared/data/municipal.

Run from this folder: python3 make-panel.py /work/shared/data/municipal
"""
import csv, sys
root = sys.argv[1]
out = csv.writer(open("panel.csv", "w", newline="", encoding="utf-8"), lineterminator="\n")
out.writerow(["region", "variable", "period", "value", "status", "unit", "decimals", "source", "table",
              "contents_code", "updated"])
with open(f"{root}/population/ssb-07459_folkemengde_alle-kommuner_2005-2024.DERIVED.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if 2015 <= int(r["aar"]) <= 2023:
            out.writerow([r["kommunenummer"], "population", r["aar"], r["folkemengde_1_januar"], "", "personer", "0",
                          "Statistisk sentralbyrå", "07459", "Personer1", ""])
with open(f"{root}/kindergarten/ssb-13502_KOSandel120000_alle-kommuner_2015-2023.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        out.writerow([r["kommunenummer"], "kindergarten.coverage-1-2", r["aar"], r["verdi_1_desimal"], "",
                      "prosent", "1", "Statistisk sentralbyrå", "13502", "KOSandel120000", ""])
