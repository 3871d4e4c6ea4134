"""The automatic redrive of dead letters: what goes back, when, how often (counted in a header)."""

import base64
import json
from datetime import UTC, datetime

from careflow_local.events import kafka_event, kafka_record
from careflow_streaming import redrive
from careflow_streaming.deadletter import build_dead_letter

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC).timestamp()


def _letter(condition: str, *, redrives: int | None = None, failed_s_ago: float = 3600) -> dict:
    headers = [("tenant_id", b"t1"), ("event_id", b"e1")]
    if redrives is not None:
        headers.append((redrive.REDRIVE_HEADER, str(redrives).encode()))
    source = kafka_record(
        topic="hub.messages.inbound",
        partition=3,
        offset=17,
        timestamp_ms=0,
        key=b"t1:c",
        value=b'{"event":"original"}',
        headers=headers,
    )
    letter = build_dead_letter(
        "create_case",
        source,
        error_type="OperationalError",
        error_message="connection refused",
        attempts=0,
        condition=condition,
    )
    letter["failed_at"] = datetime.fromtimestamp(NOW - failed_s_ago, UTC).isoformat()
    return letter


def _event(*letters: dict) -> dict:
    records = [
        kafka_record(
            topic="hub.dlq.create_case",
            partition=0,
            offset=i,
            timestamp_ms=0,
            key=b"t1:c",
            value=json.dumps(letter).encode(),
            headers=[],
        )
        for i, letter in enumerate(letters)
    ]
    return kafka_event(records, bootstrap="x:1", region="eu-central-1")


def _run(event: dict, *, healthy: bool = True) -> tuple[dict, list, list]:
    published: list = []
    counted: list = []
    response = redrive.process_dead_letters(
        event,
        healthy=lambda: healthy,
        publish=lambda *args: published.append(args),
        remaining_s=lambda: 60.0,
        count=lambda tenant, fn, outcome: counted.append((tenant, fn, outcome)),
        sleep=lambda s: None,
        now=lambda: NOW,
    )
    return response, published, counted


def test_an_outage_letter_goes_back_to_its_topic_unchanged_with_the_count_raised():
    response, published, counted = _run(_event(_letter("RecordAgeExceeded")))
    assert response == {"batchItemFailures": []}
    ((topic, value, key, headers),) = published
    assert (topic, value, key) == ("hub.messages.inbound", b'{"event":"original"}', b"t1:c")
    assert headers == [("tenant_id", b"t1"), ("event_id", b"e1"), ("careflow_redrives", b"1")]
    assert counted == [("t1", "create_case", "redriven")]


def test_the_count_travels_with_the_record_and_caps_the_redrives():
    _, published, _ = _run(_event(_letter("RetryAttemptsExhausted", redrives=2)))
    assert published[0][3][-1] == ("careflow_redrives", b"3")
    _, published, counted = _run(
        _event(_letter("RetryAttemptsExhausted", redrives=redrive.MAX_REDRIVES))
    )
    assert published == [] and counted == [("t1", "create_case", "parked")]


def test_poison_records_and_bugs_wait_for_a_person():
    response, published, counted = _run(_event(_letter("PoisonRecord"), _letter("HandlerError")))
    assert published == [] and response == {"batchItemFailures": []}
    assert [c[2] for c in counted] == ["parked", "parked"]


def test_nothing_goes_back_while_the_dependencies_are_down():
    response, published, _ = _run(
        _event(_letter("RecordAgeExceeded"), _letter("RecordAgeExceeded")), healthy=False
    )
    assert published == []
    # the letter and the rest of its partition come again (unlimited retries, no destination)
    assert [f["itemIdentifier"]["offset"] for f in response["batchItemFailures"]] == [0, 1]


def test_a_fresh_letter_waits_its_delay_and_later_ones_grow():
    assert [redrive.redrive_delay_s(n) for n in range(4)] == [60, 120, 240, 480]
    fresh = _letter("RecordAgeExceeded", redrives=3, failed_s_ago=100)  # due after 480 s
    response, published, _ = _run(_event(fresh))
    assert published == []
    assert len(response["batchItemFailures"]) == 1


def test_a_record_that_is_not_a_dead_letter_is_left_alone():
    event = _event(_letter("RecordAgeExceeded"))
    (records,) = event["records"].values()
    records[0]["value"] = base64.b64encode(b"garbage").decode()
    response, published, _ = _run(event)
    assert published == [] and response == {"batchItemFailures": []}


def test_dlq_list_tells_pending_redriven_and_parked_apart():
    from careflow_local.dlq import _redrive_state

    outage, poison = _letter("RecordAgeExceeded"), _letter("PoisonRecord")
    assert _redrive_state(outage, offset=4, position=None) == "pending"
    assert _redrive_state(outage, offset=4, position=4) == "pending"
    assert _redrive_state(outage, offset=3, position=4) == "redriven"
    assert _redrive_state(poison, offset=3, position=4) == "parked"
    capped = _letter("RecordAgeExceeded", redrives=redrive.MAX_REDRIVES)
    assert _redrive_state(capped, offset=3, position=4) == "parked"
