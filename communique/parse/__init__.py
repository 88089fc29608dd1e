"""Parsing: Document -> Statement: kind, participants, turns, language.

``parse_document`` is the stage function; each submodule decides one thing:
``kinds`` (kind and subkind), ``turns`` (text layout and turns), ``speakers``
(one name per person), ``participants`` (who took part, in what role),
``dates`` (date expressions, shared with the extractors) and ``language``.

``Statement.text`` is the body's paragraphs joined by "\\n", each as the page
shows it (speaker labels and dashes included); the lead is kept apart in
``Statement.lead``; ``Turn.start``/``end`` index ``Statement.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..models import Block, Document, Participant, Source, Statement, Turn, statement_id
from . import participants as people
from .interviewers import CASE_ENDING, OUTLET_NOUN, credit, interview_sides
from .kinds import classify_kind, is_faq
from .language import QUESTION_MARKS, detect_language
from .names import SENTENCE, names_in
from .speakers import (
    ARTICLES,
    MEDIA_WORDS,
    NAME_WORDS_MAX,
    UNCASED_TITLED,
    UPPER,
    SpeakerNames,
    clean_label,
    folded,
    is_moderator,
    is_office,
    is_question_label,
    office_word,
    other_office,
)
from .turns import Paragraph, TurnHints, build_turns, dateline, layout

__all__ = ["parse_document"]

# A turn opening with its speaker's own full name and a comma.
SELF_NAMED = re.compile(rf"\s*([{UPPER}][\w’'\-]+ [{UPPER}][\w’'\-]+),")
# A journalist naming themself and their outlet as a question opens, after a greeting.
_MEDIA = "|".join(sorted(MEDIA_WORDS, key=len, reverse=True))  # the longest words first
SELF_INTRO = re.compile(rf"(?:[^.!?\n]{{0,40}}[.!?]\s+)?"
                        # "Saya Mira Haldane dari Harian Lessa": "I am" before the name
                        r"(?:(?i:saya|I am|I'm|je suis|soy|sou|ich bin|меня зовут|мене звати)\s+)?"
                        rf"([{UPPER}][\w’'\-]+(?: [{UPPER}][\w’'\-]+){{1,2}})"
                        rf"(?:,\s+|\s+(?=(?:dari|from|de|del|da|do|von|из|от|з)\s))"
                        rf"(?:(?:de|del|da|do|from|of|dari|von|из|от|с|з)\s+[«„“\"{UPPER}]|[«„“\"]|"
                        # an outlet's word, its Russian case endings too ("телеканала")
                        rf"(?i:{_MEDIA}|газет|"
                        r"агентств)\w*\s|"
                        # or an outlet's name with its medium's word after a place's
                        # ("Veloria Presse.", "Lessa Daily,")
                        rf"(?:[{UPPER}][\w’'\-]+\s+){{1,2}}"
                        rf"(?i:{_MEDIA})[.,]\s)")
# A name, then its office after a comma: "Farah Idris, Spokesperson for the ...".
NAME_TITLED = re.compile(rf"(?P<name>[{UPPER}][\w’'\-]+(?: [{UPPER}][\w’'\-]+){{1,2}}),\s+"
                         r"(?:the\s+)?(?P<bare>(?i:Spokes(?:person|man|woman)|Press Secretary|"
                         r"Deputy Spokes(?:person|man|woman)|Porte-parole|Portavoz|"
                         r"Sprecher(?:in)?))\b")
# A name, then its office after a comma ("M. Étienne Lavaudière, Président de la République"):
# the office's words, for labels that give the office alone ("LE PRÉSIDENT :").
NAME_OFFICE = re.compile(rf"(?P<name>[{UPPER}][\w’'\-]+(?: [{UPPER}][\w’'\-]+){{1,2}}),\s+"
                         r"(?:the\s+)?(?P<office>[^\W\d_]+(?:[ -][^\W\d_]+)?)")
# A transcript's time code opening a paragraph: "[00:01:12]", "(01:12)", "[1:02:03]".
TIMECODE = re.compile(r"[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]\s*")
TITLED_PARAGRAPHS = 3  # the text's first paragraphs, where a briefing names who gives it
NO_TURNS = ("letter", "phone_call", "document", "announcement")
CONTEXT_CHARS = 20_000  # of the text, where a surname label's given name is looked for
# An office and the name after it: "President Amara Velden", "Président de la République
# Amara Velden", "la presidenta del Gobierno, Elsa Varn" (its "of ..." then a comma).
# "moderated by", and in the languages of the cue tables: "leddes av", "animée par",
# "moderada por", "moderiert von", "moderata da", "prowadził".
MODERATED = re.compile(rf"\b(?:(?:moderated|chaired|hosted) by|(?:leddes|modererades) av|"
                       rf"(?:animée?|modérée?|présidée?) par|(?:moderad[oa]|conducid[oa]) por|"
                       rf"(?:moderiert|geleitet) von|(?:moderat[oa]|condott[oa]) da|"
                       rf"prowadził[aoy]?|ledet af|ledet av)\b[^.;]{{0,80}}?(?:,\s*)?"
                       rf"(?:(?:Mr|Ms|Mrs|Dr|Hon)\.?\s+)?(?P<name>[{UPPER}][\w’'\-]+"
                       rf"(?:\s+[{UPPER}][\w’'\-]+){{1,2}})(?=[.,;]|\s*$)")
JOINT_KINDS = ("statement", "document", "meeting", "other")  # texts a joint one may be
SPOKEN = re.compile(r"[^:：.!?]{1,60}[:：]\s")  # a turn's label opening a paragraph
# The styles around a name on a line of its own: "The Hon Daniel Reed MP", "H.E. Mr ...".
HONOURED = re.compile(r"^(?:the\s+)?(?:(?:rt\.?\s+)?hon(?:ourable)?\.?|h\.\s?e\.|mr\.?|mrs\.?|"
                      r"ms\.?|dr\.?)\s+|\s+(?:mp|qc|kc|sc)$", re.I)
# An English minister's portfolio after the office: "Minister for Finance", "of Defence".
PORTFOLIO = re.compile(r"Minister (?:for|of) (?:the )?([A-Z]\w+)")
TITLED = re.compile(
    r"\b(?P<office>(?P<bare>(?i:(?:Deputy |Vice[- ])?Prime Minister|President|Chancellor|"
    r"Vice President|King|Emir|Treasurer|(?:Lieutenant )?Governor|(?:Lord )?Mayor|"
    r"Attorney[- ]General|"
    r"(?:Foreign |Defen[cs]e |Finance )?Minister|Secretary of State|"
    r"Президент|Президента|Présidente?|Premier ministre|Presidente|Presidenta|Primer Ministro|"
    r"Primera Ministra|Presidente del Consiglio|Primeiro-Ministro|(?:Bundes)?Präsident(?:in)?|"
    r"(?:Bundes)?Kanzler(?:in)?|Ministerpräsident(?:in)?|Prezydent|Premier|"
    r"Прем['’]єр-міністр|Prezident|Cumhurbaşkanı|Президент|"
    # Indonesian and Malay, Vietnamese, Turkish, Swahili, Tagalog.
    r"Presiden|Perdana Menteri|Chủ tịch nước|Chủ tịch|Thủ tướng|Tổng thống|Başbakan|Rais|"
    r"Pangulo|Ministr[oa]|Ministre|Canciller|Bakan[ıi]?|Dışişleri Bakanı|Msemaji(?: Mkuu)?+|"
    # Who chairs a news conference, named in the lead ("la moderadora Inés Cabrera"); who
    # speaks for a government ("la ministra portavoz, Inés Calvet").
    r"Moderador[a]?|Moderator(?:in)?|Modérat(?:eur|rice)|Moderat(?:ore|rice)|"
    r"Spokes(?:person|man|woman)|Press Secretary|Portavoz|Porte-parole|Portavoce|Porta-voz|"
    r"(?:Regierungs)?[Ss]precher(?:in)?|Rzeczni(?:k|czka)|Sottosegretari[oa]))"
    # its portfolio or country: "of Veloria", "de Relaciones Exteriores"
    rf"(?:\s+(?:of(?: the)?|for(?: the)?|del|de la|de|du|des|der|dello|della|degli|dei|delle|"
    rf"(?:Mkuu )?wa)"
    # "del Consiglio dei Ministri", "dell'Economia e delle Finanze"
    rf"(?:\s+(?:(?:dell['’])?[{UPPER}][\w’'\-]+|y|e|et|and|dei|delle|degli|della)){{1,4}})?),?"
    # a word of address before the name: "Porte-parole du Gouvernement, M. Thierry Malonga"
    # or two: "Prime Minister the Hon. Ana Fetuvalu", "Prime Minister Hon. Dr. Clement Brathwell"
    rf"\s+(?:(?:the\s+)?(?:Rt\.?\s+)?(?:M|Mme|Mr|Mrs|Ms|Dr|Hon|Honourable|Honorable|Sr|Sra|Bw|Bi|"
    rf"Dkt|Mhe)\.?\s+){{0,2}}"
    rf"(?P<name>(?:(?![A-Z]\w+ing\b)[{UPPER}][\w’'\-]+\s?){{1,3}})")


# «Dunyo», “Lesas Vēstis”, and German's »Tagesblatt«.
QUOTED = re.compile(r"[«»“„\"]([^«»“”„\"]{2,60})[»«”“\"]")
# The outlet an interview's title ends with, unquoted: "... za Dnevni glasnik", "... for the
# Lessa Herald" (naming no person and no office: "Interview for the Prime Minister's ...").
TITLE_OUTLET = re.compile(r"\b(?:for|to|za|für|pour|para|per|dla)\s+"
                          r"(?:(?:the|dem|der|die|den|le|la|l'|el|il|o|a)\s+)?"
                          r"(?P<outlet>[^\W\d_][^,.:;()«»“”\"]{2,40})$")
POSSESSIVE = re.compile(r"['’]s\b")
TURKISH_CASE = re.compile(rf"(?<=\w){CASE_ENDING}\b.*", re.S)  # and what follows it


def asks_questions(paragraphs: list[Paragraph]) -> bool:
    """Whether the labels put questions: a question's label ("Question:", "Q."), or labelled
    paragraphs of which a third or more end in a question mark (a named interviewer's)."""
    labelled = [p for p in paragraphs if p.label]
    if any(is_question_label(p.label) for p in labelled if p.label):
        return True
    asked = sum(p.shown.rstrip().endswith(QUESTION_MARKS) for p in labelled)
    return asked >= 2 and asked * 3 >= len(labelled)


def parse_document(doc: Document, source: Source) -> Statement:
    """Turn one extracted document into a statement record."""
    paragraphs = _outlets_quoted(layout(without_timecodes(doc.blocks)), doc.title, doc.lead)
    shown = [p.shown for p in paragraphs]
    marked = any(p.label for p in paragraphs) or sum(p.dash for p in paragraphs) >= 2
    joined = "\n".join(shown)
    language = doc.language or detect_language(" ".join(filter(None, (doc.title, doc.lead,
                                                                       joined[:2000]))))
    faq = is_faq(doc.title)  # a ministry's answers to the public: no interview, no turns
    kind, subkind = ("other", None) if faq else classify_kind(
        title=doc.title, lead=doc.lead, text=joined, has_turns=marked, hint=doc.kind_hint,
        sections=doc.sections, asks=asks_questions(paragraphs), language=language)
    # A sentence-like title ("X sent a message to Y") speaks like a lead.
    # The first paragraph's words, not its speaker's label ("Lesas Vēstis: ...").
    sentences = [people.without_dateline(s) if s else s for s in (
        doc.lead, paragraphs[0].shown[paragraphs[0].body_at:] if shown else None)]
    sentences.append(None if people.title_case(doc.title or "") else doc.title)
    # The second paragraph last: a standfirst may open the text ("Both sides agree to ..."),
    # the sentence that names who met whom after it.
    sentences.append(paragraphs[1].shown[paragraphs[1].body_at:] if len(shown) > 1 else None)
    lead_people = people.from_lead([s for s in sentences if s], kind, language)
    if kind == "interview":
        # A closing credit too, the last paragraph ("Das Interview führte X."), first: the
        # opening's four sentences are all that is read.
        closing = [shown[-1]] if len(shown) > 1 and credit(shown[-1]) else []
        lead_people = interview_sides(lead_people, closing + [s for s in sentences[:2] if s],
                                      doc.title, language)
    written = "\n".join(filter(None, (doc.title, doc.lead, *shown)))
    tagged = people.from_tags(doc.tags.get("Persons", []), written)
    names = SpeakerNames([p.label for p in paragraphs if p.label],
                         evidence=_evidence(doc, lead_people, tagged) + _introduced(paragraphs)
                         + _opening_names(doc, paragraphs),
                         titled=_titled(doc, shown),
                         context=" ".join(filter(None, (doc.title, doc.lead,
                                                        *doc.tags.get("Persons", [])))),
                         text=written[:CONTEXT_CHARS], language=language)
    named = [p.name for p in lead_people + tagged if p.role != "interviewer"]
    hints = TurnHints(kind, interviewer=_role(lead_people, "interviewer"),
                      interviewee=_role(lead_people, "interviewee")
                      or _titled_interviewee(doc.title, kind, names, language, doc.lead),
                      named=frozenset(filter(None, map(names.resolve, named))))
    text, turns = build_turns(paragraphs, names, hints)
    if kind == "interview":  # one who answers; a conference's officials may be several
        _office_labels_named(turns, written)
    _self_introduced(turns)
    if kind in NO_TURNS or faq:
        turns = []  # a letter's or a FAQ's labels are no one's turns
    found = [lead_people, _title_people(doc.title, kind, lead_people, tagged, language),
             people.from_turns(turns, kind)]
    if kind == "letter" and not any(p.role == "addressee" for group in found for p in group):
        # The salutation's "King of Estrava" only when the page names the addressee nowhere.
        addressee = people.from_salutation(shown)
        found.insert(1, [addressee] if addressee else [])
    if kind == "letter" and not any(p.role == "sender" for group in found for p in group):
        sender = people.from_signature(shown)  # "Yours sincerely," over the sender's name
        found.insert(1, [sender] if sender else [])
    if kind in JOINT_KINDS and doc.complete:
        # A joint text's makers, or the leaders present at a signing, beside whom else the
        # lead names (the first of them, as a speech's speaker).
        found.append(people.joint_authors(doc.title, [s for s in sentences if s], language))
    found.append(tagged)
    sid = statement_id(url=doc.url, title=doc.title, published_at=doc.published_at, text=text,
                       complete=doc.complete)
    outlets = _quoted(doc.title, doc.lead)  # «L'Éveil de Mbassa» asks; it is no one
    return Statement(id=sid, kind=kind, subkind=subkind if kind == "letter" else None,
                     title=doc.title, published_at=doc.published_at, text=text, source=source,
                     lead=doc.lead, place=doc.place, language=language, complete=doc.complete,
                     url=doc.url, site=doc.site, tags=doc.tags,
                     participants=[p for p in people.as_written(people.complete_sides(
                         people.merge(found, names), kind, turns, written, language), written)
                                   if p.name not in outlets],
                     turns=turns)


def without_timecodes(blocks: list[Block]) -> list[Block]:
    """The blocks without a transcript's time codes ("[00:01:12] Good morning."): a video's
    or a recording's place, no one's words; a block of a time code alone goes."""
    if not any(TIMECODE.match(b.text) for b in blocks):
        return blocks  # the usual text: one match per block
    kept = [replace(b, text=TIMECODE.sub("", b.text)) for b in blocks]
    return [b for b in kept if b.text or b.label]


def _outlets_quoted(paragraphs: list[Paragraph], *said: str | None) -> list[Paragraph]:
    """The paragraphs, labels that are an outlet the title or lead quotes ("intervija
    laikrakstam “Lesas Vēstis”", then "Lesas Vēstis: ...?") quoted as well: an outlet asks."""
    outlets = {o.casefold() for o in _quoted(*said)}
    ending = TITLE_OUTLET.search(said[0] or "") if said else None
    if ending is not None and not names_in(ending["outlet"]) \
            and not any(is_office(w) for w in ending["outlet"].split()):
        outlets.add(ending["outlet"].strip().casefold())
    for p in paragraphs:
        label = p.label.strip() if p.label else ""
        # Its name in full or its first words ("L'Éveil" of «L'Éveil de Mbassa»), in any
        # case ("DNEVNI GLASNIK:" of "za Dnevni glasnik").
        folded = label.casefold()
        if label and any(o == folded or o.startswith(f"{folded} ") for o in outlets):
            p.label = f"«{label}»"
    return paragraphs


def _quoted(*said: str | None) -> set[str]:
    """The names the texts set in quotes: an outlet's, most often."""
    return {m.group(1).strip() for text in said if text for m in QUOTED.finditer(text)}


def _titled_interviewee(title: str | None, kind: str, names: SpeakerNames,
                        language: str | None = None, lead: str | None = None) -> str | None:
    """The office holder an interview's title names ("Entrevista del presidente Tomás Arvid
    a ..."), who gives the answers of bare "R.—" labels when no lead says who does."""
    if kind == "press_conference":
        # A briefing's title names the one who answers ("Брифинг официального представителя
        # МИД ... Айгерим Нурлановой"): the answers of bare "Ответ:" labels are theirs.
        found = [name for name in names_in(title or "") if " " in name
                 and len(name.split()[-1].rstrip(".")) > 1]  # "МИД Корвении Н.": no name
        if not found and lead:
            # Else the lead's first sentence ("Официальный представитель МИД Анна Ветлугина
            # ответила на вопросы журналистов."), when it names one person.
            first = SENTENCE.split(lead, 1)[0]
            found = [name for name in names_in(first, language) if " " in name]
        return names.resolve(found[0]) if len(found) == 1 else None
    m = TITLED.search(title or "") if kind == "interview" else None
    # In the nominative ("Томаса Арвида"), without an English possessive ("Lina Osterholt's")
    # or a Turkish case ending and what follows it ("Selim Karahanlı'nın Ostrava ...").
    found = names_in(TURKISH_CASE.sub("", POSSESSIVE.sub("", m.group(0)))) if m else []
    if m and not found and len(m["name"].split()) == 1:
        # A surname alone after its office ("Entrevista de la Presidenta Velden al diario
        # ..."): the office and the surname, as a label of the office gives them.
        found = [_office_name(m)]
    if not found and kind == "interview" and language in UNCASED_SCRIPTS:
        # "مقابلة الرئيسة أمارا فيلدن مع صحيفة ...": a script without capitals names the
        # one who answers after a word of address or an office.
        found = people.uncased_names(title or "")[:1]
    if not found and kind == "interview" and language in UNDECLINED:
        # "Entrevista concedida por Sua Excelência Filipe Nhaca Mabote, Presidente da
        # República, ao jornal «...»": the one person the title names besides its outlet
        # and its place (in a language that writes a name the same in every case).
        found = [name for name in names_in(title or "") if " " in name
                 and not _outlet_in(title or "", name)]
        found = found if len(found) == 1 else []
    return names.resolve(found[-1]) if found else None


def _office_name(m: re.Match[str]) -> str:
    """An office and the name ``TITLED`` found after it, without a possessive ("President
    Velden's interview" -> "President Velden")."""
    return f"{m['office']} {POSSESSIVE.sub('', m['name']).strip()}"


def _outlet_in(title: str, name: str) -> bool:
    """Whether a name in a title is its outlet's: quoted, or after an article ("avec le
    Merler Tageblatt"), which a person's name never takes."""
    if any(name in m.group(1) for m in QUOTED.finditer(title)):
        return True
    at = title.find(name)
    before = title[:at].split()
    # After an article, or set apart at its end as its place ("Doorstop interview - Port
    # Elara", "..., Port Amaru").
    if name.split()[0].lower() in OUTLET_ARTICLES or OUTLET_NOUN.search(title[:at]):
        return True  # "El Lessano", "al diario Lessa Hoy": a paper's name
    return bool(before) and (before[-1].lower() in OUTLET_ARTICLES or (
        before[-1] in "-–—|" or title[:at].rstrip().endswith(","))
        and not title[at + len(name):].strip(" .)"))


OUTLET_ARTICLES = ARTICLES | frozenset("les dem den los las os as".split())
# Languages whose names keep one form in every case: a title's name is the nominative.
UNCASED_SCRIPTS = frozenset({"ar", "fa", "ur"})  # where uncased_names reads offices and styles
UNDECLINED = frozenset("en fr es pt it ca nl id ms".split())


def _title_people(title: str | None, kind: str, lead_people: list[Participant],
                  tagged: list[Participant], language: str | None) -> list[Participant]:
    """The title's other side, unless the lead names someone of that surname in full.

    A title shortens and sometimes misnames ("Nikolai" for the lead's "Sergei"
    Lebedev); the lead's sentence is the fuller source.
    """
    surnames = {p.name.split()[-1].lower() for p in lead_people}
    return [p for p in people.from_title(title, kind, [t.name for t in tagged], language)
            if p.name.split()[-1].lower() not in surnames]


def _evidence(doc: Document, lead_people: list[Participant],
              tagged: list[Participant]) -> list[str]:
    names = [p.name for p in lead_people + tagged]
    # The lead's sentence names people in the nominative; a title often does not.  A script
    # without capitals names them after an office or a style ("ראש הממשלה רדק אוסטר").
    for where in (doc.lead, doc.title):
        if where:
            names.extend(names_in(where) or people.uncased_names(where)
                         or UNCASED_TITLED.findall(where))
    return names


def _opening_names(doc: Document, paragraphs: list[Paragraph]) -> list[str]:
    """The names a text's unlabelled first paragraph writes ("Governor Ilse Marr, Provincial
    Health Officer Dr. Lena Voskuijl and ... held a news conference"), and those of the
    officials its header lists: who its labels' surnames and offices are."""
    # Only the names of a label's surname: the run of words a sentence capitalises may be a
    # council's or an office's too ("O Conselho de Ministros").
    surnames = {folded(words[-1].lower()) for p in paragraphs
                if p.label and (words := clean_label(p.label).split())}
    if not surnames:
        return []  # no labels: nothing to name (and most statements have none)
    opening = [paragraphs[0].shown] if not paragraphs[0].label else []
    return [name for where in (*opening, *_officials(doc)) for name in names_in(where)
            if 1 < len(name.split()) <= NAME_WORDS_MAX
            and folded(name.split()[-1].lower()) in surnames]


def _officials(doc: Document) -> list[str]:
    """The officials a text page's header lists, office and name ("Treasurer Owen Marr")."""
    officials = doc.meta.get("officials")
    return [o for o in officials if isinstance(o, str)] if isinstance(officials, list) else []


def _introduced(paragraphs: list[Paragraph]) -> list[str]:
    """The names speakers give themselves as their turn opens ("Анна Корт, «Лесские
    ведомости».", under the label "А.Корт"), as journalists at a news conference do."""
    return [m.group(1) for p in paragraphs if p.label
            and (m := SELF_NAMED.match(p.shown, p.body_at))]


def _self_introduced(turns: list[Turn]) -> None:
    """Give an unnamed question the journalist who names themself as it opens, after a
    greeting at most ("Buenos días, presidente. Gabriela Solís, de Radio Meridiano. ...",
    "Добрый день! Марина Лесная, телеканал «Север-24»")."""
    for turn in turns:
        if turn.role != "question" or turn.speaker is not None:
            continue
        found = SELF_INTRO.match(turn.text)
        if found is not None and not any(map(is_office, found.group(1).split())):
            turn.speaker = found.group(1)


def _titled_offices(text: str) -> Iterator[re.Match[str]]:
    """The offices with a name after them (``TITLED``), an office's apposition not taken
    for a name ("Ministre de la Communication, Porte-parole du Gouvernement, M. X")."""
    at = 0
    while (m := TITLED.search(text, at)) is not None:
        if is_office(m["name"].split()[0]):
            at = m.start("name")  # the apposed office may name its holder after it
            continue
        yield m
        at = m.end()


def _titled(doc: Document, shown: list[str]) -> dict[str, str]:
    """Office words mapped to whom the title, the lead or the text's opening gives that
    office: "THE PRESIDENT", "Spokesperson:" ("briefing by Farah Idris, Spokesperson for
    ...", "la ministra portavoz, Inés Calvet Roura")."""
    titled: dict[str, str] = {}
    # The text's first paragraph too when it is no turn: the lead a page did not set apart
    # ("Porte-parole du Gouvernement, M. Thierry Malonga, a animé ...").
    spoken = SPOKEN.match(shown[0]) if shown else None
    opening = shown[:1] if shown and (spoken is None or dateline(spoken[0].rstrip(":： "))) \
        else []  # "Noorabad, March 11: Prime Minister ...": a dateline, no label
    for where in (doc.title, doc.lead, *opening, *_officials(doc)):
        for m in _titled_offices(where or ""):
            named = _office_name(m)
            titled.setdefault(m["office"].lower(), named)  # "presidenta del gobierno"
            titled.setdefault(m["bare"].lower(), named)  # "presidenta"
            portfolio = PORTFOLIO.search(m["office"])
            if portfolio is not None:  # "Minister for Finance" answers as "Finance Minister:"
                titled.setdefault(f"{portfolio[1].lower()} minister", named)
            first = m["bare"].split()[0]
            if first != m["bare"] and is_office(first):
                titled.setdefault(first.lower(), named)  # "Msemaji Mkuu": "MSEMAJI:"
    # Who chaired it, as the lead says: "The briefing was moderated by the Director of
    # Communications, Mr. Yaw Mensah."
    for where in (doc.title, doc.lead, *shown[:TITLED_PARAGRAPHS]):
        chaired = MODERATED.search(where or "")
        if chaired is not None:
            titled.setdefault("moderator", chaired["name"])
            break
    # A transcript's heading: the office on a line, the name under it ("Prime Minister" /
    # "The Hon Daniel Reed MP").
    heading = [p.strip() for p in shown[:TITLED_PARAGRAPHS]]
    for office, name in zip(heading, heading[1:], strict=False):
        lines = TITLED.fullmatch(f"{office} {HONOURED.sub('', name)}")
        if lines is not None and lines["office"] == office:
            titled.setdefault(lines["bare"].lower(), f"{office} {lines['name'].strip()}")
    # The text's opening too, for a name before its office only (its labels are offices
    # before names of their own: "LE PRÉSIDENT DE LA RÉPUBLIQUE : ...").
    for where in (doc.title, doc.lead, *shown[:TITLED_PARAGRAPHS]):
        for m in NAME_TITLED.finditer(where or ""):
            titled.setdefault(m["bare"].lower(), m["name"])
    for where in (doc.title, doc.lead):
        for m in NAME_OFFICE.finditer(where or ""):
            first = m["office"].split()[0].split("-")[0]
            if office_word(first) and not any(map(is_office, m["name"].split())):
                titled.setdefault(first.lower(), m["name"])  # "président"
                titled.setdefault(m["office"].lower(), m["name"])  # "première ministre"
    return titled


def _office_labels_named(turns: list[Turn], written: str) -> None:
    """Give the labels that are an office alone ("Le Président :", "Portavoz:") the one
    person who answers under a name ("Étienne Marceau :" before them), when only one does
    and the page gives that person no other office ("the Treasurer, Marla Fenwick" is not
    the "Prime Minister")."""
    named = {t.speaker for t in turns if t.speaker and t.role != "question"
             and not _office_only(t.speaker)}
    if len(named) != 1:
        return
    (person,) = named
    for turn in turns:
        if turn.speaker and turn.role != "question" and _office_only(turn.speaker) \
                and not other_office(person, turn.speaker, written):
            turn.speaker = person


def _office_only(name: str) -> bool:
    """An office with no name, never a moderator's (who chairs, and answers nothing)."""
    return not is_moderator(name) and all(
        is_office(w) for w in name.split() if w.lower() not in ARTICLES)


def _role(found: list[Participant], role: str) -> str | None:
    return next((p.name for p in found if p.role == role), None)
