"""Synthetic statements for benchmarks: realistic paragraphs of the Republic of Veloria, recombined.

``statement(i)`` rebuilds statement ``i`` from its number alone (a seeded RNG
per statement), so any benchmark can make a million of them without storing
them, in any order, on any machine, and get the same ones.  Each has the shape
of a real record: a kind with its usual title, a date and time with a zone,
participants, entities, and for interviews and news conferences a dialogue of
turns; the text is about 3 KB of paragraphs drawn from templates whose slots
take people, places, numbers and a long tail of rare names, so term
frequencies look like a real archive's (a few very common words, many rare).

``queries(n)`` gives a fixed mix of benchmark queries for that vocabulary.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from communique.models import Entity, Participant, Source, Statement, Turn

PEOPLE = ["Amara Velden", "Ilsa Maren", "Tomas Reyne", "Oskar Lind", "Petra Vasko",
          "Jonas Hale", "Mira Castell", "Edvin Rask", "Lena Ostrova", "Karel Dunn",
          "Sofia Arven", "Marek Tolle", "Nadia Fross", "Viktor Sandel", "Hanna Brook",
          "Aleksi Moor", "Greta Holm", "Ruben Calder", "Dara Quill", "Felix Aurel"]
PLACES = ["Port Lessa", "Oster Bay", "Maridia", "Northern Isles", "Kessel", "Valmont",
          "Drava", "Eskholm", "Lunaria", "Brisk", "Tarn Valley", "Corvin", "Aldmere",
          "Saltmarsh", "Hollow Ridge", "Ferrow", "Nightport", "Greyhaven", "Sunmere", "Ulva"]
ORGS = ["Ministry of Defence", "Harbour Authority", "State Border Service", "National Bank",
        "Council of the Isles", "Ferry Company", "Lessa University", "Red Crescent Society",
        "Chamber of Commerce", "Maritime Union"]
TOPICS = ["harbour", "ferry", "energy", "grain", "security", "border", "tariffs", "railway",
          "fisheries", "pipeline", "education", "healthcare", "tourism", "shipbuilding",
          "climate", "water", "investment", "culture", "science", "pensions"]
SITES = ["president.vl", "gov.vl", "mfa.vl", "maridia.gov.md", "isles.gov.ni"]
KIND_WEIGHTS = [("letter", 22), ("phone_call", 18), ("meeting", 16), ("speech", 10),
                ("statement", 10), ("interview", 6), ("press_conference", 6),
                ("document", 5), ("announcement", 5), ("other", 2)]
SYLLABLES = ["ka", "lo", "mer", "vin", "sta", "dor", "el", "ri", "than", "os", "bel", "ur",
             "gan", "tis", "vor", "la", "zen", "qui", "pra", "mo", "nes", "tor", "hal", "ey"]

PARAGRAPHS = [
    "{p1} and {p2} discussed the state and prospects of cooperation in {topic}, with an "
    "emphasis on joint projects in {place} and the {org}.",
    "The sides noted with satisfaction that trade between the two countries grew by {n} "
    "percent last year, and agreed to keep in contact on {topic} and {topic2}.",
    "We have completed the first stage of the {topic} programme in {place}: {n} new jobs, "
    "{n2} kilometres of road and a modern {rare} terminal that opened in {month}.",
    "I am confident that the friendly relations between our peoples will continue to develop "
    "for the benefit of {place} and {place2}, and of peace and stability in the region.",
    "On behalf of the people of Veloria and on my own behalf I extend my sincere "
    "congratulations on the national day and wish you good health, happiness and success.",
    "I was deeply saddened to learn of the loss of life caused by the storm in {place}. "
    "Please convey my condolences to the families of the victims and wishes of recovery.",
    "The {org} reported that more than {n} people took part in the {topic} exercises near "
    "{place}, and about {n2} specialists from {place2} joined them this year.",
    "Our position has not changed: questions of {topic} must be settled through dialogue, on "
    "the basis of international law and the principles agreed in {place} in {year}.",
    "In {month} {year} the government approved a plan to modernise the {rare} works and the "
    "port of {place}, with investment of {n} million lessar over five years.",
    "The heads of state exchanged views on regional issues, including the situation around "
    "{place}, and stressed the importance of the agreements on {topic} signed in {year}.",
    "Answering a question about {topic}, {p1} said that the {org} would present its proposals "
    "by {month} and that the talks with {place2} were going well.",
    "Let me remind you that in {year} we had only {n2} schools of this kind; today there are "
    "{n}, and the {rare} academy in {place} has become one of the best in the region.",
    "The meeting was also attended by {p2}, who reported on the work of the {org} and on "
    "{topic} in the northern provinces, including {place} and {rare}.",
    "We will continue to support farmers in {place}: subsidies for {topic} will rise by {n} "
    "percent, and the {org} will open {n2} new offices before the end of the year.",
    "Thank you for your kind words and for your attention to {topic}. I hope to see you in "
    "{place} soon, and I am sure that our next meeting will be just as productive.",
    "Tremendous work has been done on the {rare} bridge; traffic between {place} and "
    "{place2} has doubled, and travel time has fallen from {n} minutes to {n2}.",
]
QUESTIONS = [
    "Madam President, what will happen to {topic} in {place} next year?",
    "How do you assess the talks with {place2} on {topic}?",
    "Can you tell us about the {rare} project and its cost?",
    "What is your answer to the critics of the {org}?",
    "Will the {topic} agreement be signed before {month}?",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass(frozen=True, slots=True)
class BenchQuery:
    """One benchmark query: the text, whether facets are counted, and an optional kind filter."""

    text: str
    facets: bool
    kind: str | None = None
    shape: str = "word"


def rare_names(count: int = 6000, seed: int = 7) -> list[str]:
    """A long tail of invented names (villages, ships, plants), the same on every run."""
    rng = random.Random(seed)
    names = set()
    while len(names) < count:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize())
    ordered = sorted(names)
    rng.shuffle(ordered)  # so that the common few are not all alphabetical neighbours
    return ordered


def _fill(rng: random.Random, template: str, rare: list[str], people: list[str],
          focus: tuple[list[str], list[str]]) -> str:
    """Fill a template; a statement keeps to its own few topics and places, as real ones do."""
    topics, places = focus
    return template.format(
        p1=people[0], p2=people[-1], topic=rng.choice(topics), topic2=rng.choice(topics),
        place=rng.choice(places), place2=rng.choice(places), org=rng.choice(ORGS),
        n=rng.randint(2, 9000), n2=rng.randint(2, 400), year=rng.randint(1995, 2025),
        month=rng.choice(MONTHS), rare=rare[min(int(rng.paretovariate(0.6)), len(rare)) - 1])


def _title(kind: str, rng: random.Random, people: list[str]) -> str:
    other, place = people[-1], rng.choice(PLACES)
    return {
        "letter": f"Congratulations to the people of {place}",
        "phone_call": f"Telephone conversation with {other}",
        "meeting": f"Meeting with {other}",
        "speech": f"Address at the {rng.choice(TOPICS)} forum in {place}",
        "interview": f"Interview of {people[0]} to the {place} Courier",
        "press_conference": f"Joint news conference with {other}",
        "announcement": f"{people[0]} will meet {other}",
        "document": f"Decree on {rng.choice(TOPICS)} in {place}",
    }.get(kind, f"Statement on {rng.choice(TOPICS)} in {place}")


def statement(i: int, *, rare: list[str] | None = None) -> Statement:
    """Synthetic statement number ``i`` (the same on every call and every machine)."""
    rng = random.Random(i * 7919 + 17)
    rare = rare if rare is not None else rare_names()
    kinds, weights = zip(*KIND_WEIGHTS, strict=True)
    kind = rng.choices(kinds, weights)[0]
    people = rng.sample(PEOPLE, 2)
    focus = (rng.sample(TOPICS, rng.randint(1, 2)), rng.sample(PLACES, rng.randint(1, 3)))
    paragraphs = [_fill(rng, rng.choice(PARAGRAPHS), rare, people, focus)
                  for _ in range(rng.randint(12, 22))]
    turns: list[Turn] = []
    if kind in ("interview", "press_conference"):
        paragraphs, turns = _dialogue(rng, paragraphs, rare, people, focus)
    text = "\n".join(paragraphs)
    year, month, day = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
    complete = rng.random() > 0.05
    return Statement(
        id=f"syn{i:013d}", kind=kind, title=_title(kind, rng, people),
        published_at=f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+04:00",
        text=text if complete else text[:300] + "...", source=Source(format="synthetic",
                                                                     index=i),
        subkind=rng.choice(["congratulation", "condolence"]) if kind == "letter" else None,
        place=rng.choice(PLACES), language="en" if rng.random() < 0.9 else "fr",
        lead=paragraphs[0][:200], complete=complete, url=f"https://{SITES[i % 5]}/news/{i}",
        site=SITES[i % len(SITES)],
        participants=[Participant(people[0], "speaker"), Participant(people[1], "guest")],
        turns=turns if complete else [],
        entities=[Entity(people[1], "PERSON", [[0, 1]]),
                  Entity(rng.choice(PLACES), "PLACE", [[0, 1]]),
                  Entity(rng.choice(ORGS), "ORG", [[0, 1]])])


def _dialogue(rng: random.Random, answers: list[str], rare: list[str], people: list[str],
              focus: tuple[list[str], list[str]]) -> tuple[list[str], list[Turn]]:
    paragraphs: list[str] = []
    turns: list[Turn] = []
    at = 0
    for answer in answers:
        question = _fill(rng, rng.choice(QUESTIONS), rare, people, focus)
        for speaker, role, text in (("Journalist", "question", question),
                                    (people[0], "answer", answer)):
            paragraphs.append(text)
            turns.append(Turn(speaker, role, text, at, at + len(text)))
            at += len(text) + 1
    return paragraphs, turns


def iter_statements(n: int, *, start: int = 0) -> Iterator[Statement]:
    """Statements ``start`` .. ``start + n - 1``."""
    rare = rare_names()
    for i in range(start, start + n):
        yield statement(i, rare=rare)


def queries(n: int = 200, *, seed: int = 11) -> list[BenchQuery]:
    """A fixed mix: single words, pairs, phrases, rare names; half with facets, some filtered."""
    rng = random.Random(seed)
    rare = rare_names()
    words = TOPICS + [p.split()[-1] for p in PLACES] + ["cooperation", "condolences",
                                                       "investment", "agreement", "storm",
                                                       "subsidies", "bridge", "talks"]
    phrases = ["national day", "international law", "friendly relations", "ferry company",
               "harbour authority", "state border service", "joint projects",
               "peace and stability", "travel time", "new jobs", "sincere congratulations"]
    out = []
    for i in range(n):
        shape = ("word", "pair", "phrase", "rare", "prefix")[i % 5]
        text = {
            "word": lambda: rng.choice(words),
            "pair": lambda: f"{rng.choice(words)} {rng.choice(words)}",
            "phrase": lambda: f'"{rng.choice(phrases)}"',
            "rare": lambda: rare[int(rng.paretovariate(0.8)) % 300],
            "prefix": lambda: rng.choice(words)[:4] + "*",
        }[shape]()
        kind = rng.choice(["letter", "interview", "meeting"]) if i % 7 == 3 else None
        out.append(BenchQuery(text, facets=(i // 5) % 2 == 1, kind=kind, shape=shape))
    return out
