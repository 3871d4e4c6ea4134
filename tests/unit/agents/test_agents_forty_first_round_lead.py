# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The forty-first round's lead: a paper of the clinic's not seen is no loss of sight.

The intent helper found the Russian "не вижу памятку" (I don't see the leaflet) escalated as
`vision_loss`: "не вижу" is a vision pattern, and the exceptions for a thing not seen in software
named letters, invoices and links but not a leaflet, instructions, a form or a file, nor a panel,
a portal or the mail as the place. The same held in Turkish ("formu panelde göremiyorum") and
Arabic ("ما اشوف الملف"). `vision_loss`'s `unless` now names the clinic's papers and those places
in six languages, never with an eye word after the hit: "не вижу памятку левым глазом" (I don't
see the leaflet with my left eye) stays urgent.
"""

from __future__ import annotations

import pytest

from tests.unit.agents.screening import assert_not_read_as, assert_urgent

PAPER_NOT_SEEN = [
    "не вижу памятку в личном кабинете, где её найти?",
    "не вижу инструкцию после операции в системе, пришлите ещё раз",
    "formu panelde göremiyorum, tekrar gönderir misiniz?",
    "ameliyat sonrası talimatları göremiyorum, nereden bakabilirim?",
    "ما اشوف التعليمات بعد العملية، ممكن ترسلونها مرة ثانية؟",
    "ما القى الملف في البوابة",
    "I can't see the leaflet you mentioned, can you resend it?",
    "I can't see my results in the portal yet",
]

EYE_NOT_SEEING = [
    "не вижу памятку левым глазом, всё расплывается после операции",
    "formu göremiyorum, gözüm karardı",
    "ما اشوف التعليمات بعيني اليسار، صار كله اسود",
    "I can't see the leaflet with my left eye, it went dark",
    "не вижу левым глазом со вчерашнего дня",
    "sol gözümle göremiyorum",
]


@pytest.mark.parametrize("text", PAPER_NOT_SEEN)
def test_a_paper_not_seen_is_no_loss_of_sight(text: str) -> None:
    assert_not_read_as(text, "vision_loss")


@pytest.mark.parametrize("text", EYE_NOT_SEEING)
def test_sight_lost_with_the_eye_named_stays_urgent(text: str) -> None:
    assert_urgent(text, "vision_loss")
