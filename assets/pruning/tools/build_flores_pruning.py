#!/usr/bin/env python3
"""Build the FLORES-200 pruning benchmark (not committed: FLORES is read from ../shared/data at run time).

English into the given languages: devtest sentences 1..TRAIN are the training pool (with the same noise
injection as the UDHR demo corpus, build_pruning_corpus.py), sentences 1013-TEST..1012 the clean test set.

  python3 assets/pruning/tools/build_flores_pruning.py --flores ../shared/data/flores200-devtest \
      --targets deu_Latn,hin_Deva,swh_Latn --train 300 --test 100 --out /tmp/flores-prune
"""
import argparse
import random
from pathlib import Path

import build_pruning_corpus as demo


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--flores", required=True)
    parser.add_argument("--targets", required=True)
    parser.add_argument("--train", type=int, default=300)
    parser.add_argument("--test", type=int, default=100)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    flores = Path(args.flores)
    targets = args.targets.split(",")
    english = (flores / "eng_Latn.devtest").read_text(encoding="utf-8").split("\n")[:1012]
    demo.TARGETS = targets
    train, test = [], []
    for target in targets:
        lines = (flores / f"{target}.devtest").read_text(encoding="utf-8").split("\n")[:1012]
        for n in range(1, 1013):
            row = {"id": f"en-{target}-s{n}-1", "block": f"s{n}", "source": english[n - 1], "target": lines[n - 1],
                   "source_language": "eng_Latn", "target_language": target}
            if n <= args.train:
                row["noise"] = ""
                train.append(row)
            elif n > 1012 - args.test:
                test.append(row)
    noisy = demo.inject_noise(train, random.Random(14))
    mixed = train + noisy
    random.Random(15).shuffle(mixed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    demo.write(out / "train.jsonl", mixed)
    demo.write(out / "test.jsonl", test)
    print(f"train {len(mixed)} pairs ({len(train)} clean, {len(noisy)} noisy); test {len(test)} pairs")


if __name__ == "__main__":
    main()
