"""A small fictional archive (the Republic of Veloria) for the store, search, web and export tests.

Every statement is built with the models directly, so these tests do not depend
on the extractors and parsers.
"""

from __future__ import annotations

from communique.models import Claim, Entity, Participant, Source, Statement, Turn
from communique.store import add_all, open_archive

INTERVIEW_ID = "a1b2c3d4e5f60001"
TEASER_ID = "a1b2c3d4e5f60005"


def dialogue(*turns: tuple[str | None, str, str]) -> tuple[str, list[Turn]]:
    """Join (speaker, role, text) turns into a text with one paragraph per line and spans."""
    parts, out, at = [], [], 0
    for speaker, role, text in turns:
        parts.append(text)
        out.append(Turn(speaker, role, text, at, at + len(text)))
        at += len(text) + 1
    return "\n".join(parts), out


def statement(sid: str, kind: str, title: str, published_at: str | None, text: str, *,
              turns: list[Turn] | None = None, subkind: str | None = None,
              complete: bool = True, site: str = "president.vl", language: str = "en",
              participants: tuple[tuple[str, str], ...] = (("Amara Velden", "speaker"),),
              entities: tuple[tuple[str, str], ...] = (), lead: str | None = None,
              fetched_at: str | None = None) -> Statement:
    return Statement(
        id=sid, kind=kind, subkind=subkind, title=title, published_at=published_at, text=text,
        lead=lead, complete=complete, site=site, language=language, place="Port Lessa",
        url=f"https://{site}/news/{sid}", source=Source(format="html", fetched_at=fetched_at),
        participants=[Participant(n, r) for n, r in participants], turns=turns or [],
        entities=[Entity(n, label, [[0, 1]]) for n, label in entities])


def corpus() -> list[Statement]:
    text, turns = dialogue(
        ("Tomas Reyne", "question", "Madam President, how is the harbour of Port Lessa?"),
        ("Amara Velden", "answer", "The harbour is open again and three ferry lines run."),
        ("Tomas Reyne", "question", "And the old lighthouse?"),
        ("Amara Velden", "answer", "The lighthouse will be restored by the autumn."))
    interview = statement(
        INTERVIEW_ID, "interview", "Interview of Amara Velden to the Lessa Courier",
        "2021-09-24T12:10:00+04:00", text, turns=turns,
        participants=(("Amara Velden", "interviewee"), ("Tomas Reyne", "interviewer")),
        entities=(("Port Lessa", "PLACE"), ("Amara Velden", "PERSON")),
        lead="President Amara Velden has given an interview to the Lessa Courier.")
    at = text.index("three ferry lines run")
    interview.claims = [Claim("three ferry lines run", 3, None, "ferry lines", at, at + 21,
                              "Amara Velden")]
    conf_text, conf_turns = dialogue(
        ("Amara Velden", "statement", "We discussed fishing quotas and the ferry timetable."),
        ("Ilsa Maren", "statement", "The harbour fees will fall next year."),
        ("Journalist", "question", "Will the harbour stay open in winter?"),
        ("Ilsa Maren", "answer", "Yes, the harbour stays open all year."))
    return [
        interview,
        statement("a1b2c3d4e5f60002", "letter", "Congratulations to the people of Maridia",
                  "2021-10-01T09:00:00+04:00", "Dear friends,\nI congratulate you on your "
                  "national day and wish your harbour towns prosperity.",
                  subkind="congratulation", participants=(("Amara Velden", "sender"),)),
        statement("a1b2c3d4e5f60003", "letter", "Condolences on the storm in Oster Bay",
                  "2020-05-03T18:00:00+04:00", "I share your grief after the storm.",
                  subkind="condolence", participants=(("Amara Velden", "sender"),)),
        statement("a1b2c3d4e5f60004", "phone_call", "Telephone conversation with Ilsa Maren",
                  "2022-01-15T15:30:00+04:00", "Amara Velden had a telephone conversation "
                  "with Prime Minister Ilsa Maren about ferry links and the harbour.",
                  participants=(("Amara Velden", "caller"), ("Ilsa Maren", "callee")),
                  entities=(("Ilsa Maren", "PERSON"),)),
        statement(TEASER_ID, "phone_call", "Telephone conversation with the Isles",
                  "2022-01-16T11:00:00+04:00", "On 16 January Amara Velden spoke by "
                  "telephone with the Northern Isles about the harbour...", complete=False),
        statement("a1b2c3d4e5f60006", "speech", "Discours au port de Lessa",
                  "2022-02-02T10:00:00+01:00", "Le port de Lessa est ouvert. Les ferries "
                  "reprennent.", site="gouvernement.vl", language="fr",
                  entities=(("Port Lessa", "PLACE"),)),
        statement("a1b2c3d4e5f60007", "press_conference", "Joint news conference with Ilsa Maren",
                  "2022-03-10T16:00:00+04:00", conf_text, turns=conf_turns,
                  participants=(("Amara Velden", "speaker"), ("Ilsa Maren", "speaker"))),
        statement("a1b2c3d4e5f60008", "statement", "Statement on the lighthouse",
                  "2019-06-01", "The lighthouse of Oster Bay is a national monument."),
        statement("a1b2c3d4e5f60009", "statement", "Statement on the lighthouse",
                  "2023-06-01", "The lighthouse of Oster Bay is a national monument."),
    ]


def build_archive(path: str) -> str:
    """Store the corpus in a new archive at ``path``; returns the path."""
    with open_archive(path) as archive:
        add_all(archive, corpus())
    return path
