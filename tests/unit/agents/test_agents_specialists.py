# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Pre-op and travel extraction: minimal facts from free text in six languages."""

from __future__ import annotations

import pytest

from careflow_agents import preop, travel


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("I'm 34, I don't smoke, no allergies", {"age": 34, "smoking": False, "allergies": False}),
        (
            "34 yaşındayım, sigara içiyorum, düzenli ilaç kullanmıyorum",
            {"age": 34, "smoking": True, "medications": False},
        ),
        (
            "Ich bin 45 Jahre alt, Nichtraucher, keine Vorerkrankungen",
            {"age": 45, "smoking": False, "medical_history": False},
        ),
        (
            "J'ai 28 ans, je ne fume pas, aucun médicament",
            {"age": 28, "smoking": False, "medications": False},
        ),
        ("Мне 39 лет, не курю, аллергии нет", {"age": 39, "smoking": False, "allergies": False}),
        ("عمري ٣٢ سنة ولا أدخن وليس لدي حساسية", {"age": 32, "smoking": False, "allergies": False}),
        ("I have diabetes and take metformin", {"medical_history": True, "medications": True}),
        ("We could come in September", {"preferred_dates": True}),
    ],
)
def test_preop_extraction(text: str, facts: dict) -> None:
    found = preop.extract(text, attachments=[], message_type="text")
    assert {k: found[k] for k in facts} == facts


def test_photos_come_from_attachments_not_words() -> None:
    assert preop.extract(None, attachments=["photo"], message_type="image") == {"photos": True}
    assert "photos" not in preop.extract(
        "I will send photos later", attachments=[], message_type="text"
    )


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "I arrive on 12 June with TK 1980 and fly back on 18 June",
            {"arrival": "12 june", "departure": "18 june", "flight": "TK1980"},
        ),
        (
            "Ich bin vom 3. bis 9. Juli da, Flug LH1300",
            {"arrival": "3 juli", "departure": "9 juli", "flight": "LH1300"},
        ),
        (
            "Je repars le 20 juin, j'arrive le 14 juin",
            {"arrival": "14 juin", "departure": "20 juin"},
        ),
        (
            "Прилетаю 5 августа, трансфер не нужен, еду одна",
            {"arrival": "5 августа", "transfer": False, "companion": True},
        ),
        (
            "Geliyorum 2 Mayıs, otel ayarlarsanız sevinirim, eşimle geleceğim",
            {"arrival": "2 mayis", "hotel": True, "companion": True},
        ),
    ],
)
def test_travel_extraction(text: str, facts: dict) -> None:
    found = travel.extract(text)
    assert {k: found.get(k) for k in facts} == facts
