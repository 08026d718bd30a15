"""Short arithmetic word problems (MGSM-like, one step) per language, written by hand for LangGap.

Each language has names (with the grammatical gender the sentence needs), counted objects in the
forms its grammar needs, and one addition and one subtraction story. make(lang, rng) returns
(question, answer); the answer always ends with the integer result so a numeric scorer can read it.
"""

from corpus_templates import ru_plural, native_digits

M, F = "m", "f"


def _en(rng):
    name, g = rng.choice([("Tom", M), ("Anna", F), ("Sam", M), ("Maria", F), ("Ben", M), ("Lucy", F)])
    pron, poss = ("He", "his") if g == M else ("She", "her")
    obj = rng.choice(["apples", "books", "pencils", "oranges", "cookies", "stamps", "marbles", "cards"])
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{name} has {a} {obj}. {pron} gets {b} more. How many {obj} does {name} have now?"
        return q, f"{name} has {a} + {b} = {a + b} {obj}. The answer is {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    q = f"{name} had {a} {obj} and gave {b} to {poss} friend. How many {obj} does {name} have left?"
    return q, f"{a} - {b} = {a - b}. The answer is {a - b}."


def _es(rng):
    name, g = rng.choice([("Juan", M), ("Lucía", F), ("Carlos", M), ("Sofía", F), ("Pedro", M), ("Elena", F)])
    obj, og = rng.choice([("manzanas", F), ("libros", M), ("lápices", M), ("naranjas", F), ("galletas", F)])
    how = "Cuántas" if og == F else "Cuántos"
    friend = "a su amigo" if g == M else "a su amiga"
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{name} tiene {a} {obj}. Compra {b} más. ¿{how} {obj} tiene ahora?"
        return q, f"{a} + {b} = {a + b}. La respuesta es {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    q = f"{name} tenía {a} {obj} y le dio {b} {friend}. ¿{how} {obj} le quedan?"
    return q, f"{a} - {b} = {a - b}. La respuesta es {a - b}."


def _fr(rng):
    name, g = rng.choice([("Paul", M), ("Marie", F), ("Louis", M), ("Claire", F), ("Hugo", M), ("Julie", F)])
    obj = rng.choice(["pommes", "livres", "crayons", "bonbons", "biscuits", "fleurs"])
    pron = "il" if g == M else "elle"
    friend = "à son ami" if g == M else "à son amie"
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{name} a {a} {obj}. {pron.capitalize()} en achète {b} de plus. Combien de {obj} {name} a-t-{pron} maintenant ?"
        return q, f"{a} + {b} = {a + b}. La réponse est {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    q = f"{name} avait {a} {obj} et en a donné {b} {friend}. Combien de {obj} lui reste-t-il ?"
    return q, f"{a} - {b} = {a - b}. La réponse est {a - b}."


def _de(rng):
    name, g = rng.choice([("Lukas", M), ("Anna", F), ("Felix", M), ("Lena", F), ("Jonas", M), ("Mia", F)])
    obj = rng.choice(["Äpfel", "Bücher", "Stifte", "Orangen", "Kekse", "Blumen"])
    pron = "Er" if g == M else "Sie"
    friend = "seinem Freund" if g == M else "ihrer Freundin"
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{name} hat {a} {obj}. {pron} kauft {b} dazu. Wie viele {obj} hat {name} jetzt?"
        return q, f"{a} + {b} = {a + b}. Die Antwort ist {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    q = f"{name} hatte {a} {obj} und hat {friend} {b} davon gegeben. Wie viele {obj} hat {name} noch?"
    return q, f"{a} - {b} = {a - b}. Die Antwort ist {a - b}."


_RU_NAMES = [("Анна", "Анны", F), ("Иван", "Ивана", M), ("Мария", "Марии", F),
             ("Пётр", "Петра", M), ("Ольга", "Ольги", F), ("Дмитрий", "Дмитрия", M)]
_RU_OBJECTS = [("яблоко", "яблока", "яблок"), ("книга", "книги", "книг"), ("карандаш", "карандаша", "карандашей"),
               ("конфета", "конфеты", "конфет"), ("тетрадь", "тетради", "тетрадей")]


def _ru(rng):
    name, gen, g = rng.choice(_RU_NAMES)
    forms = rng.choice(_RU_OBJECTS)
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        pron = "Он" if g == M else "Она"
        q = (f"У {gen} есть {a} {ru_plural(a, *forms)}. {pron} покупает ещё {b}. "
             f"Сколько {forms[2]} у {gen} теперь?")
        return q, f"{a} + {b} = {a + b}. Ответ: {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    gave = "отдал" if g == M else "отдала"
    friend = "другу" if g == M else "подруге"
    q = f"У {gen} было {a} {ru_plural(a, *forms)}. {name} {gave} {b} {friend}. Сколько {forms[2]} осталось у {gen}?"
    return q, f"{a} - {b} = {a - b}. Ответ: {a - b}."


def _zh(rng):
    name, g = rng.choice([("小明", M), ("小红", F), ("小刚", M), ("小丽", F), ("王先生", M), ("李阿姨", F)])
    obj, unit = rng.choice([("苹果", "个"), ("书", "本"), ("铅笔", "支"), ("橘子", "个"), ("花", "朵"), ("饼干", "块")])
    pron = "他" if g == M else "她"
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{name}有{a}{unit}{obj}。{pron}又买了{b}{unit}。{name}现在有多少{unit}{obj}？"
        return q, f"{a}+{b}={a + b}。答案是{a + b}。"
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    q = f"{name}有{a}{unit}{obj}，送给朋友{b}{unit}。{pron}还剩多少{unit}{obj}？"
    return q, f"{a}-{b}={a - b}。答案是{a - b}。"


def _ja(rng):
    name = rng.choice(["たろう", "はなこ", "けんた", "ゆき", "さくら", "ひろし"])
    obj, unit = rng.choice([("りんご", "個"), ("みかん", "個"), ("本", "冊"), ("えんぴつ", "本"), ("花", "本")])
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{name}さんは{obj}を{a}{unit}持っています。{b}{unit}買いました。今、{obj}は何{unit}ありますか？"
        return q, f"{a}+{b}={a + b}。答えは{a + b}です。"
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    q = f"{name}さんは{obj}を{a}{unit}持っていました。友だちに{b}{unit}あげました。{obj}は何{unit}残っていますか？"
    return q, f"{a}-{b}={a - b}。答えは{a - b}です。"


# Arabic counted nouns: numbers 3 to 10 take the plural; the nouns are never used with other numbers here.
_AR_NAMES = [("أحمد", M), ("سارة", F), ("علي", M), ("فاطمة", F), ("عمر", M), ("ليلى", F)]
_AR_OBJECTS = ["تفاحات", "كتب", "أقلام", "برتقالات", "وردات"]


def _ar(rng):
    name, g = rng.choice(_AR_NAMES)
    obj = rng.choice(_AR_OBJECTS)
    if rng.random() < 0.5:
        a, b = rng.randint(3, 10), rng.randint(3, 10)
        bought = "اشترى" if g == M else "اشترت"
        q = f"عند {name} {a} {obj}. {bought} {b} {obj} أخرى. كم صار عند {name} الآن؟"
        ans = f"{a} + {b} = {a + b}. الجواب هو {a + b}."
    else:
        a = rng.randint(4, 10)
        b = rng.randint(1, a - 1)
        gave = "فأعطى" if g == M else "فأعطت"
        friend = "لصديقه" if g == M else "لصديقتها"
        q = f"كان عند {name} {a} {obj}، {gave} {b} منها {friend}. كم بقي عند {name}؟"
        ans = f"{a} - {b} = {a - b}. الجواب هو {a - b}."
    if rng.random() < 0.5:
        q, ans = native_digits(q, "ar"), native_digits(ans, "ar")
    return q, ans


def _hi(rng):
    name, g = rng.choice([("राम", M), ("सीता", F), ("मोहन", M), ("गीता", F), ("अमित", M), ("प्रिया", F)])
    obj, og = rng.choice([("सेब", M), ("किताबें", F), ("पेंसिलें", F), ("केले", M), ("आम", M)])
    how = "कितने" if og == M else "कितनी"
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        buys = "खरीदता" if g == M else "खरीदती"
        q = f"{name} के पास {a} {obj} हैं। वह {b} और {obj} {buys} है। अब {name} के पास {how} {obj} हैं?"
        ans = f"{a} + {b} = {a + b}। उत्तर {a + b} है।"
    else:
        a = rng.randint(5, 20)
        b = rng.randint(2, a - 1)  # the counted noun is plural
        gave = "दिए" if og == M else "दीं"
        q = f"{name} के पास {a} {obj} थे। उसने {b} {obj} अपने दोस्त को दे {gave}। अब {name} के पास {how} {obj} बचे हैं?"
        if og == F:
            q = q.replace(" थे।", " थीं।").replace(" बचे हैं?", " बची हैं?")
        ans = f"{a} - {b} = {a - b}। उत्तर {a - b} है।"
    if rng.random() < 0.3:
        q, ans = native_digits(q, "hi"), native_digits(ans, "hi")
    return q, ans


def _bn(rng):
    name, gen = rng.choice([("রিনা", "রিনার"), ("রাহুল", "রাহুলের"), ("সুমন", "সুমনের"), ("মিতা", "মিতার")])
    obj = rng.choice(["আপেল", "বই", "কলম", "কলা", "আম"])
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{gen} কাছে {a}টি {obj} আছে। সে আরও {b}টি {obj} কেনে। এখন {gen} কাছে কয়টি {obj} আছে?"
        ans = f"{a} + {b} = {a + b}। উত্তর হলো {a + b}।"
    else:
        a = rng.randint(5, 20)
        b = rng.randint(1, a - 1)
        q = f"{gen} কাছে {a}টি {obj} ছিল। সে {b}টি {obj} বন্ধুকে দিয়ে দিল। এখন তার কাছে কয়টি {obj} আছে?"
        ans = f"{a} - {b} = {a - b}। উত্তর হলো {a - b}।"
    return native_digits(q, "bn"), native_digits(ans, "bn")


def _tr(rng):
    obj = rng.choice(["elma", "kitap", "kalem", "portakal", "çiçek", "kurabiye"])
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"Masada {a} {obj} var. Masaya {b} {obj} daha konuldu. Masada şimdi kaç {obj} var?"
        return q, f"{a} + {b} = {a + b}. Cevap {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(1, a - 1)
    q = f"Masada {a} {obj} vardı. {b} {obj} alındı. Masada kaç {obj} kaldı?"
    return q, f"{a} - {b} = {a - b}. Cevap {a - b}."


_SW_OBJECTS = [("machungwa", "mangapi"), ("maembe", "mangapi"), ("vitabu", "vingapi"),
               ("kalamu", "ngapi"), ("ndizi", "ngapi")]


def _sw(rng):
    name = rng.choice(["Juma", "Amina", "Baraka", "Neema", "Hassani", "Zawadi"])
    obj, how = rng.choice(_SW_OBJECTS)
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        q = f"{name} ana {obj} {a}. Ananunua {obj} {b} zaidi. Sasa {name} ana {obj} {how}?"
        return q, f"{a} + {b} = {a + b}. Jibu ni {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(2, a - 1)  # the counted noun is plural
    q = f"{name} alikuwa na {obj} {a}. Alimpa rafiki yake {obj} {b}. Amebaki na {obj} {how}?"
    return q, f"{a} - {b} = {a - b}. Jibu ni {a - b}."


def _te(rng):
    name, g = rng.choice([("రాము", M), ("సీత", F), ("రవి", M), ("లక్ష్మి", F)])
    obj = rng.choice(["మామిడి పండ్లు", "పుస్తకాలు", "పెన్నులు", "అరటి పండ్లు"])
    pron = "అతను" if g == M else "ఆమె"
    if rng.random() < 0.5:
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        bought = "కొన్నాడు" if g == M else "కొన్నది"
        q = f"{name} దగ్గర {a} {obj} ఉన్నాయి. {pron} ఇంకా {b} {obj} {bought}. ఇప్పుడు {name} దగ్గర ఎన్ని {obj} ఉన్నాయి?"
        return q, f"{a} + {b} = {a + b}. సమాధానం {a + b}."
    a = rng.randint(5, 20)
    b = rng.randint(2, a - 1)  # the counted noun is plural
    gave = "తన స్నేహితుడికి ఇచ్చాడు" if g == M else "తన స్నేహితురాలికి ఇచ్చింది"
    q = f"{name} దగ్గర {a} {obj} ఉన్నాయి. {pron} {b} {obj} {gave}. ఇప్పుడు {name} దగ్గర ఎన్ని {obj} మిగిలాయి?"
    return q, f"{a} - {b} = {a - b}. సమాధానం {a - b}."


def _yo(rng):
    name = rng.choice(["Adé", "Bọ́lá", "Túndé", "Fúnmi"])
    obj = rng.choice(["ọsàn", "ìwé", "ẹyin"])
    a, b = rng.randint(2, 15), rng.randint(2, 15)
    q = f"{name} ní {obj} {a}. Ó tún ra {obj} {b}. {obj.capitalize()} mélòó ni {name} ní báyìí?"
    return q, f"{a} + {b} = {a + b}. Ìdáhùn ni {a + b}."


# Further story types (grouping, rows, prices, ages), written for the dominant and high tiers only: the
# low tiers see fewer kinds of problem on purpose.
_EN_LEAVE = [("birds", "on a roof", "fly away"), ("ducks", "on a pond", "swim away"), ("cars", "in a car park", "drive away"),
             ("children", "in a park", "go home"), ("boats", "in a harbour", "sail away")]  # "a" becomes "the" when asked
_EN_ROWS = ["eggs", "chocolates", "cupcakes", "tiles", "stamps"]
_EN_PRICE = [("pencil", "pencils"), ("apple", "apples"), ("ticket", "tickets"), ("notebook", "notebooks"), ("ball", "balls")]
_EN_GROUPS = [("A class has {a} boys and {b} girls.", "How many children are in the class?"),
              ("A farmer has {a} cows and {b} sheep.", "How many animals does the farmer have?"),
              ("A shelf has {a} red books and {b} blue books.", "How many books are on the shelf?"),
              ("A bus has {a} people sitting and {b} people standing.", "How many people are on the bus?")]


def _en_more(rng):
    kind = rng.randrange(5)
    if kind == 0:
        things, place, leave = rng.choice(_EN_LEAVE)
        a = rng.randint(5, 25)
        b = rng.randint(2, a - 1)
        there = place.replace(" a ", " the ")
        q = f"There are {a} {things} {place}. {b} {things} {leave}. How many {things} are left {there}?"
        return q, f"{a} - {b} = {a - b}. The answer is {a - b}."
    if kind == 1:
        things = rng.choice(_EN_ROWS)
        a, b = rng.randint(2, 6), rng.randint(2, 8)
        q = f"A box has {a} rows of {things} with {b} {things} in each row. How many {things} are in the box?"
        return q, f"{a} × {b} = {a * b}. The answer is {a * b}."
    if kind == 2:
        one, many = rng.choice(_EN_PRICE)
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        q = f"A {one} costs {a} coins. How many coins do {b} {many} cost?"
        return q, f"{b} × {a} = {a * b}. The answer is {a * b}."
    if kind == 3:
        name, g = rng.choice([("Tom", M), ("Anna", F), ("Sam", M), ("Maria", F)])
        poss = "His" if g == M else "Her"
        sibling = rng.choice(["brother", "sister"])
        a, b = rng.randint(5, 15), rng.randint(2, 6)
        if rng.random() < 0.5:
            q = f"{name} is {a} years old. {poss} {sibling} is {b} years older. How old is {poss.lower()} {sibling}?"
            return q, f"{a} + {b} = {a + b}. The answer is {a + b}."
        q = f"{name} is {a + b} years old. {poss} {sibling} is {b} years younger. How old is {poss.lower()} {sibling}?"
        return q, f"{a + b} - {b} = {a}. The answer is {a}."
    first, question = rng.choice(_EN_GROUPS)
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    return f"{first.format(a=a, b=b)} {question}", f"{a} + {b} = {a + b}. The answer is {a + b}."


def _es_more(rng):
    a, b = rng.randint(2, 6), rng.randint(2, 8)
    if rng.random() < 0.5:
        obj, how = rng.choice([("huevos", "Cuántos"), ("bombones", "Cuántos"), ("galletas", "Cuántas")])
        q = f"Una caja tiene {a} filas de {obj} con {b} {obj} en cada fila. ¿{how} {obj} hay en la caja?"
        return q, f"{a} × {b} = {a * b}. La respuesta es {a * b}."
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    q = rng.choice([f"En una clase hay {a} niños y {b} niñas. ¿Cuántos alumnos hay en la clase?",
                    f"Un granjero tiene {a} vacas y {b} ovejas. ¿Cuántos animales tiene?"])
    return q, f"{a} + {b} = {a + b}. La respuesta es {a + b}."


def _fr_more(rng):
    a, b = rng.randint(2, 6), rng.randint(2, 8)
    if rng.random() < 0.5:
        obj = rng.choice(["chocolats", "gâteaux", "biscuits"])
        q = f"Une boîte contient {a} rangées de {b} {obj}. Combien de {obj} y a-t-il dans la boîte ?"
        return q, f"{a} × {b} = {a * b}. La réponse est {a * b}."
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    q = rng.choice([f"Dans une classe, il y a {a} garçons et {b} filles. Combien d'enfants y a-t-il dans la classe ?",
                    f"Un fermier a {a} vaches et {b} moutons. Combien d'animaux a-t-il ?"])
    return q, f"{a} + {b} = {a + b}. La réponse est {a + b}."


def _de_more(rng):
    a, b = rng.randint(2, 6), rng.randint(2, 8)
    if rng.random() < 0.5:
        dative, nominative = rng.choice([("Eiern", "Eier"), ("Pralinen", "Pralinen"), ("Keksen", "Kekse")])
        q = f"In einer Schachtel liegen {a} Reihen mit je {b} {dative}. Wie viele {nominative} sind in der Schachtel?"
        return q, f"{a} × {b} = {a * b}. Die Antwort ist {a * b}."
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    q = rng.choice([f"In einer Klasse sind {a} Jungen und {b} Mädchen. Wie viele Kinder sind in der Klasse?",
                    f"Ein Bauer hat {a} Kühe und {b} Schafe. Wie viele Tiere hat er?"])
    return q, f"{a} + {b} = {a + b}. Die Antwort ist {a + b}."


def _ru_more(rng):
    a, b = rng.randint(2, 6), rng.randint(2, 8)
    if rng.random() < 0.5:
        q = (f"В коробке {a} {ru_plural(a, 'ряд', 'ряда', 'рядов')}, по {b} {ru_plural(b, 'яйцо', 'яйца', 'яиц')} "
             f"в каждом ряду. Сколько яиц в коробке?")
        return q, f"{a} × {b} = {a * b}. Ответ: {a * b}."
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    q = (f"В классе {a} {ru_plural(a, 'мальчик', 'мальчика', 'мальчиков')} и "
         f"{b} {ru_plural(b, 'девочка', 'девочки', 'девочек')}. Сколько детей в классе?")
    return q, f"{a} + {b} = {a + b}. Ответ: {a + b}."


def _zh_more(rng):
    a, b = rng.randint(2, 6), rng.randint(2, 8)
    if rng.random() < 0.5:
        obj, unit = rng.choice([("鸡蛋", "个"), ("巧克力", "块"), ("饼干", "块")])
        q = f"一个盒子里有{a}排{obj}，每排{b}{unit}。盒子里一共有多少{unit}{obj}？"
        return q, f"{a}×{b}={a * b}。答案是{a * b}。"
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    q = f"一个班有{a}个男孩和{b}个女孩。这个班一共有多少个孩子？"
    return q, f"{a}+{b}={a + b}。答案是{a + b}。"


def _ja_more(rng):
    a, b = rng.randint(2, 6), rng.randint(2, 8)
    if rng.random() < 0.5:
        obj = rng.choice(["卵", "チョコレート", "クッキー"])
        q = f"箱に{obj}が{a}列あり、1列に{b}個ずつ入っています。{obj}は全部で何個ありますか？"
        return q, f"{a}×{b}={a * b}。答えは{a * b}です。"
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    q = f"クラスに男の子が{a}人、女の子が{b}人います。クラスには全部で何人いますか？"
    return q, f"{a}+{b}={a + b}。答えは{a + b}です。"


MORE = {"en": _en_more, "es": _es_more, "fr": _fr_more, "de": _de_more, "ru": _ru_more, "zh": _zh_more, "ja": _ja_more}


MAKERS = {"en": _en, "es": _es, "fr": _fr, "de": _de, "ru": _ru, "zh": _zh, "ja": _ja, "ar": _ar,
          "hi": _hi, "bn": _bn, "tr": _tr, "sw": _sw, "te": _te, "yo": _yo}


def make(lang, rng):
    """One (question, answer) word problem in lang; half of them are further story types where lang has them."""
    if lang in MORE and rng.random() < 0.5:
        return MORE[lang](rng)
    return MAKERS[lang](rng)
