"""Title, lead and text -> the statement's kind and, for letters, its subkind.

Cue words name a genre the same way on every site: "telephone conversation",
"congratulations", "news conference", "will meet".  They are tried in order of
specificity (a "news conference following talks" is a news conference, a
"statement congratulating" a statement), on the title first, then the lead,
then the opening of the text; the first cue found decides.  English and
Russian cues, with the commonest French, German and Spanish ones.
"""

from __future__ import annotations

import re

Cue = tuple[str, str | None, re.Pattern[str]]


def _cue(kind: str, subkind: str | None, pattern: str) -> Cue:
    return kind, subkind, re.compile(pattern, re.I)


# Order matters: the first cue that matches decides.
CUES: tuple[Cue, ...] = (
    _cue("announcement", None,
         r"\bwill (?:meet|hold|have|take part|visit|attend|travel|chair|address|make|pay|"
         r"participate|speak|deliver|host|receive|go)\b|\bis (?:scheduled|expected) to\b|"
         r"\baccreditation\b|аккредитаци|"
         r"\b(?:встретится|проведёт|проведет|примет участие|посетит|состоится|выступит)\b|"
         r"\bse rendra\b|\bwird (?:treffen|besuchen)\b|\bse reunirá\b"),
    _cue("press_conference", None,
         r"\bnews conference\b|\bpress[- ]conference\b|\bpress briefing\b|\bbriefing\b|"
         r"\bgaggle\b|\bpress call\b|\bpress statements?\b|\bstatements? (?:to|for) the press\b|"
         r"\bpress availability\b|\bq ?& ?a\b|пресс-конференц|брифинг|заявлени[яе] для прессы|"
         r"заявления для прессы|conférence de presse|pressekonferenz|rueda de prensa|"
         r"conferencia de prensa"),
    _cue("interview", None, r"\binterview|интервью|\bentretien\b|\bentrevista\b"),
    _cue("phone_call", None,
         r"\b(?:tele)?phone (?:conversation|call|talks?)\b|\bby (?:tele)?phone\b|"
         r"\b(?:phone|video) ?call\b|\bcall (?:with|to|between)\b|\bcalled\b|'s call\b|’s call\b|"
         r"телефонн\w* (?:разговор|переговор)|по телефону|созвонил|"
         r"entretien téléphonique|telefonat|conversación telefónica|llamada"),
    _cue("statement", None,
         r"^(?:joint )?statements? (?:by|from|of|on)\b|^fact sheet\b|^declaration\b|"
         r"^заявлени|^совместное заявление|^communiqué|^erklärung|^declaración"),
    _cue("document", None,
         r"\bexecutive order\b|\bdecree\b|\bproclamation\b|\bmemorandum\b|\bsigned (?:the |a |an )?"
         r"(?:law|bill|order|decree|federal law|instructions)\b|\binstructions\b|"
         r"\brelieved of (?:his |her )?duties\b|\bappointed\b|\bact\b(?= on| of)|"
         r"\bуказ|\bраспоряжени|\bфедеральный закон|\bпоручени|\bdécret\b|\bverordnung\b"),
    _cue("letter", "condolence",
         r"condolence|sympathy|\bmourn|соболезнован|condoléances|beileid|pésame|condolencia"),
    _cue("letter", "congratulation",
         r"congratulat|greetings?\b|felicitat|поздрав|приветстви|félicit|glückwunsch|"
         r"felicita"),
    _cue("letter", "other",
         r"\bletters?\b|\bmessage\b|\btelegram\b|\bwrote to\b|\bписьм|"
         r"\bпослание\b(?! федеральному)|\bтелеграмм|\blettre\b|\bbrief an\b|\bcarta\b|"
         r"\bmensaje\b"),
    _cue("meeting", None,
         r"\bmeeting\b|\bmet\b|\bmeets\b|\btalks\b|\bsummit\b|\bvisit\b|\bvisited\b|"
         r"\bconversation with\b|\bround ?table\b|\bsession\b|\bconference\b|\bforum\b|"
         r"\breception\b|\bconsultations\b|\breadout\b|"
         r"встреч|переговор|совещани|заседани|визит|rencontre|entretien avec|treffen|"
         r"reunión|encuentro"),
    _cue("speech", None,
         r"\bremarks\b|\baddress\b|\baddressed\b|\bspeech\b|\bspoke at\b|\blecture\b|"
         r"\btoast\b|\bopening\b|\bceremony\b|выступлени|обращени|послание|речь|"
         r"discours|\brede\b|discurso"),
)
# A salutation to one person opens a letter; one to many ("Dear friends") opens a speech.
LETTER_SALUTATION = re.compile(
    r"^(?:Dear\s+(?!(?:friends|colleagues|guests|participants|compatriots|ladies|citizens|all|"
    r"everyone|members|veterans|comrades|fellow)\b)|Your\s+(?:Majesty|Excellency|Highness|"
    r"Eminence|Holiness|Beatitude)\b|(?:Уважаемый|Уважаемая|Дорогой|Дорогая)\s|Ваше\s|"
    r"(?:Cher|Chère|Monsieur le|Madame la)\s|Sehr geehrte[rs]?\s+(?:Herr|Frau)|Estimad[oa]\s)",
    re.I)
PLURAL_ADDRESS = re.compile(r"^(?:Dear|Уважаемые|Дорогие|Chers|Liebe|Queridos|Ladies|Дамы)\b",
                            re.I)
TEXT_HEAD_CHARS = 600
GENERIC = ("meeting", "speech")
HINTS = ("interview", "press_conference", "speech", "statement", "letter", "phone_call",
         "meeting", "document", "announcement")


def classify_kind(*, title: str | None, lead: str | None, text: str,
                  has_turns: bool = False, hint: str | None = None) -> tuple[str, str | None]:
    """Decide the kind and subkind of one statement.

    ``hint`` is a kind the extractor already knows (a site section); it is used
    when no cue word speaks.  A letter never has speaker turns: a
    "congratulation" with a transcript is a speech at an event.
    """
    for where in (title, lead):
        found = _first_cue(where, skip_letters=has_turns) if where else None
        if found:
            return found
    head = text.lstrip()[:TEXT_HEAD_CHARS]
    if LETTER_SALUTATION.match(head) and not has_turns:
        subkind = _first_cue(head, skip_letters=False, kinds=("letter",))
        return "letter", subkind[1] if subkind else "other"
    # A statement's own text speaks of future plans and past meetings: no announcements here.
    found = _first_cue(head, skip_letters=has_turns, skip=("announcement",))
    if found:
        return found
    if hint in HINTS:
        return hint, "other" if hint == "letter" else None
    if PLURAL_ADDRESS.match(head):
        return "speech", None
    return ("speech", None) if has_turns else ("other", None)


def _first_cue(text: str, *, skip_letters: bool, skip: tuple[str, ...] = (),
               kinds: tuple[str, ...] | None = None) -> tuple[str, str | None] | None:
    generic: list[tuple[int, str]] = []
    for kind, subkind, pattern in CUES:
        if (skip_letters and kind == "letter") or kind in skip:
            continue
        if kinds is not None and kind not in kinds:
            continue
        found = pattern.search(text)
        if found and kind in GENERIC:
            generic.append((found.start(), kind))
        elif found:
            return kind, subkind
    # "addressed guests at a reception": between generic cues the main verb, said first, wins.
    return (min(generic)[1], None) if generic else None
