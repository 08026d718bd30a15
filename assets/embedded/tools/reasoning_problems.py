"""Worked solutions in a thinking format for the embedded corpus, and the held-out reason-demo suite.

Every phrase here was written by hand for LangGap. A problem is a chain of small additions
("Start at 4 and add 3, 2 and 5."); its worked solution writes every step out, so a model that
can add a one-digit number to a running total can reach the answer only by thinking, and a
thinking budget that cuts the chain short costs accuracy. The exchange is

    <|user|>{question}<|assistant|><|think|>{thinking}<|answer|>Final Answer: {n}<|end|>

with `<|think|>` opening the thinking phase and `<|answer|>` closing it (the embedded thinking format of
LangGap.Reasoning). Thinking is in the question's language or, for half of the non-English questions, in
English (as English-centric reasoning models do). Some solutions re-check the last step after a
"Wait" (in the thinking language), some of them correcting a wrong last step, so that budget extension
("Wait" forced at the end of thinking) has something to continue from. The wait words, thinking prefixes
and conclusions match the language-forcing table in src/LangGap/Reasoning/ForcingPhrases.cs.
"""

THINK = "<|think|>"
ANSWER = "<|answer|>"
FINAL = "Final Answer: "

# question template, list separator, last-item conjunction
QUESTION = {
    "en": ("Start at {a} and add {xs}. What number do you get?", ", ", " and "),
    "es": ("Empieza en {a} y suma {xs}. ¿Qué número obtienes?", ", ", " y "),
    "fr": ("Commence à {a} et ajoute {xs}. Quel nombre obtiens-tu ?", ", ", " et "),
    "de": ("Beginne bei {a} und addiere {xs}. Welche Zahl erhältst du?", ", ", " und "),
    "ru": ("Начни с {a} и прибавь {xs}. Какое число получится?", ", ", " и "),
    "zh": ("从{a}开始，加上{xs}。结果是多少？", "、", "和"),
    "ja": ("{a}から始めて、{xs}を足してください。答えはいくつですか？", "、", "と"),
    "bn": ("{a} থেকে শুরু করে {xs} যোগ করো। ফলাফল কত?", ", ", " ও "),
    "sw": ("Anza na {a} kisha ongeza {xs}. Unapata namba gani?", ", ", " na "),
    "te": ("{a} నుండి మొదలుపెట్టి {xs} కలపండి. ఫలితం ఎంత?", ", ", " మరియు "),
}

# thinking prefix ("Okay, let me try to figure this out."), wait word with its comma, conclusion
THINKING = {
    "en": ("Okay, let me try to figure this out.", "Wait,", "So the answer is {n}."),
    "es": ("Bien, déjame intentar resolver esto.", "Espera,", "Entonces la respuesta es {n}."),
    "fr": ("D'accord, laisse-moi essayer de comprendre.", "Attends,", "Donc la réponse est {n}."),
    "de": ("Okay, lass mich versuchen, das herauszufinden.", "Warte,", "Also ist die Antwort {n}."),
    "ru": ("Хорошо, давай попробую разобраться.", "Подожди,", "Значит, ответ {n}."),
    "zh": ("好的，让我试着弄清楚这个问题。", "等等，", "所以答案是{n}。"),
    "ja": ("よし、これを解いてみよう。", "待って、", "だから答えは{n}です。"),
    "bn": ("ঠিক আছে, আমি এটা বোঝার চেষ্টা করি।", "দাঁড়াও,", "তাই উত্তর হলো {n}।"),
    "sw": ("Sawa, ngoja nijaribu kulitatua hili.", "Subiri,", "Kwa hiyo jibu ni {n}."),
    "te": ("సరే, దీన్ని అర్థం చేసుకోవడానికి ప్రయత్నిస్తాను.", "ఆగండి,", "కాబట్టి సమాధానం {n}."),
}

# worked solutions per corpus tier
COUNTS = {"dominant": 1600, "high": 350, "mid": 220, "low": 120, "lowest": 70}


def problem(rng):
    """(start, addends): a start of 1-9 and two to four addends of 1-9."""
    return rng.randint(1, 9), [rng.randint(1, 9) for _ in range(rng.randint(2, 4))]


def question(lang, start, addends):
    template, sep, conj = QUESTION[lang]
    xs = sep.join(str(x) for x in addends[:-1]) + conj + str(addends[-1])
    return template.format(a=start, xs=xs)


def thinking(lang, start, addends, rng):
    """The worked solution in lang: optional prefix, every step, a conclusion, sometimes a re-check after a wait word."""
    prefix, wait, conclude = THINKING[lang]
    parts = [prefix] if rng.random() < 0.25 else []
    total = start
    for i, x in enumerate(addends):
        nxt = total + x
        last = i == len(addends) - 1
        roll = rng.random() if last else 1.0
        shown = nxt
        if roll < 0.10:  # a slip in the last step, caught by the re-check below
            shown = nxt + rng.choice([-2, -1, 1, 2])
        parts.append(f"{total} + {x} = {shown}.")
        if last:
            parts.append(conclude.format(n=shown))
            if roll < 0.30:
                gap = "" if wait[-1] in "，、" else " "
                parts.append(f"{wait}{gap}{total} + {x} = {nxt}.")
                parts.append(conclude.format(n=nxt))
        total = nxt
    return join(parts), total


def join(parts):
    """Sentences joined by one space, none after a CJK full stop."""
    out = ""
    for p in parts:
        if out and not out.endswith("。"):
            out += " "
        out += p
    return out


def exchange_parts(lang, rng):
    """(question, assistant text) of one worked solution."""
    start, addends = problem(rng)
    think_lang = lang if lang == "en" or rng.random() < 0.5 else "en"
    text, total = thinking(think_lang, start, addends, rng)
    return question(lang, start, addends), f"{THINK}{text}{ANSWER}{FINAL}{total}"


SUITE_LANGS = ["en", "es", "fr", "de", "ru", "zh", "ja", "bn", "sw", "te"]
SUITE_PER_LANGUAGE = 30


def suite_items(seed=777):
    """The held-out reason-demo problems: SUITE_PER_LANGUAGE distinct problems per language, with answers."""
    import random
    rng = random.Random(seed)
    items = []
    for lang in SUITE_LANGS:
        seen = set()
        while len(seen) < SUITE_PER_LANGUAGE:
            start, addends = problem(rng)
            q = question(lang, start, addends)
            if q in seen:
                continue
            seen.add(q)
            items.append({"id": f"rd-{lang}-{len(seen):03d}", "language": lang, "prompt": q,
                          "answer": start + sum(addends), "steps": len(addends)})
    return items
