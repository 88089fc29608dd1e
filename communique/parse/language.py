"""Statement text -> its language code, from the script, its letters and its words.

The script decides between alphabets (Cyrillic, Arabic, Greek, CJK...), letters
unique to one language split a script (Ukrainian і/ї/є, Kazakh ә/ғ/қ, Azerbaijani
ə).  The Latin languages, and Russian among its Cyrillic neighbours, are told
apart by py3langid's character n-gram model (it ships in its wheel) once a text has
``MODEL_LETTERS`` letters; a shorter one by counts of its function words, which
say nothing when none occurs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

SAMPLE_CHARS = 3000
# The digits of Arabic, of Persian and Urdu, and full-width ones, each to its ASCII digit: one
# character for one, so that what is read in a translated text keeps its spans.
NATIVE_DIGIT_MAP = {chr(zero + i): str(i) for zero in (0x660, 0x6F0, 0xFF10) for i in range(10)}
ASCII_DIGITS = str.maketrans(NATIVE_DIGIT_MAP)
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for with on was as by it this have are be".split()),
    "fr": frozenset("le la les et des du est une pour dans que qui au sur avec nous pas".split()),
    "de": frozenset("der die das und ist nicht mit den sich auf ein eine für dem zu wir".split()),
    "es": frozenset("el la los las y de que en un una por con para del es se al".split()),
    "it": frozenset("il lo gli e di che è per una con non della sono del le alla".split()),
    "pt": frozenset("o os as e de que em um uma para com não do da dos das é".split()),
    "nl": frozenset("de het en van een is dat op te in niet met voor zijn wij".split()),
    "pl": frozenset("i w na z że się do nie jest to jak od po dla przez".split()),
    "tr": frozenset("ve bir bu için ile da de çok olarak olan gibi daha".split()),
    "az": frozenset("və bir bu üçün ilə da də çox olaraq olan kimi daha biz".split()),
    "uz": frozenset("va bilan uchun bu ham esa davomida hamda qildi etdi yil".split()),
    # Words of one language each where neighbours share most of theirs (Czech and Slovak,
    # Danish and Norwegian, Indonesian and Malay): the shared ones would tie.
    "cs": frozenset("se jsou jako pro které který také podle jsme této jsem mezi".split()),
    "sk": frozenset("sa sú ako pre ktoré ktorý tiež podľa sme tejto som medzi".split()),
    "ro": frozenset("și în că este care pentru din sunt fost către această acest".split()),
    "hu": frozenset("az és hogy nem egy meg már csak van volt mint pedig lesz".split()),
    "id": frozenset("yang dan ini itu dengan untuk dari dalam tidak akan karena bahwa".split()),
    "ms": frozenset("yang dan ini itu dengan untuk dari dalam tidak akan kerana bahawa "
                    "boleh".split()),
    "vi": frozenset("và của là có không được những một các cho trong với này đã người".split()),
    "fi": frozenset("ja ei että oli ovat mutta kuin myös tai sen hän joka olemme".split()),
    "et": frozenset("see ka kui aga mis ning või seda oma pole".split()),
    "sv": frozenset("och att är på för med av till inte har jag också".split()),
    "da": frozenset("og ikke af at til efter meget også hvor blev".split()),
    "nb": frozenset("og ikke av å til etter mye også hvor ble".split()),
    "hr": frozenset("koji što kao nije također prema može bio bila kojima će su dvije "
                    "vrijeme".split()),
    # Serbian in Latin letters: its own spellings beside Croatian's ("takođe", "dve").
    "sr": frozenset("takođe saradnje saradnju saradnja predsednik predsednika dve vreme uvek "
                    "biće će su".split()),
    "ca": frozenset("els amb és però també aquest aquesta perquè més seva".split()),
    "sl": frozenset("ki so tudi kot pa bil bila lahko smo".split()),
    "lt": frozenset("ir kad yra su iš kaip bet tai buvo taip".split()),
    "lv": frozenset("un ka ar uz par arī kā tas bija jo".split()),
    "sq": frozenset("dhe në të për një që nga është janë".split()),
}
# Latin letters of one language each among those read here.
# Turkish's dotless ı and soft ğ are Azerbaijani's too: ə, which Turkish never writes, tells
# the two apart (checked first, as the most frequent of the marked letters in Azerbaijani).
LATIN_LETTERS = {"az": "ə", "hu": "őű", "cs": "řů", "sk": "ľĺŕ", "ro": "șț", "vi": "ơưạảấầẩẫậặẹẻẽ",
                 "tr": "ığ"}
MARKED_LETTERS = 2
SCHWA_SHARE = 30  # Azerbaijani writes "ə" once in twelve letters; a name or a menu's less
MARKED_SHARE = 100  # Turkish writes ı or ğ once in 20 letters; a report naming a Turk, not
SCRIPT_LANGUAGE = {"ARABIC": "ar", "GREEK": "el", "ARMENIAN": "hy", "GEORGIAN": "ka",
                   "HEBREW": "he", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja",
                   "CJK": "zh", "THAI": "th", "DEVANAGARI": "hi", "BENGALI": "bn",
                   "TAMIL": "ta", "TELUGU": "te", "KANNADA": "kn", "MALAYALAM": "ml",
                   "GUJARATI": "gu", "GURMUKHI": "pa", "SINHALA": "si", "KHMER": "km",
                   "LAO": "lo", "MYANMAR": "my", "ETHIOPIC": "am", "TIBETAN": "bo"}
MODEL_LETTERS = 100  # fewer letters: function words decide (the model guesses on any text)
# The languages the model may answer: those of the Latin script and Russian's Cyrillic
# neighbours that its letters do not tell (the model knows dialects and old languages too).
MODEL_LATIN = ("af", "az", "bs", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu", "fi",
               "fr", "ga", "gl", "hr", "ht", "hu", "id", "is", "it", "lb", "lt", "lv", "mg",
               "ms", "mt", "nl", "no", "pl", "pt", "ro", "rw", "sk", "sl", "so", "sq", "sv",
               "sw", "tl", "tr", "uz", "vi", "xh", "yo", "zu", "ha", "jv", "tk")
MODEL_CYRILLIC = ("ru", "bg", "uk", "be", "mk", "sr")
# Words one of two close languages writes and the other does not.
NYNORSK = frozenset("eg ikkje òg kva frå korleis kjem vere vore berre noko dei me nokon "
                    "kvar mykje heile vert".split())
BOKMAL = frozenset("jeg ikke også hva fra hvordan kommer være vært bare noe de vi noen hver "
                   "mye hele blir".split())
EKAVIAN = frozenset("predsednik predsednica predsednika predsednice vreme vremena mesec "
                    "meseci meseca reč reči deca dece ceni uvek gde mesto mesta nedelja lepo "
                    "primer primera sledeće sledeći".split())
IJEKAVIAN = frozenset("predsjednik predsjednica predsjednika predsjednice vrijeme vremena "
                      "mjesec mjeseci mjeseca riječ riječi djeca djece cijeni uvijek gdje "
                      "mjesto mjesta sljedeće sljedeći".split())
# Devanagari's languages by their function words ("है" and "में" Hindi's, "छ" and "पनि"
# Nepali's, "आहे" and "आणि" Marathi's); a word with its vowel signs (marks, not letters).
DEVANAGARI_WORDS = {
    "hi": frozenset("है हैं था थे की में से और ने किया गया लिए भी कहा".split()),
    "ne": frozenset("छ छन् भयो गर्नुभयो पनि रहेको गरेको भएको हुने लागि गर्न साथै यस उहाँले "
                    "गर्नुहुन्छ गरे र".split()),
    "mr": frozenset("आहे आहेत आणि या व केले होते असे त्यांनी".split()),
}
_DEVANAGARI_WORDS = re.compile(r"[\u0900-\u0963\u0970-\u097f]+")
MODEL_CODES = {"no": "nb"}  # the codes used elsewhere in the archive
MODEL_NAMES = {ours: model for model, ours in MODEL_CODES.items()}
KANA_SHARE = 20  # Japanese writes a kana among every 20 characters at least; Chinese none
_WORDS = re.compile(r"[^\W\d_]+")
# Characters of the scripts written without spaces between words (Chinese, Japanese kana,
# Korean syllables): extraction counts their words and the index cuts them by these.
CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"  # inside a [...] class
UNSPACED = re.compile(f"[{CJK_CHARS}]")
# Thai, Lao, Burmese and Khmer write no spaces between words either (a space ends a phrase),
# with words of about five characters, their vowel and tone marks counted.
UNSPACED_ABUGIDA = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
ABUGIDA_WORD_CHARS = 5
QUESTION_MARKS = ("?", "？", "؟")  # a question's end in Latin, CJK and Arabic script
CLOSING_QUOTES = "\"'”“»’)"  # after a sentence's mark: "... at their side.“"


def unaccented(text: str) -> str:
    """The text without its combining accents ("ΜΑΡΤΊΟΥ" -> "ΜΑΡΤΙΟΥ", "Bálint" -> "Balint")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def word_count(text: str) -> int:
    """Words of any script: spaced words, plus one per two unspaced CJK characters and one
    per five of Thai, Lao, Burmese or Khmer (about what a word of those languages weighs)."""
    if text.isascii():
        return len(text.split())
    cjk, abugida = len(UNSPACED.findall(text)), len(UNSPACED_ABUGIDA.findall(text))
    return len(text.split()) + cjk // 2 + abugida // ABUGIDA_WORD_CHARS


# Tags of three letters for languages ISO 639-1 names with two: Kurdish (Sorani, Kurmanji,
# Southern), Pashto, Persian and Dari.
THREE_LETTER_CODES = {"ckb": "ku", "kmr": "ku", "sdh": "ku", "pbu": "ps", "pbt": "ps",
                      "pst": "ps", "pes": "fa", "prs": "fa"}


def language_code(tag: str | None) -> str | None:
    """A language tag as its lower-case primary subtag ("sr-Latn", "en_US" -> "sr", "en")."""
    primary = re.split(r"[-_]", (tag or "").strip())[0].lower()
    return THREE_LETTER_CODES.get(primary, primary) or None


def detect_language(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or None when there are no letters."""
    sample = text[:SAMPLE_CHARS]
    scripts: Counter[str] = Counter()
    for ch, n in Counter(sample).items():  # each letter named once, not once per use
        if ch.isalpha():
            scripts[_script(ch)] += n
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    kana = scripts["HIRAGANA"] + scripts["KATAKANA"]
    if script == "CJK" and kana >= 2 and kana * KANA_SHARE >= scripts["CJK"]:
        return "ja"  # kanji may outnumber kana ("首相記者会見"), never stand without them
    if script == "CYRILLIC":
        found = _cyrillic(sample)
        if found == "ru" and scripts[script] >= MODEL_LETTERS:
            return _model_language(sample, MODEL_CYRILLIC)
        return found
    if script == "ARABIC":
        return _arabic(sample)
    if script == "DEVANAGARI":
        return _devanagari(sample)
    if script != "LATIN":
        return SCRIPT_LANGUAGE.get(script)
    lower = sample.lower()
    counts = Counter({code: sum(lower.count(c) for c in letters)
                      for code, letters in LATIN_LETTERS.items()})
    # A language's own letters, common in its names, must be as many as its text writes:
    # "Karaoğlu" twice in an English report does not make it Turkish, nor a menu's
    # "Azərbaycanca" Azerbaijani.
    least = max(MARKED_LETTERS, scripts["LATIN"] // MARKED_SHARE)
    if counts["az"] >= max(MARKED_LETTERS, scripts["LATIN"] // SCHWA_SHARE):
        return "az"  # "ə" is one letter in twelve of Azerbaijani
    if counts["tr"] < least:
        del counts["tr"]
    marked = counts.most_common(1)[0]
    if marked[1] >= MARKED_LETTERS and marked[0] != "az":
        return marked[0]  # a short text may hold none of the function words, not its letters
    if scripts[script] >= MODEL_LETTERS:
        return _variant(_model_language(sample, MODEL_LATIN), lower)
    words = Counter(w.lower() for w in _WORDS.findall(lower))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if not scores[best]:
        return None
    tied = tuple(MODEL_NAMES.get(lang, lang) for lang, score in scores.items()
                 if score == scores[best] and MODEL_NAMES.get(lang, lang) in MODEL_LATIN)
    if len(tied) < 2:
        return best
    # A short text's one little word that several languages write ("de" and "og" in "De
    # drøftede handel og energi"): the model tells them apart by the rest; Icelandic's own
    # letters join the tie, no little word of its listed.
    if any(c in lower for c in "þð"):
        tied += ("is",)
    return _variant(_ranked_first(sample, tied), lower)


def _variant(code: str, lower: str) -> str:
    """The model's language, or the neighbour its words tell apart: Nynorsk from Bokmål,
    Faroese from Icelandic (ø, and neither þ nor ö), Serbian's ekavian Latin from Bosnian's
    and Croatian's ijekavian."""
    if code in ("nb", "nn"):
        words = Counter(_WORDS.findall(lower))
        nynorsk = sum(words[w] for w in NYNORSK)
        return "nn" if nynorsk > sum(words[w] for w in BOKMAL) else "nb"
    if code == "is" and "ø" in lower and "þ" not in lower and "ö" not in lower:
        return "fo"
    if code in ("bs", "hr"):
        words = Counter(_WORDS.findall(lower))
        if sum(words[w] for w in EKAVIAN) > sum(words[w] for w in IJEKAVIAN):
            return "sr"
    return code


def cyrillic_language(text: str) -> str | None:
    """The East Slavic language the text's own letters tell, when a site's template states
    another ("<html lang='ru'>" over a Ukrainian page): Ukrainian's "ї", "є", "ґ" and "і"
    (Belarusian's "ў" with "і"), or Russian's "ы" and "э" where Ukrainian writes neither.
    None for a text that is not Cyrillic or whose letters tell nothing."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(_script(ch) == "CYRILLIC" for ch in letters) * 2 < len(letters):
        return None
    lower = text.lower()
    if sum(lower.count(c) for c in "іїєґ") > 3:
        return "be" if lower.count("ў") > 3 else "uk"  # and a Serbian name's "ћ" tells little
    return "ru" if sum(lower.count(c) for c in "ыэ") > 3 else None


def _devanagari(sample: str) -> str:
    """Hindi, Nepali or Marathi, by the function words each writes most."""
    words = Counter(_DEVANAGARI_WORDS.findall(sample))
    scores = {code: sum(words[w] for w in stop) for code, stop in DEVANAGARI_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] > scores["hi"] else "hi"


def _model_language(sample: str, among: tuple[str, ...]) -> str:
    """The model's language for the sample, of the languages ``among``."""
    code = _identifier(among).classify(sample)[0]
    return MODEL_CODES.get(code, code)


def _ranked_first(sample: str, among: tuple[str, ...]) -> str:
    """The first of the languages ``among`` in the Latin model's ranking of the sample: one
    model for every tie, not one loaded for each set of tied languages."""
    code = next(code for code, _ in _identifier(MODEL_LATIN).rank(sample) if code in among)
    return MODEL_CODES.get(code, code)


@cache
def _identifier(among: tuple[str, ...]) -> LanguageIdentifier:
    """py3langid's model, read once (its load takes a tenth of a second), restricted."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(among))
    return identifier


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "OTHER"


# Mongolian function words ("and", the topic particle, "is", the genitive "of the state").
MONGOLIAN = re.compile(r"(?<!\w)(?:болон|нь|байна|юм|улсын|ба)(?!\w)")


def _cyrillic(sample: str) -> str:
    # Letters of one language each, the shared "і" (Ukrainian, Belarusian, Kazakh) last.
    lower = sample.lower()
    if sum(lower.count(c) for c in "ӣӯҷ") > 1:
        return "tg"
    if "ҳ" in lower or "ў" in lower and any(c in lower for c in "қғ"):
        return "uz"  # Uzbek writes "ў" as Belarusian does, and "қ", "ғ" as Kazakh does
    turkic = sum(lower.count(c) for c in "әғқңөұүһ")
    if turkic > 3 and any(c in lower for c in "әұқғ"):
        return "kk"
    if turkic > 3:  # "ң", "ө", "ү" alone: Kyrgyz, or Mongolian (which never writes "ң")
        return "mn" if "ң" not in lower and MONGOLIAN.search(lower) else "ky"
    if lower.count("ў") > 0:
        return "be"
    if sum(lower.count(c) for c in "ѓќѕ") > 0:
        return "mk"
    if sum(lower.count(c) for c in "ђћ") > 0 or sum(lower.count(c) for c in "јљњџ") > 3:
        # Macedonian writes "во" (in), Serbian "у"; either may lack its own letters.
        return "mk" if not any(c in lower for c in "ђћ") \
            and lower.count(" во ") > lower.count(" у ") else "sr"
    if sum(lower.count(c) for c in "іїєґ") > 3:
        return "uk"
    # Bulgarian writes "ъ" often and never "ы" or "э", which Russian writes all the time.
    if lower.count("ъ") > 3 and not any(c in lower for c in "ыэ"):
        return "bg"
    return "ru"


def _arabic(sample: str) -> str:
    # Urdu's retroflex letters, then the letters Persian adds (and its own yeh and kaf,
    # where Arabic writes "ي" and "ك").
    if sum(sample.count(c) for c in "ٹڈڑںے") > 3:
        return "ur"
    # Pashto's own letters ("ړ ښ ګ ځ څ ږ ټ ډ ڼ ې"), then Sorani Kurdish's ("ڕ ڵ ێ ۆ ە").
    if sum(sample.count(c) for c in "ړښګځڅږټډڼې") > 3:
        return "ps"
    if sum(sample.count(c) for c in "ڕڵێۆە") > 3:
        return "ku"
    persian = sum(sample.count(c) for c in "پچژگیک")
    return "fa" if persian > sum(sample.count(c) for c in "يك") else "ar"
