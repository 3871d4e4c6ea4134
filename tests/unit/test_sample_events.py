"""Every function has real-shaped sample events in ``events/``, of the shape its trigger sends."""

import base64
import json
from pathlib import Path

import pytest

from careflow_shared.envelope import Envelope
from careflow_shared.topology import FUNCTIONS, KAFKA_MAPPINGS, ROUTES

EVENTS = Path(__file__).resolve().parents[2] / "events"
MAPPED = {m.function: m.topic for m in KAFKA_MAPPINGS if m.dead_letter}
DEAD_LETTER_TOPICS = {m.topic for m in KAFKA_MAPPINGS if not m.dead_letter}


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_every_function_has_samples_of_its_triggers_shape(function):
    samples = sorted((EVENTS / function).glob("*.json"))
    assert samples, f"no sample events for {function}"
    for path in samples:
        event = json.loads(path.read_text())
        if function == "redrive":
            for records in event["records"].values():
                for record in records:
                    assert record["topic"] in DEAD_LETTER_TOPICS
                    letter = json.loads(base64.b64decode(record["value"]))
                    original = base64.b64decode(letter["value"])
                    Envelope.model_validate_json(original)
        elif function == "pre_token":
            assert event["version"] == "2" and event["triggerSource"].startswith("TokenGeneration_")
            assert "claimsAndScopeOverrideDetails" in event["response"]
        elif function in MAPPED:
            assert event["eventSource"] == "aws:kafka"
            for key, records in event["records"].items():
                for record in records:
                    assert key == f"{record['topic']}-{record['partition']}"
                    assert record["topic"] == MAPPED[function]
                    Envelope.model_validate_json(base64.b64decode(record["value"]))
        else:
            assert event["version"] == "2.0"
            routes = {r.route_key for r in ROUTES if r.function == function}
            assert event["routeKey"] in routes, path.name
