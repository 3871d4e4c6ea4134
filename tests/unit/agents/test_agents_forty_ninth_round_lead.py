# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-ninth round lead's: a leg or an arm told numb and weak, the side unnamed, found
beside flags49d's report ("после абдоминопластики нога онемела и слабая" was held `soon`, and
its Turkish answered routine), each on our own phrasings.

Lost power with lost feeling in a limb is a stroke's or a nerve's, or after a spinal
anaesthetic a haematoma's (NHS 'Stroke -- symptoms'; RCoA 'Spinal anaesthetic'); the
catalogue's ``stroke_signs`` read it only with the side named ("left leg weak"), and in German
not with the side declined ("mein linkes Bein ist schwach"). Numb skin alone
is the operated skin's course (flags49d's ``complaints.NUMB_SKIN``), and a negation between the
limb and its signs denies them.
"""

from __future__ import annotations

import pytest

from tests.unit.agents import screening

URGENT_BY_THE_RULES: list[str] = [
    "after the tummy tuck my leg is numb and weak, I can't lift it",
    "since this morning my arm feels weak and numb",
    "nach der Bauchdeckenstraffung ist mein Bein taub und schwach, ich kann es nicht heben",
    "après l'abdominoplastie ma jambe est engourdie et faible, je n'arrive pas à la lever",
    "karin germe sonrasi bacagim uyusuk ve gucsuz, kaldiramiyorum",
    "karın germe sonrası bacağım uyuşuk ve güçsüz",
    "после абдоминопластики нога онемела и слабая, не могу поднять",
    "بعد شد البطن رجلي منملة وضعيفة، ما اقدر ارفعها",
    # the side declined in German ("linkes", "rechten") was not read by the side's pattern
    "mein linkes Bein ist schwach seit heute morgen",
    "seit dem Aufwachen ist der rechte Arm kraftlos",
]

NOT_URGENT_BY_THE_RULES: list[str] = [
    # numb operated skin alone
    "the skin on my thigh is numb after the lipo, is it permanent?",
    "кожа на бедре онемела после липосакции, это пройдёт?",
    # the signs denied, in each language's order
    "my leg is not numb and not weak, just the scar itches",
    "no numbness or weakness in my legs, when can I walk more?",
    "mein Bein ist nicht taub und nicht schwach, nur die Narbe juckt",
    "ma jambe n'est pas engourdie ni faible, juste la cicatrice gratte",
    "нога не онемела и не слабая, просто шов чешется",
    "رجلي مش منملة ولا ضعيفة، بس الجرح بيحكني",
    "bacağım uyuşuk değil, güçsüz değil, sadece yara kaşınıyor",
    "bacağımda uyuşukluk yok, güçsüzlük yok, ne zaman yürüyüşe çıkabilirim?",
]


@pytest.mark.parametrize("text", URGENT_BY_THE_RULES)
def test_a_limb_numb_and_weak_is_escalated(text: str) -> None:
    screening.assert_urgent_by_the_rules(text, "stroke_signs")


@pytest.mark.parametrize("text", NOT_URGENT_BY_THE_RULES)
def test_numb_skin_alone_or_the_signs_denied_are_not_escalated(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)


# Breathless on the stairs after a nose operation, the nose or a nostril told fine: the danger
# guard of ``breathing_difficulty``'s nose exceptions had left two alternatives outside it (a bare
# "|" in "\bnez\b" and "ноздр"), so these were cleared as the blocked nose (review of stop 38).
BREATHLESS_THE_NOSE_FINE: list[str] = [
    "rhinoplastie il y a 5 jours, depuis ce matin je suis essoufflée en montant les escaliers, "
    "le nez va bien",
    "после ринопластики задыхаюсь на лестнице, ноздри в порядке",
]


@pytest.mark.parametrize("text", BREATHLESS_THE_NOSE_FINE)
def test_breathless_with_a_danger_is_not_cleared_by_the_nose(text: str) -> None:
    screening.assert_urgent_by_the_rules(text, "breathing_difficulty")
