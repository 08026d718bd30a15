#!/usr/bin/env python3
"""Build LangGap's pruning demo corpus from the UDHR text the embedded corpus ships.

Reads assets/embedded/corpus/{en,de,fr,es}.txt (first section: the UDHR, one heading or paragraph a
line) and assets/embedded/tools/handwritten/translations.tsv, aligns English with German, French and
Spanish article by article, and writes

  assets/pruning/udhr-train.jsonl   articles 1-25 + the preamble + 20 short sentences, with injected noise
  assets/pruning/udhr-test.jsonl    articles 26-30 + 4 short sentences, clean (held out)

Within an article, paragraphs are paired one to one when both sides have the same number of them,
otherwise the article's paragraphs are joined into one pair. Noise (marked in the `noise` column,
empty for clean pairs) is added to the training file with random.Random(14):
misaligned (a source with another pair's target), wrong-language (the target in another of the three
languages), copy (the target is the English source) and truncated (the target cut to a third).

Python 3 standard library only. Run from the repository root:
  python3 assets/pruning/tools/build_pruning_corpus.py
The output is byte-for-byte identical on every run.
"""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "assets" / "embedded" / "corpus"
TRANSLATIONS = ROOT / "assets" / "embedded" / "tools" / "handwritten" / "translations.tsv"
OUT = ROOT / "assets" / "pruning"
TARGETS = ["de", "fr", "es"]
HEADING = re.compile(r"^(Article|Artikel|Artículo)\s+(\d+|premier)\s*$")
PREAMBLE = {"en": "Preamble", "de": "Präambel", "fr": "Préambule", "es": "Preámbulo"}
TEST_FROM_ARTICLE = 26
NOISE_SHARE = {"misaligned": 0.08, "wrong-language": 0.06, "copy": 0.04, "truncated": 0.06}


def udhr_blocks(code):
    """{block name: [paragraphs]}: 'preamble' and 'article-N'; the title and the preamble's heading are dropped."""
    text = (CORPUS / f"{code}.txt").read_text(encoding="utf-8")
    lines = text.split("\n\n", 1)[0].split("\n")
    blocks, current = {}, None
    for line in lines[1:]:
        line = line.strip()
        if line == PREAMBLE[code]:
            current = "preamble"
            blocks[current] = []
            continue
        match = HEADING.match(line)
        if match:
            number = 1 if match.group(2) == "premier" else int(match.group(2))
            current = f"article-{number}"
            blocks[current] = []
            continue
        if current is not None and line:
            blocks[current].append(line)
    return blocks


def aligned_pairs():
    english = udhr_blocks("en")
    rows = []
    for target in TARGETS:
        other = udhr_blocks(target)
        for block, paragraphs in english.items():
            if block not in other:
                sys.exit(f"{target}: block {block} is missing")
            theirs = other[block]
            if len(paragraphs) == len(theirs):
                units = list(zip(paragraphs, theirs))
            else:
                units = [(" ".join(paragraphs), " ".join(theirs))]
            for k, (source, tgt) in enumerate(units, start=1):
                rows.append({"id": f"en-{target}-{block}-{k}", "block": block, "source": source, "target": tgt,
                             "source_language": "en", "target_language": target})
    return rows


def sentence_pairs():
    lines = TRANSLATIONS.read_text(encoding="utf-8").strip().split("\n")
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=1):
        cells = dict(zip(header, line.split("\t")))
        for target in TARGETS:
            if cells.get(target):
                rows.append({"id": f"en-{target}-sentence-{n}", "block": f"sentence-{n}", "source": cells["en"],
                             "target": cells[target], "source_language": "en", "target_language": target})
    return rows


def is_test(row):
    block = row["block"]
    if block.startswith("article-"):
        return int(block.split("-")[1]) >= TEST_FROM_ARTICLE
    if block.startswith("sentence-"):
        return int(block.split("-")[1]) > 20
    return False


def inject_noise(clean, rng):
    by_key = {(r["target_language"], r["block"], r["id"].rsplit("-", 1)[1]): r for r in clean}
    noisy = []
    for kind, share in NOISE_SHARE.items():
        count = round(share * len(clean))
        for n in range(1, count + 1):
            base = rng.choice(clean)
            row = {k: base[k] for k in ("source", "source_language", "target_language")}
            if kind == "misaligned":
                other = rng.choice([r for r in clean if r["target_language"] == base["target_language"] and r["block"] != base["block"]])
                row["target"] = other["target"]
            elif kind == "wrong-language":
                others = [by_key.get((t, base["block"], base["id"].rsplit("-", 1)[1])) for t in TARGETS if t != base["target_language"]]
                others = [o for o in others if o is not None]
                if not others:
                    continue
                row["target"] = rng.choice(others)["target"]
            elif kind == "copy":
                row["target"] = base["source"]
            elif kind == "truncated":
                words = base["target"].split(" ")
                if len(words) < 6:
                    continue
                row["target"] = " ".join(words[: max(2, len(words) // 3)])
            row["id"] = f"noise-{kind}-{n}"
            row["noise"] = kind
            noisy.append(row)
    return noisy


def write(path, rows):
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            out = {"id": r["id"], "source": r["source"], "target": r["target"],
                   "source_language": r["source_language"], "target_language": r["target_language"]}
            if "noise" in r:
                out["noise"] = r["noise"]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")


def main():
    rows = aligned_pairs() + sentence_pairs()
    train = [r for r in rows if not is_test(r)]
    test = [r for r in rows if is_test(r)]
    for r in train:
        r["noise"] = ""
    rng = random.Random(14)
    noisy = inject_noise(train, rng)
    mixed = train + noisy
    random.Random(15).shuffle(mixed)
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "udhr-train.jsonl", mixed)
    write(OUT / "udhr-test.jsonl", test)
    kinds = {}
    for r in noisy:
        kinds[r["noise"]] = kinds.get(r["noise"], 0) + 1
    print(f"train {len(mixed)} pairs ({len(train)} clean, {len(noisy)} noisy: {kinds}); test {len(test)} pairs")


if __name__ == "__main__":
    main()
