"""Title, lead, salutations, tags and turns -> who took part, and in what role.

The lead says who did what to whom in one sentence ("X has given an interview
to ... Y", "X had a telephone conversation with Y", "X met with Y", "X sent a
message to Y"); a letter's salutation names its addressee ("Your Majesty,",
"Dear Mr. President,", "Уважаемый Владимир Владимирович!"), completed with the
country the text names; the page's own tags list the people it is about (read
in the order the text writes the name: "Velden Amara" -> "Amara Velden"); the
turns add everyone who speaks.  ``merge`` keeps one entry per person, and
``complete_sides`` gives a "Meeting with X" its host and a call its caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Participant, Turn
from .speakers import (
    ADDRESS_WORDS,
    OFFICE_WORDS,
    SpeakerNames,
    better_form,
    is_office,
    person_name,
    same_person,
)

_WORD = r"(?:[A-ZА-ЯЁ]|(?:al|el|ad|as|ash|ar|bin|ibn)-[A-Z])[\w’'\-]*\.?"
_JOIN = r"(?:of|the|bin|al|van|von|de|der|da|ibn|и)"
NAME_RUN = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|{_JOIN}(?=\s+[A-ZА-ЯЁ])))*")
NOT_PERSON = frozenset("""
federation republic kingdom sultanate state states union emirate emirates principality ministry
council assembly committee agency office house kremlin magazine television tv newspaper radio
university company corporation bank fund forum summit organisation organization government
parliament duma senate congress nations news times post daily journal channel service group
party army navy church day week year january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
on in at during after before following today yesterday this that the a an
russian american chinese azerbaijani french german british european
ambassadors leaders ministers officials members ceos representatives governors leadership
administration white review herald courier gazette tribune agency press media network
telegraph observer monitor chronicle bulletin mirror express weekly broadcasting all
region island territory province oblast city district area international national tournament
festival games championship museum theatre school institute academy association associations
""".split())
ROYAL_STYLES = frozenset({"king", "queen", "emir", "sultan", "sheikh", "prince", "princess",
                          "patriarch", "pope", "emperor", "empress", "grand duke", "shah"})
FOLLOWING_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
# Words that may follow a person's name; any other lower-case word makes the name a modifier.
FUNCTION_WORDS = frozenset("""
on of for in at and with to over from by as about after before during following who which
that has have had was is will would said says spoke met sent made held gave signed expressed
congratulated discussed noted stressed took attended called visited received welcomed
и в на с по о об за из к от для при который которая
""".split())
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ])")
# A named interviewer is a person only when the lead says what they do.
JOURNALIST = re.compile(r"editor|journalist|correspondent|reporter|host|anchor|presenter|"
                        r"expert|writer|columnist|author|редактор|журналист|корреспондент|"
                        r"ведущ|обозревател", re.I)
# (kind, pattern, role of the subject, role of the object, take the object part's last name)
LeadPattern = tuple[str, re.Pattern[str], str, str, bool]
LEAD_PATTERNS: tuple[LeadPattern, ...] = tuple(
    (kind, re.compile(p, re.I), a, b, last) for kind, p, a, b, last in (
        ("interview", r"(?P<a>.+?)\b(?:has given|gave|has granted|granted|gives|дал|дала)\s+"
         r"(?:an?\s+|his\s+|her\s+)?(?:exclusive\s+)?(?:interview|интервью)\s+(?:to|with)?\s*"
         r"(?P<b>.+)", "interviewee", "interviewer", True),
        ("phone_call", r"(?P<a>.+?)\b(?:received|took) a (?:tele)?phone call from\s+(?P<b>.+)",
         "callee", "caller", False),
        ("phone_call", r"(?P<a>.+?)\b(?:made|had|held|placed) an? (?:tele)?phone "
         r"(?:call|conversation|talks?)\s+(?:to|with)\s+(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\b(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone "
         r"(?:with|to)\s+(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r".*?(?:tele)?phone (?:conversation|call|talks?) (?:was|were) held between"
         r"\s+(?P<a>.+?)\s+and\s+(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\bпровел[аи]? телефонный разговор с\s+(?P<b>.+)", "caller",
         "callee", False),
        # "held talks at the Kremlin with X": a short place phrase may come before "with".
        ("meeting", r"(?P<a>.+?)\b(?:(?:met|held talks|had talks)(?:\s+(?:at|in)\s+[^,.]{1,40}?)?"
         r"\s+with|met|had an? (?:working |bilateral )?(?:meeting|talks) with|held a meeting with|"
         r"received|hosted)\s+(?P<b>.+)", "host", "guest", False),
        ("meeting", r".*?\btalks (?:were held )?between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)",
         "host", "guest", False),
        ("meeting", r"(?P<a>.+?)\bвстретил[аи]?сь с\s+(?P<b>.+)", "host", "guest", False),
        ("letter", r"(?P<a>.+?)\b(?:sent|addressed|extended|conveyed)\b.*?\bto\s+(?P<b>.+)",
         "sender", "addressee", False),
        ("letter", r"(?P<a>.+?)\bexpressed (?:his |her |deep |sincere )*condolences?\b.*?\bto"
         r"\s+(?P<b>.+)", "sender", "addressee", False),
        ("letter", r"(?P<a>.+?)\b(?:congratulated|greeted|wrote to)\s+(?P<b>.+)", "sender",
         "addressee", False),
        ("letter", r"(?P<a>.+?)\b(?:поздравил[аи]?|направил[аи]? (?:послание|письмо|"
         r"телеграмму)|выразил[аи]? соболезнования)\s+(?P<b>.+)", "sender", "addressee", False),
    ))
SALUTATION = re.compile(
    r"^(?:Dear|Уважаем\w+|Дорог\w+|Cher|Chère|Estimad\w)\s+(?P<who>[^,!:]{2,60})[,!:]|"
    r"^(?P<your>Your|Ваше)\s+(?P<style>Majesty|Excellency|Highness|Eminence|Holiness|"
    r"Величество|Превосходительство|Высочество|Святейшество)\s*[,!:]", re.I)
COUNTRY = re.compile(r"\b((?:Islamic |People’s |People's |Arab |Democratic |United |Federal )?"
                     r"(?:Republic|Kingdom|Sultanate|State|Emirate|Principality|Federation|"
                     r"Commonwealth|Grand Duchy) of (?:the )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)*)")
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё][а-яё\-]+")
# How far into a readout the other side of a call is looked for.
CALL_OPENING_CHARS = 1000
MONARCHS = (("Sultanate", "Sultan"), ("Kingdom", "King"), ("Emirate", "Emir"),
            ("Principality", "Prince"), ("Grand Duchy", "Grand Duke"))


def names_in(text: str) -> list[str]:
    """Person names a sentence writes, in order: runs of capitalised words, office words off."""
    names = []
    for match in NAME_RUN.finditer(text):
        following = FOLLOWING_WORD.match(text, match.end())
        if following and following.group(1) not in FUNCTION_WORDS:
            continue  # "the Kestrel Falls school choir": a name used as a modifier
        run = match.group(0).strip()
        # "Chancellor Gerhard Schroeder of Germany": the name may stand before the place.
        tries = [run] + ([run.rsplit(" of ", 1)[0]] if " of " in run else [])
        name = next((n for n in map(_name_of, tries) if n), None)
        if name:
            names.append(name)
    return names


def _name_of(run: str) -> str | None:
    name = person_name(run)
    if name.endswith(".") and not re.search(r"(?<![\w.])\w\.$", name):
        name = name[:-1]  # a sentence's full stop, not an initial
    words = run.split()
    if " " not in name and len(words) >= 2 and words[-2].lower() in ROYAL_STYLES:
        name = " ".join(words[-2:])  # "Queen Sirikit", "Patriarch Kirill": one name, styled
        return name.rstrip(".")
    tokens = [t.lower().strip(".") for t in name.split()]
    bad = [k for k, t in enumerate(tokens)
           if t in NOT_PERSON or t in OFFICE_WORDS or t.endswith(("’s", "'s"))]
    if bad and len(tokens) - bad[-1] > 2:
        # "European Council Charles Michel": an institution's name runs into the person's.
        return _name_of(" ".join(name.split()[bad[-1] + 1:]))
    if len(tokens) < 2 or bad:
        return None
    return name


def from_lead(sentences: Iterable[str], kind: str) -> list[Participant]:
    """Participants a lead sentence names with their roles: the first pattern that fits.

    Patterns of the statement's own kind come first; a meeting lead that says
    "congratulated" does not make its guest an addressee.
    """
    own = [p for p in LEAD_PATTERNS if p[0] == kind]
    for sentence in sentences:
        for first in SENTENCE.split(sentence)[:2]:
            for _kind, pattern, role_a, role_b, last in own or LEAD_PATTERNS:
                m = pattern.match(first)
                if m and (found := _roles(m, role_a, role_b, last)):
                    return found if own else [Participant(p.name, _plain_role(kind, k))
                                              for k, p in enumerate(found)]
    return []


def _plain_role(kind: str, position: int) -> str:
    """Roles for kinds without lead patterns of their own: the subject speaks."""
    return "speaker" if kind == "speech" and position == 0 else "participant"


def _roles(m: re.Match[str], role_a: str, role_b: str, last: bool) -> list[Participant]:
    subject, objects = names_in(m.group("a")), names_in(m.group("b"))
    if not subject:
        return []
    found = [Participant(subject[0], role_a)]
    if role_b == "interviewer" and not JOURNALIST.search(m.group("b")):
        objects = []  # "an interview to People's Daily": an outlet, not a person
    if objects:
        found.append(Participant(objects[-1] if last else objects[0], role_b))
    return found


def from_title(title: str | None, kind: str, known: Iterable[str] = ()) -> list[Participant]:
    """The other side a title names: "Telephone conversation with X", "Meeting with X".

    In a Headline Case title capitals no longer mark names: there a name counts
    only when the page knows it otherwise (``known``: its tags).
    """
    known = list(known)
    headline = bool(title) and title_case(title or "")
    if not title or (headline and not known):
        return []
    m = re.search(r"\b(?:with|to|от|с)\s+(.+)$", title, re.I)
    if not m:
        return []
    role = {"phone_call": "callee", "meeting": "guest", "letter": "addressee",
            "interview": "interviewer"}.get(kind)
    names = [n for n in names_in(m.group(1))
             if not headline or any(same_person(k, n) for k in known)]
    return [Participant(name, role) for name in names[:3]] if role and kind != "interview" \
        else []


def title_case(title: str) -> bool:
    """True for Headline Case titles, where capitals no longer mark names."""
    words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def from_salutation(paragraphs: list[str]) -> Participant | None:
    """The addressee a letter's salutation names, completed with the country the text names."""
    for paragraph in paragraphs[:2]:
        m = SALUTATION.match(paragraph.strip())
        if not m:
            continue
        country = COUNTRY.search(" ".join(paragraphs))
        if m.group("style"):
            return Participant(_styled(m.group("style"), country), "addressee")
        who = re.sub(r"^(?:Mr|Mrs|Ms|Madam|Madame|Monsieur)\.?\s+", "", m.group("who").strip())
        if who.lower() in OFFICE_WORDS or who.lower() in ("prime minister", "secretary-general",
                                                           "secretary general", "chancellor"):
            name = f"{who} of the {country.group(1)}" if country else who
            return Participant(name.replace("of the the ", "of the "), "addressee")
        return Participant(who, "addressee")
    return None


def _styled(style: str, country: re.Match[str] | None) -> str:
    if country is None or style.lower() not in ("majesty", "highness"):
        return f"His {style.capitalize()}"
    place = country.group(1)
    for form, monarch in MONARCHS:
        if place.startswith(form):
            return f"{monarch} of {place.split(' of ', 1)[1]}"
    return f"Head of State of the {place}"


def from_turns(turns: list[Turn], kind: str) -> list[Participant]:
    """Everyone who speaks, with the role their turns give them."""
    found: list[Participant] = []
    for turn in turns:
        if turn.speaker is None:
            continue
        if kind in ("interview", "press_conference"):
            role = "interviewer" if turn.role == "question" else (
                "interviewee" if kind == "interview" else "speaker")
        else:
            role = "speaker" if kind == "speech" else "participant"
        found.append(Participant(turn.speaker, role))
    return found


def from_tags(tags: Iterable[str], written: str) -> list[Participant]:
    """The people a page's tags list, named as the page's own text writes them."""
    return [Participant(tag_name(tag, written), "participant") for tag in tags]


def tag_name(tag: str, written: str) -> str:
    """``Velden Amara`` -> ``Amara Velden`` when the page writes that order.

    Catalogue tags often put the surname first, or the name before the office
    ("Kirill Patriarch of Moscow and All Russia"); the text says how the name reads.
    """
    words = tag.split()
    at = next((k for k, w in enumerate(words) if k and w[:1].isupper() and is_office(w)
               and w.lower() not in ADDRESS_WORDS), None)
    if at is not None:
        name = " ".join(words[:at])
        styled = f"{words[at]} {name}"
        return styled if styled in written else name
    for k in range(1, len(words)):
        turned = words[k:] + words[:k]
        if " ".join(turned) in written or _declined_in(turned, written):
            return " ".join(turned)
    return tag


def _declined_in(words: list[str], written: str) -> bool:
    """True when the text writes these Russian name words in some case ("Оскаром Линдом")."""
    if not all(CYRILLIC_WORD.fullmatch(w) for w in words):
        return False
    forms = (re.escape(w[:-1] if w[-1:].lower() in "аяйь" else w) + r"\w{0,3}" for w in words)
    return re.search(r"(?<!\w)" + r"\s+".join(forms) + r"(?!\w)", written) is not None


def merge(groups: Iterable[Iterable[Participant]], names: SpeakerNames) -> list[Participant]:
    """One entry per person (names resolved alike), the first role given winning.

    The same person may come as "Surname Given" (tags), with a letter more
    ("Radaev", "Radayev"), or in another Russian case ("Амаре Велден"): one entry,
    under the fullest nominative form seen.
    """
    merged: list[Participant] = []
    for group in groups:
        for participant in group:
            name = names.resolve(participant.name) or participant.name
            same = next((p for p in merged if same_person(p.name, name)), None)
            if same is None:
                merged.append(Participant(name, participant.role))
            elif better_form(name, same.name):
                same.name = name
            elif same.role == "participant" and participant.role != "participant":
                same.role = participant.role
    return merged


def complete_sides(found: list[Participant], kind: str, turns: list[Turn],
                   written: str) -> list[Participant]:
    """Give a meeting its host and a call its caller when only the other side is named.

    "Meeting with X" names the guest; the host is whoever else speaks the most.
    "Telephone conversation with X" names the callee; the caller is the first
    other person the page's opening names.
    """
    roles = {p.role for p in found}
    if kind == "meeting" and "guest" in roles and "host" not in roles:
        said: dict[str, int] = {}
        for turn in turns:
            if turn.speaker:
                said[turn.speaker] = said.get(turn.speaker, 0) + len(turn.text)
        hosts = [p for p in found if p.role == "participant" and p.name in said]
        if hosts:
            max(hosts, key=lambda p: said[p.name]).role = "host"
    elif kind == "phone_call" and len(roles & {"caller", "callee"}) == 1:
        missing = "callee" if "caller" in roles else "caller"
        for name in names_in(written[:CALL_OPENING_CHARS]):
            if not any(same_person(p.name, name) for p in found if p.role != "participant"):
                found = [p for p in found if not same_person(p.name, name)]
                found.insert(0 if missing == "caller" else len(found), Participant(name, missing))
                break
    return found
