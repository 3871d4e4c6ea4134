"""The hand-kept permission tables cannot drift from the handlers' code or from topology."""

from __future__ import annotations

import re

from careflow_cdk.paths import FUNCTIONS_DIR, REPO_ROOT, topology
from careflow_cdk.permissions import PRODUCES, reads_tenant_secrets

TOPIC_NAME = re.compile(r"\bTOPIC_[A-Z_]+\b")


def test_every_function_has_a_produces_entry() -> None:
    assert set(PRODUCES) == set(topology.FUNCTIONS)
    for topics in PRODUCES.values():
        assert set(topics) <= set(topology.PIPELINE_TOPICS)


def test_topics_a_handler_names_are_granted() -> None:
    """A handler that names a topic (other than the one it consumes) must be allowed to write it."""
    for name in topology.FUNCTIONS:
        source = "\n".join(p.read_text() for p in (FUNCTIONS_DIR / name).rglob("*.py"))
        named = {getattr(topology, t) for t in TOPIC_NAME.findall(source) if hasattr(topology, t)}
        consumed = {m.topic for m in topology.KAFKA_MAPPINGS if m.function == name}
        missing = named - consumed - set(PRODUCES[name])
        assert not missing, (
            f"{name} names {sorted(missing)} but may not write them (permissions.PRODUCES)"
        )


def test_secret_readers_are_every_function_whose_code_or_layers_read_tenant_secrets() -> None:
    readers = {name for name, spec in topology.FUNCTIONS.items() if reads_tenant_secrets(spec)}
    assert {"ingest_message", "run_agent", "send_message"} <= readers
    for name, spec in topology.FUNCTIONS.items():
        files = list((FUNCTIONS_DIR / name).rglob("*.py"))
        # tenant_context defines the reader; shared, the base layer, imports no other layer.
        for layer in spec.layers:
            if layer not in ("shared", "tenant_context", "dependencies"):
                files += (REPO_ROOT / topology.LAYER_DIRS[layer] / "python").rglob("*.py")
        source = "\n".join(p.read_text() for p in files)
        if "get_channel_secret" in source or "channel_secret" in source:
            assert name in readers, f"{name} reads tenant secrets without the grant"
