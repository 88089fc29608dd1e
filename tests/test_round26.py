"""Pages of shapes a blind round (seed-like dumps with dash turns, Cyrillic, Baltic and Finnic,
Turkic and Persian, Romance-language and English-language government sites) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.pipeline import parse_page
from tests.pages import dump, text_page

MENU = dump("President of the Republic of Veloria", "Home", "News", "Interviews", "Speeches")
FEED = dump("Share", "Print version", "Related news",
            "Amara Velden received the credentials of new ambassadors", "11 March 2026, 17:05",
            "© 2026 Press Service of the President of Veloria")


def interview(title: str, lead: str, *turns: str) -> object:
    return parse_page(text_page(dump(MENU, title, "12 March 2026, 14:30", lead, *turns,
                                     FEED)))[0]


def speakers(statement: object) -> list[tuple[str | None, str]]:
    return [(t.speaker, t.role) for t in statement.turns]  # type: ignore[attr-defined]


DASHES = ("- Madam President, will the harvest fund reach Dorvan?",
          "- It will. The first payments arrive in April.",
          "- And the border question?", "- It was settled long ago.")


@pytest.mark.parametrize(("title", "lead", "asker"), [
    # An outlet's possessive before the journalist's name.
    ("Interview of President Amara Velden to Lessa Daily",
     "The President answered questions from Lessa Daily's Ilse Marr.", "Ilse Marr"),
    # The journalist's word after the name.
    ("Interview of President Amara Velden to Radio Lessa",
     "Amara Velden spoke with Talia Brenn, presenter of the morning programme of Radio Lessa.",
     "Talia Brenn"),
    ("Intervista del Presidente Amara Velden",
     "La Presidente Amara Velden ha rilasciato un'intervista a Paola Mengoni de Il Corriere "
     "di Lessa.", "Paola Mengoni"),
])
def test_the_lead_names_who_asked_and_the_title_who_answered(title: str, lead: str,
                                                             asker: str) -> None:
    statement = interview(title, lead, *DASHES)
    assert speakers(statement) == [(asker, "question"), ("Amara Velden", "answer")] * 2


@pytest.mark.parametrize(("title", "lead"), [
    # An outlet named after the journalist ("pour Le Courrier") is in the title too.
    ("Entretien de la Présidente Amara Velden avec Le Courrier de Lessa",
     "La Présidente de la République a répondu aux questions de Claire Vasseur pour Le "
     "Courrier de Lessa."),
    # Newspapers after "journalists of": an office before that word is not theirs.
    ("Prime Minister Amara Velden's interview with regional newspapers",
     "The Prime Minister answered questions from journalists of the Harbury Gazette, the "
     "Westmoor Echo and the Calder Post."),
])
def test_an_outlet_the_lead_names_never_answers(title: str, lead: str) -> None:
    statement = interview(title, lead, *DASHES)
    assert {s for s, role in speakers(statement) if role == "answer"} == {"Amara Velden"}
    assert not any(p.name.startswith(("Le Courrier", "Westmoor"))
                   for p in statement.participants)


def test_a_bureau_chief_beside_an_editor_asks_and_the_subject_of_spoke_answers() -> None:
    statement = interview(
        "Interview with The Lessa Times",
        "On the eve of the summit, Amara Velden spoke with The Lessa Times Editor Ilse Marr "
        "and Saldovia Bureau Chief Oskar Lind.",
        "Ilse Marr: Madam President, what will the summit bring?",
        "Amara Velden: Agreement on the river, I hope.")
    roles = {p.name: p.role for p in statement.participants}
    assert roles["Amara Velden"] == "interviewee"
    assert roles.get("Oskar Lind") != "interviewee"


def test_dash_turns_after_labelled_ones_are_turns_of_their_own() -> None:
    statement = interview(
        "Interview of President Amara Velden to VTV-1",
        "President Amara Velden answered questions from Ilse Marr of VTV-1.",
        "Ilse Marr: Good evening, Madam President.",
        "Amara Velden: Good evening. Thank you for the invitation.",
        "Ilse Marr: Parliament passed the budget. Are you satisfied?",
        "Amara Velden: I am satisfied that it passed.",
        "- There were amendments you did not like, the cut to the railway fund.",
        "- Yes, and I have said so openly.",
        "- Will you use your veto on the media law?",
        "- I have not yet received the final text.")
    # The lead names who asks: the dashed questions are hers too.
    assert speakers(statement) == [("Ilse Marr", "question"), ("Amara Velden", "answer")] * 4


def test_a_dashed_question_between_labelled_answers_is_a_turn() -> None:
    statement = interview(
        "Joint press conference of President Amara Velden and Prime Minister Oskar Lind",
        "The leaders made statements to the press.",
        "President Velden: We have signed three agreements today.",
        "Prime Minister Lind: Thank you, Madam President.",
        "— A question to both leaders. When will the ferry line reopen?",
        "President Velden: The first ferry sails in April.",
        "Prime Minister Lind: And it will sail every day.")
    assert [role for _s, role in speakers(statement)] == [
        "statement", "statement", "question", "answer", "answer"]


def test_dashes_listing_points_in_a_labelled_answer_stay_in_it() -> None:
    statement = interview(
        "Interview of President Amara Velden to VTV-1",
        "President Amara Velden answered questions from Ilse Marr of VTV-1.",
        "Ilse Marr: Good evening, Madam President.",
        "Amara Velden: Good evening. Thank you for the invitation.",
        "Ilse Marr: What will the budget bring?",
        "Amara Velden: Three things.", "- more money for schools;",
        "- a new rail line;", "- lower taxes for farmers.")
    assert len(statement.turns) == 4


@pytest.mark.parametrize(("greeting", "invitation"), [
    ("Good afternoon. The summit has ended, and I want to tell you what we agreed.",
     "Now I am ready to answer your questions."),
    ("Buonasera a tutti. Il Consiglio dei Ministri ha approvato oggi il decreto.",
     "Lascio ora la parola a voi per le domande."),
])
def test_a_hosts_greeting_before_dashed_questions_is_the_first_turn(greeting: str,
                                                                     invitation: str) -> None:
    statement = parse_page(text_page(dump(
        MENU, "Press conference of President Amara Velden after the summit",
        "12 March 2026, 16:05", greeting, invitation,
        "— Madam President, Lessa Radio. Who will pay for it?", "— Each state pays its share.",
        "— Will you meet the union?", "— Tomorrow morning.", FEED)))[0]
    assert statement.kind == "press_conference"
    assert [role for _s, role in speakers(statement)] == ["statement"] + [
        "question", "answer"] * 2
    assert statement.turns[0].text.startswith(greeting)


def test_dialogue_a_speech_quotes_is_no_turns() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Speech at the opening of the Kelva Children's Hospital", "7 March 2026, 11:00",
        "Dear friends, dear doctors and nurses,",
        "three years ago a girl from Kelva stopped me in the street. She asked me:",
        "– Madam President, will there really be a hospital here?", "– There will.",
        "Today I keep that promise. Long live Kelva!", FEED)))[0]
    assert statement.kind == "speech"
    assert statement.turns == []


def test_the_host_who_held_a_working_meeting_takes_part() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Meeting with Governor of Dorvan Province Oskar Lind", "12 March 2026, 18:20",
        "Amara Velden held a working meeting with Governor of Dorvan Province Oskar Lind.",
        "The Governor reported on the payments from the reserve fund.", FEED)))[0]
    assert {p.name for p in statement.participants} >= {"Amara Velden", "Oskar Lind"}


def test_a_pointer_to_the_recording_ends_the_text() -> None:
    statement = interview(
        "Interview of President Amara Velden to VTV-1", "The President spoke to VTV-1.",
        *DASHES[:3], DASHES[3] + " We signed the treaty in 1998, and it has held since. " * 9
        + "It was settled long ago.", "Watch the full video of the interview")
    assert statement.text.endswith("It was settled long ago.")


def test_a_listings_first_title_over_its_date_is_a_teaser_too() -> None:
    items = ["Amara Velden met with the Governor of Dorvan province", "12 March 2026, 18:20",
             "Interview of President Amara Velden to Lessa Daily", "12 March 2026, 14:30",
             "Amara Velden met with Minister of Agriculture Oskar Lind", "12 March 2026, 10:05",
             "Amara Velden received the credentials of new ambassadors", "11 March 2026, 17:05",
             "President signed the law on rural credit", "11 March 2026, 11:20"]
    records = parse_page(text_page(dump(MENU, "All news", "Filter by date", "March 2026",
                                        *items, "Load more", "1 2 3 … 214")))
    assert [r.title for r in records] == items[::2]
    assert not any(r.complete for r in records)


def test_answers_to_journalists_questions_in_belarusian_are_an_interview() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Адказы на пытанні журналістаў пасля наведвання камбіната",
        "18 лістапада 2025, 16:40",
        "– Алесь Міхайлавіч, камбінат летась працаваў са стратамі. Што павінна змяніцца?",
        "– Перш за ўсё – сыравіна.", "– А кіраванне?", "– Таксама.", FEED)))[0]
    assert statement.kind == "interview"
    assert len(statement.turns) == 4
