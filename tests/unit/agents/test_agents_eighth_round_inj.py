"""The eighth round's general fixes (issue 10, dev9), each on our own phrasings, not dev9's.

Turkish typed without its letters, in spoken spelling and mixed with English, is Turkish by its
morphology and particles; English, German and French messages holding a Turkish name, a place
or a single Turkish courtesy stay in their language.
"""

from __future__ import annotations

import pytest

from careflow_agents.language import detect, turkish_evidence
from careflow_agents.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "sorry my english bad, the swelling geciyo mu? doctor said normal ama emin degilim",
        "ok so the transfer is booked right? yarin sabah geliyoz",
        "my flight is at 10, otelden kim alcak beni",
        "bro the price was 2000 euro dimi, confirm edebilir misin",
        "yapcam mi bunu ya, the doctor said wait",
        "pasaport lazim mi for the booking",
        "kanama var mi diye sordular, no bleeding",
        "lasik olmadan once lens kullanmayi kac gun birakmam lazim",
    ],
)
def test_turkish_without_its_letters_mixed_with_english_is_turkish(text: str) -> None:
    found, _ = turkish_evidence(fold(text))
    assert found >= 2
    assert detect(text).language == "tr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'm staying in Kadikoy near Moda, my coordinator Ayse booked the hotel", "en"),
        ("Thanks, tesekkurler! See you on Monday at the clinic", "en"),
        ("The victim of a scam called me about my deposit, is this you?", "en"),
        ("Je viens mardi midi, le vol arrive à Istanbul à 11h", "fr"),
        ("Ich komme am Dienstag, mein Hotel ist in Besiktas, danke", "de"),
    ],
)
def test_a_turkish_name_or_courtesy_keeps_the_message_language(text: str, language: str) -> None:
    assert detect(text).language == language
