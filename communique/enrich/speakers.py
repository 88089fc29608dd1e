"""Who said the words at an offset of ``Statement.text``: the turn's speaker, canonically named.

A turn labelled only "question" or "answer" (unnamed dash turns) is given the
participant with the matching role; a statement without turns is spoken by its
one speaker or sender, when it has exactly one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from ..models import Participant, Statement
from .gazetteer import name_key
from .mentions import read_mentions
from .names import PERSON
from .persons import parse_name

_ROLE_OF_TURN = {"question": ("interviewer",), "answer": ("interviewee", "speaker"),
                 "statement": ("speaker", "sender", "interviewee")}
_SOLE_VOICES = ("speaker", "sender", "interviewee")


@lru_cache(maxsize=4096)
def canonical_speaker(label: str | None) -> str | None:
    """A speaker label ("President of Russia Vladimir Putin") as a canonical person name.

    Pure (the gazetteer is built once per process), and asked once per turn: cached.
    """
    if not label:
        return None
    for mention in read_mentions(label):
        if mention.kind == PERSON:
            name = parse_name(mention.name)
            if name is not None:
                return name.canonical
    return label.strip() or None


def speaker_lookup(statement: Statement) -> Callable[[int], str | None]:
    """A function from an offset in the text to the canonical name of who said it."""
    turns = sorted(statement.turns, key=lambda t: t.start)
    if not turns:
        sole = _sole_voice(statement.participants)
        return lambda _offset: sole
    starts = [t.start for t in turns]
    names = [_named(t.speaker, statement.participants) or _by_role(statement.participants, t.role)
             for t in turns]

    def speaker_at(offset: int) -> str | None:
        i = bisect_right(starts, offset) - 1
        return names[i] if i >= 0 and offset < turns[i].end else None

    return speaker_at


def _named(label: str | None, participants: list[Participant]) -> str | None:
    """A turn's label, as the participant it ends with ("President of X Amara Velden")."""
    if not label:
        return None
    folded = name_key(label)
    for participant in participants:
        if folded.endswith(name_key(participant.name)):
            return canonical_speaker(participant.name)
    return canonical_speaker(label)


def _by_role(participants: list[Participant], turn_role: str) -> str | None:
    for role in _ROLE_OF_TURN.get(turn_role, ()):
        matching = [p for p in participants if p.role == role]
        if len(matching) == 1:
            return canonical_speaker(matching[0].name)
    return None


def _sole_voice(participants: list[Participant]) -> str | None:
    voices = [p for p in participants if p.role in _SOLE_VOICES]
    return canonical_speaker(voices[0].name) if len(voices) == 1 else None
