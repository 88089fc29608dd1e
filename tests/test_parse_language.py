"""detect_language: script first, then function words."""

from __future__ import annotations

import pytest

from communique.parse.language import detect_language


@pytest.mark.parametrize("text,code", [
    ("The President met with the Governor of the region to discuss the railway.", "en"),
    ("Президент провёл встречу с губернатором, чтобы обсудить железную дорогу.", "ru"),
    ("Президент провів зустріч із губернатором і обговорив залізницю, яка є новою.", "uk"),
    ("Le président a rencontré le gouverneur de la région pour discuter du chemin de fer.", "fr"),
    ("Der Präsident hat sich mit dem Gouverneur getroffen, um die Bahn zu besprechen.", "de"),
    ("El presidente se reunió con el gobernador de la región para hablar del tren.", "es"),
    ("Ο Πρόεδρος συναντήθηκε με τον κυβερνήτη.", "el"),
    ("12:00 15:30", None),
    # Kazakh and Belarusian write "і" as Ukrainian does; their own letters tell them apart.
    ("Мемлекет басшысы Норландия Премьер-министрімен телефон арқылы сөйлесті. Тараптар екі "
     "ел арасындағы ынтымақтастықты талқылады.", "kk"),
    ("Прэзідэнт правёў тэлефонную размову з Прэм’ер-міністрам Нарландыі. Бакі абмеркавалі "
     "пытанні супрацоўніцтва.", "be"),
    ("Prezident Norlandiya Bosh vaziri bilan telefon orqali muloqot qildi va bu yil "
     "uchrashuv o‘tkazishga kelishib olindi.", "uz"),
], ids=["en", "ru", "uk", "fr", "de", "es", "el", "no-letters", "kk", "be", "uz"])
def test_detect_language(text: str, code: str | None) -> None:
    assert detect_language(text) == code
