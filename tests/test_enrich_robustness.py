"""Enrichment never fails on odd text, and every span it gives points into the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.enrich import enrich_statement
from communique.models import Participant, Source, Statement, Turn

_WORDS = st.sampled_from([
    "President", "Amara", "Velden", "of", "the", "Republic", "Veloria", "Port", "Lessa", "Mr.",
    "in", "on", "7", "October", "2020", "16,000", "shells", "about", "30", "%", "Ministry",
    "Defense", "CSTO", "last", "year", "a", "later", ",", ".", "\n", "–", "“", "”", "’s",
    "Vladimirovich", "Ivanovna", "$1.3", "billion", "сентября", "более", "16 000", "II", "",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.text(max_size=60))
def test_spans_always_index_the_text(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    statement = Statement(id="p", kind="interview", title=noise[:20] or None,
                          published_at="2021-09-24", text=text, source=Source(format="text"),
                          participants=[Participant(noise[:12] or "Amara Velden", "speaker")],
                          turns=[Turn(noise[:8] or None, "answer", text, 0, len(text))],
                          tags={"Persons": [noise[:10]], "Geography": [noise[:5]]})
    enrich_statement(statement)
    for entity in statement.entities:
        assert entity.name
        for start, end in entity.spans:
            assert 0 <= start < end <= len(text)
    for date in statement.dates:
        assert text[date.start:date.end] == date.text
    for claim in statement.claims:
        assert text[claim.start:claim.end] == claim.text
