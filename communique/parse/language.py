"""Statement text -> its language code, from the script and the commonest words.

Cheap and model-free: the script decides between alphabets (Cyrillic, Arabic,
Greek, CJK...), letters unique to one language split a script (Ukrainian і/ї/є,
Kazakh ә/ғ/қ), and counts of function words split the Latin languages.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

SAMPLE_CHARS = 3000
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
}
SCRIPT_LANGUAGE = {"ARABIC": "ar", "GREEK": "el", "ARMENIAN": "hy", "GEORGIAN": "ka",
                   "HEBREW": "he", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja",
                   "CJK": "zh", "THAI": "th", "DEVANAGARI": "hi"}
_WORDS = re.compile(r"[^\W\d_]+")
# Characters of the scripts written without spaces between words (Chinese, Japanese kana,
# Korean syllables): extraction counts their words and the index cuts them by these.
CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"  # inside a [...] class
UNSPACED = re.compile(f"[{CJK_CHARS}]")


def detect_language(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or None when there are no letters."""
    sample = text[:SAMPLE_CHARS]
    scripts = Counter(_script(ch) for ch in sample if ch.isalpha())
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    if script == "CYRILLIC":
        return _cyrillic(sample)
    if script != "LATIN":
        return SCRIPT_LANGUAGE.get(script)
    words = Counter(w.lower() for w in _WORDS.findall(sample))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] else None


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "OTHER"


def _cyrillic(sample: str) -> str:
    # Letters of one language each, the shared "і" (Ukrainian, Belarusian, Kazakh) last.
    lower = sample.lower()
    if sum(lower.count(c) for c in "әғқңөұүһ") > 3:
        return "kk"
    if lower.count("ў") > 0:
        return "be"
    if sum(lower.count(c) for c in "іїєґ") > 3:
        return "uk"
    return "ru"
