"""No silent loss: a poison record lands on the dead-letter topic with its original bytes and
error while the rest of its batch succeeds, and ``careflow dlq replay`` puts records back."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime

from careflow_local import dlq
from careflow_local.db import seed_tenant
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import Envelope, MessageReceived
from careflow_shared.tenant_config import TenantConfig
from careflow_shared.topology import TOPIC_INBOUND
from careflow_streaming.producer import partition_key, publish_many, publish_raw

from .conftest import wait_for


def _inbound(tenant_id: str, sender: str, text: str) -> Envelope:
    msg = MessageReceived(
        channel="whatsapp",
        provider_message_id=f"wamid.{uuid.uuid4().hex}",
        conversation_key="dlq-conv",
        sender_id=sender,
        message_type="text",
        text=text,
        sent_at=datetime.now(UTC),
    )
    eid = str(uuid.uuid4())
    return Envelope(
        event_id=eid,
        event_type="message.received",
        tenant_id=tenant_id,
        correlation_id=eid,
        payload=msg.model_dump(mode="json"),
    )


def _cases(tenant_id: str) -> int:
    with tenant_transaction(tenant_id) as cur:
        cur.execute("SELECT count(*) AS n FROM cases")
        return cur.fetchone()["n"]


def _letter_with_value(function: str, value: bytes):
    wanted = base64.b64encode(value).decode()
    return next((x for x in dlq.list_letters(function) if x["value"] == wanted), None)


def test_poison_record_is_dead_lettered_while_the_rest_of_its_batch_succeeds(
    runtime, tenant_factory
):
    tenant = tenant_factory("poison")["tenant_id"]
    key = partition_key(tenant, "dlq-conv")  # one key: one partition, one batch, in order
    poison = (
        b'{"event_type": "message.received", "this is": "not an envelope"'
        + uuid.uuid4().bytes.hex().encode()
    )
    publish_many([(TOPIC_INBOUND, _inbound(tenant, "905550000101", "first"), key)])
    publish_raw(TOPIC_INBOUND, poison, key=key, headers=[("traceparent", b"00-x")])
    publish_many([(TOPIC_INBOUND, _inbound(tenant, "905550000102", "third"), key)])

    wait_for(lambda: _cases(tenant) == 2)
    letter = wait_for(lambda: _letter_with_value("create_case", poison))
    assert letter["condition"] == "PoisonRecord" and letter["function"] == "create_case"
    assert letter["error"]["type"] == "ValidationError" and letter["error"]["message"]
    assert letter["source"]["topic"] == TOPIC_INBOUND
    assert base64.b64decode(letter["source"]["key"]) == key
    assert letter["source"]["headers"] == [{"traceparent": list(b"00-x")}]


def test_a_dead_letter_can_be_replayed_once_its_cause_is_fixed(runtime, migrated_db):
    tenant = f"late-{uuid.uuid4().hex[:8]}"  # not created yet: create_case cannot store it
    env = _inbound(tenant, "905550000201", "hello from a tenant that does not exist yet")
    publish_many([(TOPIC_INBOUND, env, partition_key(tenant, "dlq-conv"))])
    letter = wait_for(lambda: _letter_with_value("create_case", env.to_bytes()))
    assert letter["error"]["message"] == f"unknown tenant {tenant!r}"

    seed_tenant(
        TenantConfig(tenant_id=tenant, display_name="Late Clinic"), app_secret="s", verify_token="v"
    )
    assert dlq.replay("create_case", only=[(letter["dlq_partition"], letter["dlq_offset"])]) >= 1
    wait_for(lambda: _cases(tenant) == 1)
