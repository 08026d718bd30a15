#!/usr/bin/env python3
"""Writes src/LangGap/Languages/speakers.tsv (see assets/languages/README.md for the sources and how to run it).

usage: make-speakers.py TERRITORY_INFO_JSON LANGUAGES_TSV VANESCH_TSV > speakers.tsv
TERRITORY_INFO_JSON is supplemental/territoryInfo.json of the cldr-core npm package (CLDR 48: `npm pack cldr-core@48.2.0`).
VANESCH_TSV is language_metadata/data.tsv of github.com/google-research/url-nlp at commit
452a21ad3dae5668c06ceeac21ff073e1e40f9be (van Esch et al. 2022, "Writing System and Speaker Metadata for 2,800+ Language
Varieties", LREC 2022; CC BY 4.0): first-language (L1) speaker estimates, rounded, per ISO 639-3 code.
"""
import collections, json, sys

# First-language speakers in millions as the 2020-06 copy of Wikipedia's "List of languages by total number of speakers"
# states them in its "Ethnologue (2019)" table (the rows we could read; each value is the page's, not ours). Totals for
# languages CLDR does not list come from the same table.
ETHNOLOGUE_2019_L1 = {"en": 369.7, "cmn": 921.5, "hi": 342.0, "es": 463.0, "fr": 77.3, "bn": 228.5, "ru": 153.6,
                      "pt": 227.9, "id": 43.6, "ur": 69.0, "de": 75.5}
ETHNOLOGUE_2019_TOTAL = {"cmn": 1120.0, "arb": 274.0}
ETHNOLOGUE = "ethnologue2019-wp"
CLDR = "cldr48"
VANESCH = "vanesch2022"
FLOOR = "l1-floor"
SOURCES = {
    CLDR: "Unicode CLDR 48 supplemental territoryInfo (cldr-core 48.2.0): sum over territories of population x populationPercent; L1+L2",
    ETHNOLOGUE: "Ethnologue 2019 as tabled in Wikipedia 'List of languages by total number of speakers' (copy of 2020-06)",
    VANESCH: "van Esch et al. 2022, Writing System and Speaker Metadata for 2,800+ Language Varieties (LREC 2022), "
             "google-research/url-nlp language_metadata/data.tsv at 452a21a, CC BY 4.0: first-language speakers, rounded",
    FLOOR: "the row's own first-language figure, used as the total because the total source's L1+L2 estimate is below it "
           "(every first-language speaker is a speaker, so this is a lower bound; the lower estimate is in a comment above the row of LangGap's speakers.tsv)",
}

territories = json.load(open(sys.argv[1], encoding="utf-8"))["supplemental"]["territoryInfo"]
codes = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    cells = line.rstrip("\n").split("\t")
    code = cells[1] if cells[1] != "-" else cells[0]
    for c in [cells[0], cells[1]] + (cells[10].split(" ") if cells[10] != "-" else []):
        if c != "-":
            codes[c] = (code, cells[2])

world = 0.0
total = collections.Counter()
for info in territories.values():
    population = float(info["_population"])
    world += population
    for lang, d in info.get("languagePopulation", {}).items():
        # Script variants (zh_Hant, sr_Latn) count toward their language; Punjabi in Arabic script is the registry's
        # Western Punjabi (pnb), not Eastern Punjabi (pa, Gurmukhi).
        total["pnb" if lang == "pa_Arab" else lang.split("_")[0]] += population * float(d["_populationPercent"]) / 100

rows = {}
for lang, people in total.items():
    if lang in codes and people >= 1000:
        code, name = codes[lang]
        rows[code] = [name, None, None, people / 1e6, CLDR]
for code, l1 in ETHNOLOGUE_2019_L1.items():
    rows.setdefault(code, [codes[code][1], None, None, None, None])
    rows[code][1:3] = [l1, ETHNOLOGUE]
# First-language figures of van Esch et al. 2022 wherever Ethnologue 2019 gives none. Its speaker column is a count rounded
# by the authors, or a range ('<10K', '10K-100K'); ranges are left unknown. Rows match the registry by ISO 639-3 code, else
# by BCP-47 code. A language with a figure but no CLDR total gets a row with its total unknown.
# Figures whose language is wider than the registry's code, left out (each is named in a comment of the output).
VANESCH_LEFT_OUT = {"pa": "van Esch's 'pan' (113 M) includes Punjabi in Arabic script in Pakistan, the registry's pnb"}
for i, line in enumerate(open(sys.argv[3], encoding="utf-8")):
    cells = line.rstrip("\n").split("\t")
    if i == 0 or not cells[2].isdigit():
        continue
    code = codes.get(cells[0], codes.get(cells[1], (None,)))[0]
    if code is None or code in VANESCH_LEFT_OUT:
        continue
    rows.setdefault(code, [codes[code][1], None, None, None, None])
    if rows[code][1] is None:
        rows[code][1:3] = [int(cells[2]) / 1e6, VANESCH]
for code, t in ETHNOLOGUE_2019_TOTAL.items():
    rows.setdefault(code, [codes[code][1], None, None, None, None])
    if rows[code][3] is None:
        rows[code][3:5] = [t, ETHNOLOGUE]

# A first-language figure above the row's total (L1+L2) means the two sources disagree; CLDR's shares are often literacy-
# based or dated. The first-language figure stays, the total becomes that figure (a lower bound), and the lower estimate is
# kept in a comment line above the row, never dropped silently.
below = {}
for code, row in rows.items():
    if row[1] is not None and row[3] is not None and row[1] > row[3]:
        below[code] = (row[3], row[4])
        row[3:5] = [row[1], FLOOR]

def fmt(v):
    return "-" if v is None else f"{v:.4g}" if v < 1000 else f"{v:.1f}"

print("# Speakers per language, in millions, with the source of every value; '-' = unknown (never guessed).")
print("# Made by assets/languages/make-speakers.py from CLDR 48 (cldr-core 48.2.0, Unicode licence v3) and van Esch et al. 2022")
print("# (CC BY 4.0); see assets/languages/README.md.")
print("# Columns: code (as in languages.tsv) | English name | L1 millions | L1 source | total (L1+L2) millions | total source")
print("# '@source KEY TEXT' names a source; '@world MILLIONS SOURCE' is the world population the shares are taken of.")
for key, text in SOURCES.items():
    print(f"@source\t{key}\t{text}")
print(f"@world\t{fmt(world / 1e6)}\t{CLDR}")
for code, (name, l1, s1, t, st) in sorted(rows.items(), key=lambda kv: (-(kv[1][3] or 0), kv[0])):
    if code in VANESCH_LEFT_OUT:
        print(f"# {code}: the first-language figure of {VANESCH} is left out: {VANESCH_LEFT_OUT[code]}")
    if code in below:
        print(f"# {code}: {below[code][1]} gives {fmt(below[code][0])} M (L1+L2), below the first-language figure of {s1}")
    print("\t".join([code, name, fmt(l1), s1 or "-", fmt(t), st or "-"]))
