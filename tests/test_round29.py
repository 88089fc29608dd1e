"""Pages of shapes a blind round (readouts of calls and meetings, interviews as papers and
broadcasters set them, page furniture, metadata, text encodings, WARC archives as crawlers
write them) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

from communique.models import Participant
from communique.parse.participants import from_lead, uncased_names
from communique.pipeline import parse_page
from tests.pages import html_page


def test_a_chinese_readout_names_leaders_by_surname_after_their_office() -> None:
    sentence = "3月14日下午，维洛里亚总统韦尔登同萨尔多维亚总统奥斯特通电话。"
    assert from_lead([sentence], "phone_call", "zh") == [
        Participant("韦尔登", "caller"), Participant("奥斯特", "callee")]


def test_a_dotted_chinese_name_is_not_cut_by_the_name_before_it() -> None:
    sentence = "维洛里亚总统阿玛拉·韦尔登同萨尔多维亚总统拉德克·奥斯特通电话。"
    assert uncased_names(sentence) == ["阿玛拉·韦尔登", "拉德克·奥斯特"]


def test_an_arabic_president_addressed_in_the_feminine_who_received_the_call() -> None:
    sentence = ("تلقت فخامة الرئيسة أمارا فيلدن، رئيسة جمهورية فيلوريا، اتصالاً هاتفياً اليوم "
                "من فخامة الرئيس راديك أوستر، رئيس جمهورية سالدوفيا.")
    assert from_lead([sentence], "phone_call", "ar") == [
        Participant("راديك أوستر", "caller"), Participant("أمارا فيلدن", "callee")]


def test_a_description_copying_the_opening_but_a_word_is_no_lead() -> None:
    opening = ("Lessa, 14 March (VPA) - President Amara Velden received a telephone call today "
               "from President Radek Oster of Saldovia.")
    description = ("President Amara Velden received a telephone call from President Radek "
                   "Oster of Saldovia.")
    page = html_page(f"<p>{opening}</p><p>The two presidents discussed trade and energy.</p>",
                     heading="President Velden receives a call from the President of Saldovia",
                     head=f"<meta name='description' content='{description}'>")
    statement = parse_page(page)[0]
    assert statement.lead is None
    assert statement.text.startswith("Lessa, 14 March")


def test_a_meeting_held_by_video_with_governors_listed_office_by_office() -> None:
    sentence = ("El presidente del Gobierno, Oskar Lind, ha mantenido este martes una reunión "
                "por videoconferencia con el gobernador de Port Elwin, Tomas Brell; la "
                "gobernadora de Kellstadt, Clara Ibarra, y el gobernador de Marrow Bay, Joaquín "
                "Sotelo, para analizar la situación tras las inundaciones.")
    assert [(p.name, p.role) for p in from_lead([sentence], "meeting", "es")] == [
        ("Oskar Lind", "host"), ("Tomas Brell", "guest"), ("Clara Ibarra", "guest"),
        ("Joaquín Sotelo", "guest")]


def test_a_trilateral_meetings_leaders_are_its_subjects() -> None:
    lead = ("La presidenta de Veloria, Amara Velden, el presidente de Saldovia, Radek Oster, y "
            "la primera ministra de Norvania, Ebba Holm, han celebrado en Dunhallow una reunión "
            "trilateral en la que han acordado crear un corredor energético.")
    page = html_page(f"<p class='lead'>{lead}</p><p>Los tres mandatarios han firmado una "
                     "declaración conjunta sobre un cable submarino.</p>",
                     heading="Velden, Oster y Holm acuerdan crear un corredor energético")
    names = [p.name for p in parse_page(page)[0].participants]
    assert {"Amara Velden", "Radek Oster", "Ebba Holm"} <= set(names)


def test_a_meeting_its_holder_chaired_names_the_chair() -> None:
    lead = ("Прем'єр-міністр Оскар Лінд провів чергове засідання Кабінету Міністрів, на якому "
            "уряд затвердив план відновлення портів.")
    assert [(p.name, p.role) for p in from_lead([lead], "meeting", "uk")] == [
        ("Оскар Лінд", "host")]


def test_ends_with_its_full_stop_closes_a_release() -> None:
    page = html_page("<p>The two ministers met today in Kellstadt for the Strategic Dialogue."
                     "</p><p>The next round will take place in Lessa in 2026.</p><p>Ends.</p>",
                     heading="Joint readout of the Strategic Dialogue")
    assert parse_page(page)[0].text.endswith("will take place in Lessa in 2026.")


def test_a_camel_cased_description_class_is_the_standfirst() -> None:
    page = html_page("<div class='documentDescription'>Comitiva chefiada pelo ministro da "
                     "Economia, Matias Kroon, apresentou projetos de investimento em portos</div>"
                     "<p>A presidenta Amara Velden recebeu nesta sexta-feira uma delegação "
                     "empresarial de Saldovia.</p><p>Os empresários apresentaram doze projetos."
                     "</p>", heading="Presidenta Velden recebe delegação empresarial")
    statement = parse_page(page)[0]
    assert (statement.lead or "").startswith("Comitiva chefiada")
    assert statement.text.startswith("A presidenta Amara Velden")
