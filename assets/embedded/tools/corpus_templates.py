"""Per-language templates for the generated chat exchanges of the embedded corpus.

Every phrase here was written by hand for LangGap. The generator fills the templates with
small numbers drawn from a seeded random stream, so the output is the same on every run.
Grammar that depends on the number (Russian plural forms, Turkish case suffixes, Arabic
counted nouns) is handled explicitly below rather than avoided by accident.
"""

DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "hi": "०१२३४५६७८९",
    "bn": "০১২৩৪৫৬৭৮৯",
}


def native_digits(text, lang):
    """Writes the ASCII digits of text in the native digit system of lang."""
    table = str.maketrans("0123456789", DIGITS[lang])
    return text.translate(table)


def ru_plural(n, one, few, many):
    """Russian noun form after the numeral n (1 яблоко, 2 яблока, 5 яблок, 21 яблоко)."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


# Turkish case suffixes after a number written in digits follow the last spoken word of the number.
_TR_UNITS = {1: ("den", "e"), 2: ("den", "ye"), 3: ("ten", "e"), 4: ("ten", "e"), 5: ("ten", "e"),
             6: ("dan", "ya"), 7: ("den", "ye"), 8: ("den", "e"), 9: ("dan", "a")}
_TR_TENS = {10: ("dan", "a"), 20: ("den", "ye"), 30: ("dan", "a"), 40: ("tan", "a"), 50: ("den", "ye"),
            60: ("tan", "a"), 70: ("ten", "e"), 80: ("den", "e"), 90: ("dan", "a")}


def tr_suffix(n, case):
    """The ablative ('abl') or dative ('dat') suffix of the number n in Turkish, with its apostrophe."""
    if n == 0:
        pair = ("dan", "a")
    elif n % 10:
        pair = _TR_UNITS[n % 10]
    elif n % 100:
        pair = _TR_TENS[n % 100]
    else:
        pair = ("den", "e")
    return f"{n}'{pair[0] if case == 'abl' else pair[1]}"


# Direct arithmetic: (question, answer) per operation; {a}, {b}, {c} are numbers.
ARITHMETIC = {
    "en": {"add": ("What is {a} plus {b}?", "{a} plus {b} is {c}."),
           "sub": ("What is {a} minus {b}?", "{a} minus {b} is {c}."),
           "mul": ("What is {a} times {b}?", "{a} times {b} is {c}.")},
    "es": {"add": ("¿Cuánto es {a} más {b}?", "{a} más {b} es igual a {c}."),
           "sub": ("¿Cuánto es {a} menos {b}?", "{a} menos {b} es igual a {c}."),
           "mul": ("¿Cuánto es {a} por {b}?", "{a} por {b} es igual a {c}.")},
    "fr": {"add": ("Combien font {a} plus {b} ?", "{a} plus {b} égale {c}."),
           "sub": ("Combien font {a} moins {b} ?", "{a} moins {b} égale {c}."),
           "mul": ("Combien font {a} fois {b} ?", "{a} fois {b} égale {c}.")},
    "de": {"add": ("Was ist {a} plus {b}?", "{a} plus {b} ist {c}."),
           "sub": ("Was ist {a} minus {b}?", "{a} minus {b} ist {c}."),
           "mul": ("Was ist {a} mal {b}?", "{a} mal {b} ist {c}.")},
    "ru": {"add": ("Сколько будет {a} плюс {b}?", "{a} плюс {b} равно {c}."),
           "sub": ("Сколько будет {a} минус {b}?", "{a} минус {b} равно {c}."),
           "mul": ("Сколько будет {a} умножить на {b}?", "{a} умножить на {b} равно {c}.")},
    "zh": {"add": ("{a}加{b}等于多少？", "{a}加{b}等于{c}。"),
           "sub": ("{a}减{b}等于多少？", "{a}减{b}等于{c}。"),
           "mul": ("{a}乘以{b}等于多少？", "{a}乘以{b}等于{c}。")},
    "ja": {"add": ("{a}足す{b}はいくつですか？", "{a}足す{b}は{c}です。"),
           "sub": ("{a}引く{b}はいくつですか？", "{a}引く{b}は{c}です。"),
           "mul": ("{a}掛ける{b}はいくつですか？", "{a}掛ける{b}は{c}です。")},
    "ar": {"add": ("كم يساوي {a} زائد {b}؟", "{a} زائد {b} يساوي {c}."),
           "sub": ("كم يساوي {a} ناقص {b}؟", "{a} ناقص {b} يساوي {c}."),
           "mul": ("كم يساوي {a} ضرب {b}؟", "{a} ضرب {b} يساوي {c}.")},
    "hi": {"add": ("{a} और {b} का जोड़ कितना है?", "{a} और {b} का जोड़ {c} है।"),
           "sub": ("{a} में से {b} घटाने पर कितना बचता है?", "{a} में से {b} घटाने पर {c} बचता है।"),
           "mul": ("{a} गुणा {b} कितना होता है?", "{a} गुणा {b} बराबर {c} होता है।")},
    "bn": {"add": ("{a} যোগ {b} কত?", "{a} যোগ {b} সমান {c}।"),
           "sub": ("{a} বিয়োগ {b} কত?", "{a} বিয়োগ {b} সমান {c}।"),
           "mul": ("{a} গুণ {b} কত?", "{a} গুণ {b} সমান {c}।")},
    "tr": {"add": ("{a} artı {b} kaç eder?", "{a} artı {b}, {c} eder."),
           "sub": ("{a} eksi {b} kaç eder?", "{a} eksi {b}, {c} eder."),
           "mul": ("{a} çarpı {b} kaç eder?", "{a} çarpı {b}, {c} eder.")},
    "sw": {"add": ("{a} jumlisha {b} ni ngapi?", "{a} jumlisha {b} ni {c}."),
           "sub": ("{a} toa {b} ni ngapi?", "{a} toa {b} ni {c}."),
           "mul": ("{a} mara {b} ni ngapi?", "{a} mara {b} ni {c}.")},
    "te": {"add": ("{a} మరియు {b} కలిపితే ఎంత?", "{a} మరియు {b} కలిపితే {c}."),
           "sub": ("{a} నుండి {b} తీసివేస్తే ఎంత?", "{a} నుండి {b} తీసివేస్తే {c}."),
           "mul": ("{a} ని {b} తో గుణిస్తే ఎంత?", "{a} ని {b} తో గుణిస్తే {c}.")},
    "yo": {"add": ("Kí ni {a} àti {b} papọ̀?", "{a} àti {b} papọ̀ jẹ́ {c}."),
           "sub": ("Tí a bá yọ {b} kúrò nínú {a}, mélòó ló kù?", "Tí a bá yọ {b} kúrò nínú {a}, {c} ló kù.")},
}

# Counting: the request, the separator between numbers and the closing punctuation.
COUNTING = {
    "en": ("Count from {a} to {b}.", ", ", "."),
    "es": ("Cuenta del {a} al {b}.", ", ", "."),
    "fr": ("Compte de {a} à {b}.", ", ", "."),
    "de": ("Zähle von {a} bis {b}.", ", ", "."),
    "ru": ("Посчитай от {a} до {b}.", ", ", "."),
    "zh": ("从{a}数到{b}。", "、", "。"),
    "ja": ("{a}から{b}まで数えてください。", "、", "。"),
    "ar": ("عُدّ من {a} إلى {b}.", "، ", "."),
    "hi": ("{a} से {b} तक गिनती करो।", ", ", "।"),
    "bn": ("{a} থেকে {b} পর্যন্ত গোনো।", ", ", "।"),
    "tr": ("{a_abl} {b_dat} kadar say.", ", ", "."),
    "sw": ("Hesabu kutoka {a} hadi {b}.", ", ", "."),
    "te": ("{a} నుండి {b} వరకు లెక్కపెట్టు.", ", ", "."),
    "yo": ("Ka nọ́mbà láti {a} dé {b}.", ", ", "."),
}
