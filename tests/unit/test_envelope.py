import pytest
from pydantic import ValidationError

from careflow_shared.envelope import CaseMessage, Envelope


def _env(**kw):
    base = {
        "event_type": "message.received",
        "tenant_id": "demo-clinic",
        "correlation_id": "c-1",
        "payload": {"x": 1},
    }
    return Envelope(**{**base, **kw})


def test_round_trips_through_bytes():
    env = _env()
    assert Envelope.from_bytes(env.to_bytes()) == env


def test_follow_up_ids_are_derived_so_a_replay_yields_the_same_event():
    src = _env(event_id="11111111-1111-1111-1111-111111111111")
    payload = CaseMessage(
        case_id="c",
        patient_id="p",
        message_id="m",
        stage="enquiry",
        channel="whatsapp",
        message_type="text",
    )
    a = src.caused("case.opened", payload, by="create_case")
    b = src.caused("case.opened", payload, by="create_case")
    other = src.caused("case.opened", payload, by="someone_else")
    assert a.event_id == b.event_id != other.event_id
    assert a.causation_id == src.event_id and a.correlation_id == src.correlation_id
    assert a.tenant_id == src.tenant_id


@pytest.mark.parametrize(
    "bad",
    [
        {"tenant_id": "Demo Clinic"},  # not a slug
        {"event_type": "case.teleported"},  # unknown type
        {"unexpected": True},  # extra field
    ],
)
def test_invalid_envelopes_are_rejected(bad):
    with pytest.raises(ValidationError):
        _env(**bad)


def test_payload_as_validates_or_makes_a_poison_record_that_quotes_no_value():
    from careflow_shared.envelope import StageChanged
    from careflow_shared.errors import PoisonRecord

    good = {"case_id": "c-1", "from_stage": "quoted", "to_stage": "booked", "source": "staff"}
    env = Envelope(
        event_type="case.stage_changed", tenant_id="t-1", correlation_id="c", payload=good
    )
    assert env.payload_as(StageChanged).to_stage == "booked"

    bad = Envelope(
        event_type="case.stage_changed",
        tenant_id="t-1",
        correlation_id="c",
        payload={**good, "source": "+905551234567", "extra": "x"},
    )
    with pytest.raises(PoisonRecord) as raised:
        bad.payload_as(StageChanged)
    assert str(raised.value) == "invalid case.stage_changed payload: 2 errors"


def test_a_first_event_is_its_own_correlation_and_its_effects_keep_it():
    from careflow_shared.envelope import StageChanged

    change = StageChanged(case_id="c-1", from_stage="quoted", to_stage="booked", source="staff")
    first = Envelope.first("e-1", "case.stage_changed", "t-1", change)
    assert (first.event_id, first.correlation_id, first.causation_id) == ("e-1", "e-1", None)
    assert first.payload == change.model_dump(mode="json")
    assert first.caused("outbound.queued", {}, by="x").correlation_id == "e-1"


def test_a_case_message_never_serialises_patient_text():
    """hub.cases.events carries ids only; a record from before (with ``text``) still validates,
    so a replayed dead letter is not poison, but the text is never written out again."""
    legacy = {
        "case_id": "c",
        "patient_id": "p",
        "message_id": "m",
        "stage": "enquiry",
        "channel": "whatsapp",
        "message_type": "text",
        "text": "my e-mail is ayse@example.com",
    }
    message = CaseMessage.model_validate(legacy)
    assert "text" not in message.model_dump(mode="json")
    env = Envelope(event_type="case.opened", tenant_id="t-1", correlation_id="c", payload={})
    assert b"ayse@example.com" not in env.caused("case.opened", message, by="x").to_bytes()
