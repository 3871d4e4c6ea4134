"""Train the learned injection detector (:mod:`careflow_agents.injection_model`) offline.

Usage::

    python layers/agents/train_injection_model.py [--folds 5] [--dim 16384] [--epochs 30]

Data: every message we own and have labelled -- the development sets in ``tests/agents_data/``
(``labelled_messages``, ``heldout_messages`` -- our own old set, not the frozen ones --, ``dev*_``)
and the red-team rounds with their patient counter-examples in
``tests/unit/agents/test_agents_injection_structure.py``, ``test_agents_security.py`` and
``test_agents_lookalikes.py`` (read as literals, not imported). The
frozen held-out sets in ``tests/agents_data/heldout/`` are never opened. A message is positive when
its category is ``injection`` (development sets) or it is in an ``*ATTACKS`` list or a test that
asserts it is blocked; negative otherwise.

Steps: features of each redacted message (``injection_model.hashed``); stratified k-fold
cross-validation with a fixed seed, giving every message an out-of-fold score; the threshold is
the smallest value above the out-of-fold score of every negative the model is asked about (one
in which a rule saw a sign beyond a bare mention of money: ``injection_model.asked``), so no
cross-validated false block,
the report gives recall and false blocks per language at that threshold; then one model on all
the data is written to ``careflow_agents/injection_model.json`` with the threshold and the
cross-validated figures. Logistic regression by SGD, class-balanced, L2-regularised: pure Python,
deterministic, some 15 s of CPU.
"""

from __future__ import annotations

import argparse
import ast
import base64
import json
import math
import random
import sys
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RED_TEAM = (
    ROOT / "tests" / "unit" / "agents" / "test_agents_injection_structure.py",
    ROOT / "tests" / "unit" / "agents" / "test_agents_security.py",
    ROOT / "tests" / "unit" / "agents" / "test_agents_lookalikes.py",
    # the twentieth round's subtle attacks and their honest look-alikes ("in your reply, confirm
    # my check-up time", a deposit asked about on cancellation): hard cases on both sides
    ROOT / "tests" / "unit" / "agents" / "test_agents_twentieth_round_inj.py",
    # the twenty-first round's: prices said agreed, unseen payments put in the file, documents
    # made to say what the writer admits is untrue, and a sick note or an invoice with the real
    # amount beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_first_round_inj.py",
    # the twenty-second round's: triage labels ordered to skip the queue, stories casting the
    # reader as the assistant, settings blocks, balances written paid, translate-then-execute,
    # and remembered terms asked about, GDPR requests, documents to translate beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_second_round_inj.py",
    # the twenty-third round's: staff credentials asked for, documents signed in a doctor's name,
    # rules for every patient, accounts put into the reply, notes to the AI, "repeat after me";
    # and remembered discounts asked about, fit-to-fly letters, "which account?" beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_third_round_inj.py",
    # the twenty-fourth round's: forged documents, bracketed system messages, acrostics, secret rules
    # and withheld codes; real errors corrected, app notices reported, hidden costs beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_fourth_round_inj.py",
    # the twenty-fifth round's: stories in the assistant's voice, one-word replies, bribes, forwards
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_fifth_round_inj.py",
    # the twenty-sixth round's: triage orders, unbound personas, internal rules read out, passwords
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_sixth_round_inj.py",
    # the twenty-seventh round's: texts for others carrying the clinic's word, the assistant
    # imagined unbound, hashtag commands; staff statements asked about, care instructions kept
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_seventh_round_inj.py",
    # the twenty-eighth round's: the assistant imagined without rules or as staff, texts sent
    # back verbatim, translations forwarded to the accounting, a doctor's message passed on;
    # relatives writing symptoms, the writer's own booking, questions forwarded beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_eighth_round_inj.py",
    # the twenty-ninth round's: notes to whatever bot reads the message, salutations to the
    # assistant in a forward, passwords written to the clinic, acrostics of its instructions,
    # chat logs in the clinic's voice; real reminders, flight e-mails, poems for fun beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_twenty_ninth_round_inj.py",
    # the thirtieth round's other patients' data (the data_request rule's, so only their
    # look-alikes are rows): the writer's own report, anonymised before/after examples, the
    # group's shuttle time, a doctor sending a referral, a relative telling symptoms
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirtieth_round_privacy.py",
    # the thirtieth round's: text written above or for the assistant copied out, doctors' notes
    # said forwarded with money, refunds to a relative's card past the procedure, hyphen-cut
    # words; real aftercare notes asked about, refunds to one's own card, a PS to the
    # coordinator beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirtieth_round_inj.py",
    # the thirty-first round's other patients' data (only the look-alikes are rows): a
    # patient's own pickup time, staff-like writers asking their own papers, an insurer's form
    # about the writer herself, "do you have patients I could talk to?", a cousin's advice
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_first_round_privacy.py",
    # the thirty-first round's: the first message written to the assistant copied out, the text
    # of its instructions asked by a self-declared colleague, its start prompt, the assistant
    # imagined not a bot or as the owner or a friend, reversed text to obey; "are you a bot?",
    # the pre-op instructions, a hypothetical about the writer, a reversed word in a joke beside
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_first_round_inj.py",
    # the thirty-first round's money claims: deals claimed with marketing or the manager, the
    # clinic's terms or a best-price guarantee cited, a text signed as the clinic, a quiz
    # answered by a letter; collaborations, loyalty discounts and receipts asked about beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_first_round_money.py",
    # the thirty-second round's money claims: official confirmations of a free deal, texts sent
    # back as official documents in the clinic's name, a deposit said waived and booked without,
    # payments admitted not arrived and marked paid, partner passwords unlocking a rate; transfer
    # receipts, deposits asked later, invoices translated, campaign codes asked about beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_second_round_money.py",
    # the thirty-second round's: the instructions asked "as the AI" or "so you work" with a legal
    # pretext, a note to the AI in a pasted form, a role play casting the coordinator, the
    # coordinator's approval said not needed and a step of care waived; the writer's own pre-op
    # instructions, a data-access request, a nurse patient, a payment error beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_second_round_inj.py",
    # the thirty-third round's injections: the screening skipped and a clearance entered, the
    # care team's notifications muted, a text written as from the clinic, a hidden note in a
    # price request; a doctor patient, marketing muted, the clinic's own confirmation translated
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_third_round_inj.py",
    # the thirty-fourth round's instructions and framings: a little game or a scene casting the
    # coordinator or the doctor-owner, one reply dictated for every message, the assistant told
    # to confirm with a word, a forwarded doctor's note under "Fwd", a bare "just say yes"; a
    # role play of one's own consultation, a language for every reply, a promise asked about
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_fourth_round_inj.py",
    # the thirty-fifth round's instructions and framings: the instructions a chatbot is
    # configured with asked under the GDPR, the "grandma" cast by a pronoun, a doctor's note
    # forwarded as what he wrote; the writer's own GDPR request, a grandmother's operation, the
    # coordinator's quote forwarded with a question
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_fifth_round_inj.py",
    # the thirty-sixth round's instructions and framings: the writer's own text sent back under
    # the clinic's signature, a free operation claimed promised by the boss named in the
    # feminine or as head of marketing; the clinic's own quote asked signed, a letter received
    # with its signature, influencer questions, an honest review announced
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_sixth_round_inj.py",
    # the thirty-seventh round's instructions and framings: a game proposed in other words with
    # the assistant cast as a persona who always says yes, the writer's chat with a member of the
    # staff forwarded to get something free; a coordinator named, a guessing game with a friend,
    # a forwarded chat with a price or a date asked about
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_seventh_round_inj.py",
    # the thirty-eighth round's instructions and framings: the guidance the assistant was given
    # asked word for word under a research pretext, a persona "without instructions" under a
    # hypothetical asked for a floor price; a question about the hand-over, a lowest price asked,
    # the writer's own hypothetical, an assistant acting without the writer's instructions
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_eighth_round_inj.py",
    # the thirty-ninth round's instructions and framings: a note to the AI with its umlaut
    # written out, the machine addressed and the people excluded, the exchange kept from the
    # staff; a postscript for the doctor, a VIP package asked about, a price kept from a husband
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_ninth_round_inj.py",
    # the fortieth round's instructions and framings: a system message framed by dashes, the
    # internal rules asked all at once or word for word; a title at the writer's own business,
    # a staff password named as the means of logging in, the rules to follow before surgery
    ROOT / "tests" / "unit" / "agents" / "test_agents_fortieth_round_inj.py",
    # the thirty-second round's other patients' data (only the look-alikes are rows): a
    # patient's own report for her home nurse, a lawyer's own invoice, sisters booking together
    # at the same price, a happy cousin's operation priced, photos sent to the clinic, an
    # insurer's audit of the writer's own claim, an in-law telling symptoms
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_second_round_privacy.py",
    # the thirty-third round's other patients' data (only the look-alikes are rows): the
    # writer's own hotel beside a friend booked, a husband asking about recovery or telling
    # symptoms, the clinic's before/after gallery, a joint quote, the writer's referral code
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_third_round_privacy.py",
    # the thirty-fourth round's other patients' data (only the look-alikes are rows): the
    # writer's own price after a friend's operation, the surgeon who would operate on the
    # writer, the writer's own invoice for an accountant, payments the writer made for a
    # friend, the writer's own balance, close family's balance
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_fourth_round_privacy.py",
    # the thirty-fifth round's other patients' data (only the look-alikes are rows): the
    # writer's own hotel and room beside a friend named, a former patient asked to call, the
    # clinic's gallery, close family asking how her operation went, a girl named as a
    # recommendation
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_fifth_round_privacy.py",
    # the thirty-sixth round's other patients' data (only the look-alikes are rows): the
    # clinic's patients counted with no contact asked, the clinic's own or the writer's own
    # contacts, a former patient asked to call, the anonymous gallery, the writer's own photos
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_sixth_round_privacy.py",
    # the thirty-seventh round's other patients' data (only the look-alikes are rows): the
    # writer's own documents, close family asking the clinic to call the patient, her documents
    # given to the clinic, the writer's own letter sent to her sister, a recommendation
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_seventh_round_privacy.py",
    # the thirty-eighth round's other patients' data (only the look-alikes are rows): the
    # writer's own insurer, diagnosis and dates, a nurse's own operation, a doctor's or a
    # place's name in the genitive, the writer's own full name
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_eighth_round_privacy.py",
    # the thirty-ninth round's other patients' data (only the look-alikes are rows): her deal
    # praised and the same price asked, the writer's own pictures, rooms together, a mother's
    # own child's booking, what a friend paid told beside the same price asked
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_ninth_round_privacy.py",
    # the fortieth round's other patients' data (only the look-alikes are rows): the same
    # surgeon as a sister's asked, the writer's own records, a sister giving her own records,
    # a parent asking for a minor child's report, the writer's own room, a friend's photos
    # shown with the clinic's price asked
    ROOT / "tests" / "unit" / "agents" / "test_agents_fortieth_round_privacy.py",
    # the forty-first round's other patients' data (only the look-alikes are rows): a lawyer's,
    # an insurer's or a spouse's request for the writer's own records, the formal verbs with the
    # writer's own records, a client's records sent to her or a client's price asked
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_first_round_privacy.py",
    # the thirty-second round's, the lead's part: a repricing of every quote decreed under a
    # staff header, a German confirmation ordered with an adverb; department messages told,
    # repricings asked, honest corrected quotes asked beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_second_round_lead.py",
    # the thirty-fourth round's, the lead's part: a free treatment or an agreement confirmed in
    # writing; a free consultation or the writer's appointment asked in writing beside them
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_fourth_round_lead.py",
    # the thirty-fourth round's money claims: a price matched and written in the system as
    # approved, an internal rule cited for a discount, payments "from now on only" to a new
    # payee, another's refund to the writer's account with her consent claimed, a step said
    # skippable and recorded valid; a negotiation, an insurer's invoice, the clinic's own IBAN
    # checked, the writer's own refund, a blood test asked about
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_fourth_round_money.py",
    # the thirty-fifth round's money claims: a free treatment said promised by the marketing
    # department, a grant to be validated by the assistant, a new IBAN for every patient from
    # the accounts office; marketing's offer asked about, the writer's own invoice IBAN checked,
    # the clinic's own e-mail quoted with a question
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_fifth_round_money.py",
    # the thirty-sixth round's money claims: an invoice inflated for the insurer with a share
    # offered, the clinic's IBAN on its quote declared wrong and the writer's written in; an
    # itemised invoice, an invoice error reported, a deposit share, the right IBAN asked
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_sixth_round_money.py",
    # the thirty-seventh round's money claims: a payment ordered marked paid with its receipt
    # promised for later, the clinic's new bank account declared by a third party; a receipt
    # sent or promised with the arrival asked, an agency's IBAN asked about
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_seventh_round_money.py",
    # the thirty-eighth round's money claims: a balance set paid with its proof waived, an
    # approval dictated into the record's label, a price ordered confirmed in the chat, a
    # balance closed as paid; a cash payment whose record is asked, a forwarded quote asked about
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_eighth_round_money.py",
    # the thirty-ninth round's money claims: a payment ordered marked paid with its screenshot
    # promised for later, a colleague's word in the German preterite beside a term marked paid;
    # a screenshot sent or promised with the arrival asked, a colleague's word asked about
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_ninth_round_money.py",
    # the lead's, after the thirty-ninth round: a reply dictated in quotation marks declaring
    # the cost covered in full or nothing due; the coverage quoted from an insurer and asked
    ROOT / "tests" / "unit" / "agents" / "test_agents_thirty_ninth_round_lead.py",
    # the fortieth round's money claims: a doctor's forwarded e-mail granting a percentage
    # discount, the writer's text ordered sent back as the clinic's official answer, a
    # colleague's price promise confirmed in German without umlauts; a forwarded offer asked
    # about, the clinic's official answer asked for
    ROOT / "tests" / "unit" / "agents" / "test_agents_fortieth_round_money.py",
    # the forty-first round's instructions, framings and money claims: a developer mode declared
    # in leetspeak or as "mode dev", a German promise's participle closing a long clause; the
    # writer's own fasting instructions asked about setting aside
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_first_round_inj.py",
    # the forty-second round's money claims: a price-match guarantee or a numbered clause claimed
    # for a price or a free operation, a refund confirmed to a new account, the clinic's IBAN
    # said refused and "the right one" given; the same guarantee, discount and IBAN asked about,
    # a double charge to be checked, a refused payment and what to do
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_second_round_inj42a.py",
    # the forty-second round's instructions, records and other patients' data: a role given
    # "now" in Arabizi or after the role, the Arabizi instructions asked, a consent or a test
    # ordered onto the record on a staff member's word; the operation's instructions, a job
    # named, a consent asked about, the writer's own photos, a room-mate named
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_second_round_inj42b.py",
    # the forty-third round's role claims and hidden notes: a staff role with the fees waived,
    # a lawyer's or insurer's mandate with a credit note ordered, a note for the bot hidden from
    # people; "I am a doctor myself", "my lawyer will contact you", a note for the doctor only
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_third_round_inj43b.py",
    # the forty-third round's instructions in a pasted document: the automated assistant bound
    # to refund, discount or confirm in a report, a form, a contract or a letter; such texts
    # with no instruction to it, the assistant's languages asked, a refund clause asked about
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_third_round_inj43a.py",
    # the forty-second round lead's: a refund asked onto the writer's own account, beside a
    # confirmation ordered or a colleague's word
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_second_round_lead.py",
    # the forty-fourth round's: a code put on the file with the balance decreed, a payment
    # status dictated for confirmation; a code asked about, a profession told beside a price,
    # the bot's mistake or duty asked about, a deposit told paid beside an appointment
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_fourth_round_inj44.py",
    # the forty-fifth round's: an open assistant turn, a reply's ending dictated, a PS for the
    # robot, a bill ordered rewritten beside a price said agreed, a colleague's word that the
    # bot may move money; a coordinator's price quoted, a PS for the doctor, a wrong transfer
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_fifth_round_inj45.py",
    # the forty-sixth round's: a bracketed note for the bot ordering a payment marked, the
    # assistant's duty stated beside an order; the duty only asked, the clinic's e-mail quoted
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_sixth_round_inj46.py",
    # the forty-seventh round's: payment details given out for other patients in Arabizi; an
    # IBAN said invalid, the clinic's IBAN checked, a wrong transfer of one's own
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_seventh_round_inj47.py",
    # the forty-eighth round's: a clause for the program that reads a pasted form, a note for the
    # bot marking a form signed, the clinic's IBAN rewritten on its invoice; refunds to one's own
    # new account and a discount asked
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_eighth_round_inj48.py",
    # the forty-eighth round lead's: refunds onto one's own new account (ar, fr), every
    # patient's refund sent to the writer's account
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_eighth_round_lead.py",
    # the forty-ninth round's: the assistant's words written for it in a pasted form with a
    # dictated answer word, a made-up overpayment refunded onto a given account with "write me:
    # refund done", a dictated agreed total in transliteration, hidden text for the AI; questions
    # about the clinic's own IBAN
    ROOT / "tests" / "unit" / "agents" / "test_agents_forty_ninth_round_inj49.py",
    # the fiftieth round's: notes headed to the automated system inside a pasted report, quote or
    # forwarded e-mail ordering a discount, a paid bill or a new account; a dictated final price
    # ("write only this sentence"); a booking confirmation asked "if my booking is ok"
    ROOT / "tests" / "unit" / "agents" / "test_agents_fiftieth_round_inj50.py",
)
MARGIN = 0.02  # above the highest out-of-fold score of a non-injection


def _literal_strings(node: ast.expr, constants: dict[str, str] | None = None) -> list[str]:
    """The strings of a list literal: plain ones, and f-strings whose every field is a module-level
    string constant (the forty-seventh round's attacks put one IBAN into each with ``{_ACCOUNT}``)."""
    if not isinstance(node, ast.List):
        return []
    texts = []
    for element in node.elts:
        if isinstance(element, ast.Constant) and isinstance(element.value, str):
            texts.append(element.value)
        elif isinstance(element, ast.JoinedStr):
            text = _joined(element, constants or {})
            if text is not None:
                texts.append(text)
    return texts


def _joined(node: ast.JoinedStr, constants: dict[str, str]) -> str | None:
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(value.value)
        elif (
            isinstance(value, ast.FormattedValue)
            and isinstance(value.value, ast.Name)
            and value.value.id in constants
            and value.conversion == -1
            and value.format_spec is None
        ):
            parts.append(constants[value.value.id])
        else:
            return None  # a field computed at run time: not a text the trainer can know
    return "".join(parts)


def red_team_rows(paths: tuple[Path, ...] = RED_TEAM) -> list[tuple[str, bool]]:
    """(text, is_injection) from the red-team test modules' literal lists of strings.

    ``*ATTACKS`` lists and tests named ``..._blocked`` are attacks; ``*BENIGN`` and ``*GENUINE``
    lists and tests
    named ``..._not_blocked``, ``..._not_flagged``, ``..._not_an_injection``, ``..._pass`` are
    patients' messages.
    """
    rows: list[tuple[str, bool]] = []
    for path in paths:
        rows += _rows_of(ast.parse(path.read_text(encoding="utf-8")))
    return rows


def _module_assignments(tree: ast.Module) -> list[tuple[str, ast.expr]]:
    """(name, value) of each module-level assignment to one name, plain or annotated
    ("_ACCOUNT: str = ...", "ATTACKS: list[str] = [...]"): the string constants f-strings
    name and the lists the tests parametrize both come from here."""
    assigned = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            assigned.append((target.id, value))
    return assigned


def _rows_of(tree: ast.Module) -> list[tuple[str, bool]]:
    # Module-level lists, plain or annotated ("ATTACKS: list[str] = [...]"): the later rounds'
    # modules name their lists by structure and pass them to ``parametrize`` by name, so a
    # decorator's argument is looked up here -- read only as literals, the forty-second to
    # forty-fifth rounds' modules gave the trainer nothing.
    assigned = _module_assignments(tree)
    constants = {
        name: value.value
        for name, value in assigned
        if isinstance(value, ast.Constant) and isinstance(value.value, str)
    }
    lists = {name: _literal_strings(value, constants) for name, value in assigned}
    rows: list[tuple[str, bool]] = []
    for name, texts in lists.items():
        if name.endswith(("ATTACKS", "BENIGN", "GENUINE")):
            rows += [(text, name.endswith("ATTACKS")) for text in texts]
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        negative = node.name.endswith(("not_blocked", "not_flagged", "not_an_injection", "_pass"))
        if negative or node.name.endswith("blocked"):
            positive = not negative
            for decorator in node.decorator_list:
                if isinstance(decorator, ast.Call) and len(decorator.args) == 2:
                    rows += [
                        (text, positive)
                        for text in _argument_texts(decorator.args[1], lists, constants)
                    ]
    return list(dict.fromkeys(rows))


def _argument_texts(
    argument: ast.expr, lists: dict[str, list[str]], constants: dict[str, str]
) -> list[str]:
    """The texts a ``parametrize`` argument names: a module list by name, a literal list, or
    lists joined with "+" ("NOTE_TO_THE_SYSTEM + PROCESSOR_OBLIGED", the fiftieth round's)."""
    if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Add):
        return _argument_texts(argument.left, lists, constants) + _argument_texts(
            argument.right, lists, constants
        )
    if isinstance(argument, ast.Name):
        return lists.get(argument.id, [])
    return _literal_strings(argument, constants)


def load_rows() -> list[dict[str, Any]]:
    """Every owned, labelled message: text, label, language (detected for red-team messages)."""
    from careflow_agents.eval import category, development_sets, load
    from careflow_agents.language import detect

    rows = []
    for path in development_sets():
        for row in load(path):
            rows.append(
                {
                    "text": row["text"],
                    "y": category(row) == "injection",
                    "language": row["language"],
                    "source": path.name,
                }
            )
    seen = {r["text"] for r in rows}
    for text, positive in red_team_rows():
        if text in seen:
            continue
        seen.add(text)
        rows.append(
            {
                "text": text,
                "y": positive,
                "language": detect(text).language,
                "source": "red-team",
            }
        )
    return rows


def redacted_with_signs(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What the screen hands the model: the redacted text, the rules' signs and the signs that
    decide whether the model is asked (those outside quotations)."""
    from careflow_agents.security import gate_signs, injection_signs, redact

    redacted = redact(text)[0]
    signs = injection_signs(redacted)
    return redacted, signs, gate_signs(redacted, signs)


def train(
    xs: list[list[int]], ys: list[bool], dim: int, *, epochs: int, l2: float, seed: int
) -> tuple[float, list[float]]:
    """Class-balanced logistic regression by SGD on binary, L2-normalised hashed features."""
    w = [0.0] * dim
    b = 0.0
    positives = sum(ys) or 1
    negatives = (len(ys) - sum(ys)) or 1
    weight = {True: len(ys) / (2 * positives), False: len(ys) / (2 * negatives)}
    order = list(range(len(xs)))
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            x = xs[k]
            if not x:
                continue
            step += 1
            lr = 0.5 / math.sqrt(1 + step / 200)
            v = 1.0 / math.sqrt(len(x))
            z = b + v * sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            g = (p - ys[k]) * weight[ys[k]]
            b -= lr * g
            shrink = 1.0 - lr * l2
            for i in x:
                w[i] = w[i] * shrink - lr * g * v
    return b, w


def score(x: list[int], b: float, w: list[float]) -> float:
    if not x:
        return 0.0
    z = b + sum(w[i] for i in x) / math.sqrt(len(x))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def folds(ys: list[bool], k: int, seed: int) -> list[int]:
    """A fold number per row, stratified by label."""
    rng = random.Random(seed)
    fold_of = [0] * len(ys)
    for label in (True, False):
        idx = [i for i, y in enumerate(ys) if y == label]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            fold_of[i] = n % k
    return fold_of


def cross_validate(
    rows: list[dict[str, Any]], xs: list[list[int]], args: argparse.Namespace
) -> tuple[list[float], dict[str, Any]]:
    ys = [r["y"] for r in rows]
    fold_of = folds(ys, args.folds, args.seed)
    oof = [0.0] * len(rows)
    for f in range(args.folds):
        train_idx = [i for i in range(len(rows)) if fold_of[i] != f]
        b, w = train(
            [xs[i] for i in train_idx],
            [ys[i] for i in train_idx],
            args.dim,
            epochs=args.epochs,
            l2=args.l2,
            seed=args.seed + f,
        )
        for i in range(len(rows)):
            if fold_of[i] == f:
                oof[i] = score(xs[i], b, w)
    return oof, {"folds": args.folds, "seed": args.seed}


def figures(rows: list[dict[str, Any]], oof: list[float], threshold: float) -> dict[str, Any]:
    """Recall and false blocks per language (and overall) at a threshold, out of fold."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row, s in zip(rows, oof, strict=True):
        for key in (row["language"], "all"):
            hit = row["signed"] and s >= threshold
            if row["y"]:
                per[key]["injections"] += 1
                per[key]["caught"] += hit
            else:
                per[key]["others"] += 1
                per[key]["false_blocks"] += hit
    return {lang: dict(v) for lang, v in sorted(per.items())}


def write_model(
    path: Path,
    *,
    about: str,
    args: argparse.Namespace,
    bias: float,
    weights: list[float],
    threshold: float,
    sources: Any,
    cv: dict[str, Any],
    thresholds: dict[str, float] | None = None,
) -> None:
    """The committed model file both learned detectors read (``injection_model.decode``): the
    weights as base64 float32, with the training settings and cross-validated figures beside them;
    ``thresholds`` adds named thresholds beside the main one (the urgency detector's)."""
    path.write_text(
        json.dumps(
            {
                "about": about,
                "dim": args.dim,
                "bias": bias,
                "threshold": round(threshold, 4),
                **{name: round(value, 4) for name, value in (thresholds or {}).items()},
                "training": {
                    "epochs": args.epochs,
                    "l2": args.l2,
                    "seed": args.seed,
                    "sources": sources,
                },
                "cross_validation": cv,
                "weights": base64.b64encode(array("f", weights).tobytes()).decode("ascii"),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--dim", type=int, default=1 << 14)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args(argv)

    from careflow_agents.injection_model import WEIGHTS, asked, hashed

    rows = load_rows()
    xs = []
    for row in rows:
        redacted, signs, gate = redacted_with_signs(row["text"])
        row["signed"] = asked(gate)
        xs.append(hashed(redacted, args.dim, signs))
    oof, cv = cross_validate(rows, xs, args)
    # The model decides only where it is asked (injection_model.asked): the threshold clears
    # every non-injection it would be asked about.
    highest_negative = max(s for r, s in zip(rows, oof, strict=True) if not r["y"] and r["signed"])
    threshold = min(highest_negative + MARGIN, 0.99)
    hardest = sorted(
        ((s, r["text"]) for r, s in zip(rows, oof, strict=True) if not r["y"] and r["signed"]),
        reverse=True,
    )[:8]
    print("hardest patient messages (out-of-fold score):")
    for value, text in hardest:
        print(f"  {value:.3f}  {text[:90]!r}")
    cv["threshold"] = round(threshold, 4)
    cv["highest_negative_score"] = round(highest_negative, 4)
    cv["per_language"] = figures(rows, oof, threshold)
    cv["at_0.5"] = figures(rows, oof, 0.5)["all"]
    sources: dict[str, dict[str, int]] = defaultdict(lambda: {"injections": 0, "others": 0})
    for r in rows:
        sources[r["source"]]["injections" if r["y"] else "others"] += 1
    print(json.dumps({"trained_on": sources, "cross_validation": cv}, indent=1))
    if args.dry_run:
        return 0
    b, w = train(
        xs, [r["y"] for r in rows], args.dim, epochs=args.epochs, l2=args.l2, seed=args.seed
    )
    write_model(
        WEIGHTS,
        about="careflow_agents.injection_model; written by layers/agents/train_injection_model.py",
        args=args,
        bias=b,
        weights=w,
        threshold=threshold,
        sources=sources,
        cv=cv,
    )
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
