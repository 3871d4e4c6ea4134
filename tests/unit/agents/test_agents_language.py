# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Language of a message: script first, the fastText detector for Latin scripts, memory last."""

from __future__ import annotations

import pytest

from careflow_agents.language import SUPPORTED, detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merhaba, saç ekimi için bilgi almak istiyorum", "tr"),
        ("Hello, I would like some information about veneers", "en"),
        ("Guten Tag, ich hätte gerne Informationen zur Haartransplantation", "de"),
        ("Bonjour, je voudrais des informations sur la rhinoplastie", "fr"),
        ("Здравствуйте, хочу узнать о пересадке волос", "ru"),
        ("مرحبا، أريد معلومات عن زراعة الشعر", "ar"),
        ("Ateşim var ve çok halsizim", "tr"),
        ("Mon nez saigne encore un peu", "fr"),
        ("Ich habe Fieber", "de"),
    ],
)
def test_supported_languages_are_detected(text: str, expected: str) -> None:
    result = detect(text)
    assert result.language == expected
    assert result.method in ("script", "detector")


def test_short_messages_keep_the_conversation_language() -> None:
    assert detect("ok 👍", previous="de").language == "de"
    assert detect("ok", previous="ru").method == "conversation"


def test_media_only_message_falls_back_to_default() -> None:
    result = detect(None, default="tr")
    assert (result.language, result.method) == ("tr", "default")


def test_detection_is_limited_to_the_tenant_languages() -> None:
    # Spanish is not supported: the closest offered language is chosen, never "es".
    result = detect(
        "Hola, quiero información sobre el trasplante de pelo", allowed=["en", "tr", "fr"]
    )
    assert result.language in ("en", "tr", "fr")
    assert detect("Здравствуйте", allowed=["en", "de"], default="en").language == "en"


def test_placeholders_do_not_sway_detection() -> None:
    assert detect("[PHONE] [EMAIL] bitte rufen Sie mich morgen an").language == "de"


def test_supported_set() -> None:
    assert set(SUPPORTED) == {"tr", "en", "de", "ar", "ru", "fr"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("u menia krovi net no ochen bolit posle operacii", "ru"),
        ("zdravstvuite, skolko stoit rinoplastika?", "ru"),
        ("ana 3ndi 7arara men embare7 w mesh 2adra anam", "ar"),
        ("I land on the 5th and leave on the 12th, 2nd floor room please", "en"),
        ("Hallo, ich komme am 3. Mai und fliege am 10. zurück", "de"),
    ],
)
def test_transliterated_russian_and_arabizi_are_recognised(text: str, expected: str) -> None:
    result = detect(text)
    assert result.language == expected


@pytest.mark.parametrize(
    "text",
    [
        "bolit",  # one word, a frequent Russian one
        "shov gnoitsya",  # a stem of the Cyrillic tables + reflexive "-tsya"
        "glaz ne vidit",
        "nos zalozhen, krov idet",  # "zh"
        "shov krasnyi i goryachiy",  # adjective endings
        "serdtse kolotitsya, zadykhayus",
        "grud raspirayet, levaya bolshe pravoy",
        "rana pakhnet plokho",
        "nuzhna li viza v Turtsiyu?",
    ],
)
def test_short_russian_in_latin_letters_is_russian(text: str) -> None:
    """Word lists alone missed these: the gate also reads the Cyrillic tables' stems and
    Russian morphology, so the Cyrillic patterns see the message."""
    result = detect(text)
    assert (result.language, result.method) == ("ru", "transliteration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Show me the price list please", "en"),
        ("Burun ameliyatından sonra yatınca basınca ağrıyor", "tr"),
        ("narkozdan çıkalı 6 saat oldu, hâlâ çok uykulu", "tr"),
        ("ça saigne encore un peu, ça fait mal", "fr"),
        ("Ich habe ca. 3500 Grafts, die Haut ist gerötet", "de"),
        ("Bonjour, ça gratte, pas de rougeur ni de pus", "fr"),
    ],
)
def test_other_languages_are_not_read_as_transliterated_russian(text: str, expected: str) -> None:
    assert detect(text).language == expected
