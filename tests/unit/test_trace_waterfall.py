"""``careflow trace``'s waterfall, rendered from a recorded Jaeger query-API response.

``data/jaeger_traces.json`` is what Jaeger v1.76.0 answered on ``/api/traces/{id}`` for spans
emitted with the OpenTelemetry SDK in the telemetry contract's shape (recorded with
``python tests/unit/data/record_jaeger_traces.py`` against ``careflow services up``): the
message's trace (webhook server span, Kafka publish, the record's span continuing the trace in
another function, a failed model call) and the MSK batch span's own trace, linked to the record.
"""

from __future__ import annotations

import json
from pathlib import Path

from careflow_local import trace

RECORDED = json.loads((Path(__file__).parent / "data" / "jaeger_traces.json").read_text())
MESSAGE, BATCH = RECORDED["message"]["data"][0], RECORDED["batch"]["data"][0]


def _line(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if f" {name} " in line or line.endswith(name))


def test_header_names_the_trace_its_services_spans_and_errors():
    out = trace.render(MESSAGE)

    header = out.splitlines()[0]
    assert header.startswith(f"trace {MESSAGE['traceID']}  ")
    assert "4 spans  2 services (ingest_message, run_agent)  1 error" in header


def test_spans_are_nested_under_their_parents_in_start_order():
    rows = trace.render(MESSAGE).splitlines()[2:]
    names = [line[42:].split("|")[0].rstrip() for line in rows]

    assert [n.strip() for n in names] == [
        "POST /webhooks/{channel}",
        "hub.messages.inbound publish",
        "hub.messages.inbound process",
        "chat sim-small",
    ]
    depth = [len(n) - len(n.lstrip()) for n in names]
    assert depth == [0, 2, 4, 6]


def test_offsets_and_durations_come_from_the_spans():
    spans = {s["operationName"]: s for s in MESSAGE["spans"]}
    t0 = min(s["startTime"] for s in MESSAGE["spans"])
    chat = spans["chat sim-small"]
    out = trace.render(MESSAGE)

    line = _line(out, "chat sim-small")
    assert line.split()[0:4] == [
        f"{(chat['startTime'] - t0) / 1000:,.1f}",
        "ms",
        f"{chat['duration'] / 1000:,.1f}",
        "ms",
    ]
    assert line.split()[4] == "run_agent"


def test_a_failed_span_is_marked_with_its_error():
    out = trace.render(MESSAGE)

    assert _line(out, "chat sim-small").endswith("✗ provider timeout")
    assert "✗" not in _line(out, "POST /webhooks/{channel}")


def test_the_batch_span_shows_its_links():
    out = trace.render(BATCH)

    assert _line(out, "run_agent process").endswith("↗ 1 link")


def test_bars_sit_on_the_traces_timeline():
    rows = trace.render(MESSAGE).splitlines()[2:]
    bars = [row[row.index("|") : row.rindex("|") + 1] for row in rows]

    assert all(len(bar) == 34 for bar in bars)
    assert bars[0].startswith("|■")  # the root starts the trace
    first_cells = [bar.index("■") for bar in bars]
    assert first_cells == sorted(first_cells)  # children start no earlier than their parents


def test_a_span_whose_parent_is_missing_is_shown_as_a_root():
    partial = {
        **MESSAGE,
        "spans": [
            s for s in MESSAGE["spans"] if s["operationName"] != "hub.messages.inbound publish"
        ],
    }
    out = trace.render(partial)

    assert "3 spans" in out.splitlines()[0]
    assert _line(out, "hub.messages.inbound process")  # not lost with its parent
