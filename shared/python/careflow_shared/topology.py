"""The one table of functions, routes, topics and Kafka event source mappings.

Both the local harness (``careflow dev``) and the CDK app read this module, so local and cloud
cannot drift: a test compares the synthesized template with these values. Plain dataclasses, no
third-party imports, so the CDK app can import it cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TOPIC_INBOUND = "hub.messages.inbound"
TOPIC_CASE_EVENTS = "hub.cases.events"
TOPIC_DECISIONS = "hub.agent.decisions"
TOPIC_OUTBOUND = "hub.messages.outbound"


def dlq_topic(function: str) -> str:
    """Each MSK-triggered function has its own dead-letter topic (AWS forbids the source topic)."""
    return f"hub.dlq.{function}"


@dataclass(frozen=True)
class FunctionSpec:
    name: str
    handler: str = "handler.handler"
    # The layers the function's own code imports from; what it gets is ``layers``: these plus
    # every layer they need (``LAYER_REQUIRES``). ``tests/infra/test_layer_contract.py`` checks
    # that this bundle holds every module the code imports, lazily imported ones included.
    uses: tuple[str, ...] = ("shared", "dependencies")
    memory_mb: int = 512
    timeout_s: int = 30
    reserved_concurrency: int | None = None
    description: str = ""
    # Lambda SnapStart: init (imports, graph build) runs when a version is published and new
    # containers resume from its snapshot; the MSK trigger then targets the ``live`` alias.
    snap_start: bool = False

    @property
    def layers(self) -> tuple[str, ...]:
        """Every layer in the function's bundle: what it uses and what those need, in order."""
        return layer_closure(self.uses)


@dataclass(frozen=True)
class Route:
    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
    path: str  # API Gateway route path, e.g. "/webhooks/whatsapp/{tenant}"
    function: str
    auth: Literal["none", "jwt"]

    @property
    def route_key(self) -> str:
        return f"{self.method} {self.path}"


# Retry budget of every pipeline mapping (the numbers and why: README, "Poison versus transient").
# AWS: MaximumRetryAttempts 0..10000 or -1 (infinite, but capped at 10 when an on-failure
# destination is set), not counting the first invocation; MaximumRecordAgeInSeconds 60..604800
# or -1. So "retry until the outage is over" is spelled 10000 attempts bounded by the record age:
# the batch runner pauses after a transient failure, so 10000 attempts outlast the age.
PIPELINE_RETRY_ATTEMPTS = 10_000
PIPELINE_RECORD_AGE_S = 3600


@dataclass(frozen=True)
class KafkaMapping:
    """Settings of one MSK event source mapping (names follow the Lambda API).

    ``dead_letter=False``: no on-failure destination (the redrive mappings of the dead-letter
    topics retry without limit instead); ``on_failure_topic`` is then empty.
    """

    function: str
    topic: str
    batch_size: int = 100
    maximum_batching_window_s: float = 0.5
    maximum_retry_attempts: int = PIPELINE_RETRY_ATTEMPTS
    maximum_record_age_s: int = PIPELINE_RECORD_AGE_S
    bisect_batch_on_function_error: bool = False
    function_response_types: tuple[str, ...] = ("ReportBatchItemFailures",)
    starting_position: Literal["TRIM_HORIZON", "LATEST"] = "TRIM_HORIZON"
    on_failure_topic: str = ""
    consumer_group_id: str = ""
    dead_letter: bool = True

    def __post_init__(self) -> None:
        if self.dead_letter and not self.on_failure_topic:
            object.__setattr__(self, "on_failure_topic", dlq_topic(self.function))
        if not self.consumer_group_id:
            object.__setattr__(self, "consumer_group_id", f"careflow-{self.function}")

    @property
    def name(self) -> str:
        """Unique per mapping (a function may have several): the consumer group without prefix."""
        return self.consumer_group_id.removeprefix("careflow-")


FUNCTIONS: dict[str, FunctionSpec] = {
    spec.name: spec
    for spec in (
        FunctionSpec(
            "ingest_message",
            # No rds: the public front door reads tenants from Redis only (README).
            uses=("shared", "tenant_context", "streaming", "dependencies"),
            memory_mb=512,
            timeout_s=10,
            description="Channel webhooks: verify, dedupe, rate-limit, publish inbound messages",
        ),
        FunctionSpec(
            "create_case",
            uses=(
                "shared",
                "tenant_context",
                "rds",
                "documents",
                "streaming",
                "channels",
                "dependencies",
            ),
            timeout_s=30,
            description="Upsert patient, open or continue the case, emit case events",
        ),
        FunctionSpec(
            "run_agent",
            uses=("shared", "rds", "streaming", "agents", "dependencies"),
            memory_mb=1024,
            timeout_s=60,
            description="Run the case's agent graph and emit its decision",
            snap_start=True,
        ),
        FunctionSpec(
            "persist_result",
            uses=("shared", "rds", "documents", "streaming", "dependencies"),
            timeout_s=30,
            description="Store decision and stage change, write the report, queue the reply",
        ),
        FunctionSpec(
            "send_message",
            uses=("shared", "tenant_context", "rds", "streaming", "channels"),
            timeout_s=60,
            description="Deliver replies and escalations to the patient's channel, at most once",
        ),
        FunctionSpec(
            "sync_clinic",
            uses=("shared", "rds", "streaming", "channels", "dependencies"),
            timeout_s=60,
            description="Keep the clinic's Doktor365 in step with case stage changes",
        ),
        FunctionSpec(
            "redrive",
            uses=("shared", "tenant_context", "rds", "streaming"),
            memory_mb=256,
            timeout_s=60,
            description="Put dead letters of outages back on their topic once Postgres and Redis answer",
        ),
        FunctionSpec(
            "api",
            uses=("shared", "rds", "documents", "streaming", "channels", "dependencies"),
            timeout_s=15,
            description="Clinic staff read API: cases, timeline, documents, approvals",
        ),
    )
}

ROUTES: tuple[Route, ...] = (
    Route("GET", "/webhooks/whatsapp/{tenant}", "ingest_message", "none"),
    Route("POST", "/webhooks/whatsapp/{tenant}", "ingest_message", "none"),
    Route("GET", "/webhooks/instagram/{tenant}", "ingest_message", "none"),
    Route("POST", "/webhooks/instagram/{tenant}", "ingest_message", "none"),
    Route("POST", "/webhooks/onlychannel/{tenant}", "ingest_message", "none"),
    Route("GET", "/health", "api", "none"),
    Route("GET", "/v1/openapi.json", "api", "none"),
    Route("GET", "/v1/cases", "api", "jwt"),
    Route("GET", "/v1/cases/{case_id}", "api", "jwt"),
    Route("POST", "/v1/cases/{case_id}/approvals", "api", "jwt"),
    Route("POST", "/v1/cases/{case_id}/stage", "api", "jwt"),
    Route("GET", "/v1/cases/{case_id}/fhir", "api", "jwt"),
    Route("POST", "/v1/cases/{case_id}/documents", "api", "jwt"),
    Route("GET", "/v1/cases/{case_id}/documents", "api", "jwt"),
    Route("GET", "/v1/cases/{case_id}/documents/{document_id}", "api", "jwt"),
)

PIPELINE_MAPPINGS: tuple[KafkaMapping, ...] = (
    KafkaMapping("create_case", TOPIC_INBOUND, batch_size=100, maximum_batching_window_s=0.5),
    KafkaMapping("run_agent", TOPIC_CASE_EVENTS, batch_size=10, maximum_batching_window_s=0.5),
    KafkaMapping("persist_result", TOPIC_DECISIONS, batch_size=100, maximum_batching_window_s=0.5),
    KafkaMapping("send_message", TOPIC_OUTBOUND, batch_size=10, maximum_batching_window_s=0.5),
    KafkaMapping("sync_clinic", TOPIC_CASE_EVENTS, batch_size=10, maximum_batching_window_s=0.5),
)

# One redrive mapping per dead-letter topic: unlimited retries, no destination (a dead letter
# waits in its topic until its dependencies answer; nothing is ever dropped).
REDRIVE_MAPPINGS: tuple[KafkaMapping, ...] = tuple(
    KafkaMapping(
        "redrive",
        m.on_failure_topic,
        batch_size=10,
        maximum_batching_window_s=0.5,
        maximum_retry_attempts=-1,
        maximum_record_age_s=-1,
        dead_letter=False,
        consumer_group_id=f"careflow-redrive-{m.function}",
    )
    for m in PIPELINE_MAPPINGS
)

KAFKA_MAPPINGS: tuple[KafkaMapping, ...] = PIPELINE_MAPPINGS + REDRIVE_MAPPINGS

PIPELINE_TOPICS: tuple[str, ...] = (
    TOPIC_INBOUND,
    TOPIC_CASE_EVENTS,
    TOPIC_DECISIONS,
    TOPIC_OUTBOUND,
)
ALL_TOPICS: tuple[str, ...] = PIPELINE_TOPICS + tuple(
    m.on_failure_topic for m in KAFKA_MAPPINGS if m.on_failure_topic
)
TOPIC_PARTITIONS = 6


LAYER_DIRS: dict[str, str] = {
    "shared": "shared",
    "tenant_context": "layers/tenant_context",
    "rds": "layers/rds",
    "documents": "layers/documents",
    "streaming": "layers/streaming",
    "agents": "layers/agents",
    "channels": "layers/channels",
}
"""Source folder of each of our layers, relative to the repository root; each holds ``python/``.
The ``dependencies`` layer is built from requirements.txt and has no folder here."""

DEPENDENCIES = "dependencies"
LAYER_REQUIRES: dict[str, tuple[str, ...]] = {
    "shared": (DEPENDENCIES,),
    "tenant_context": ("shared", DEPENDENCIES),
    "rds": ("shared", "tenant_context", DEPENDENCIES),  # tenant_loader fills the Redis cache
    "documents": ("shared", DEPENDENCIES),
    "streaming": ("shared", DEPENDENCIES),
    "agents": ("shared", "tenant_context", DEPENDENCIES),  # an LLM provider's key is a secret
    "channels": ("shared", "tenant_context", DEPENDENCIES),  # provider credentials, breaker
    DEPENDENCIES: (),
}
"""The layers each layer's code imports from (third-party packages: ``dependencies``). Checked
against the code by ``tests/infra/test_layer_contract.py``."""

LAYER_ORDER: tuple[str, ...] = (*LAYER_DIRS, DEPENDENCIES)
"""Bundle order: the merged code layer lists our layers in this order (it names the asset)."""


def layer_closure(
    uses: tuple[str, ...], requires: dict[str, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """``uses`` and every layer they need, transitively, in ``LAYER_ORDER``."""
    table = LAYER_REQUIRES if requires is None else requires
    needed: set[str] = set()
    pending = list(uses)
    while pending:
        layer = pending.pop()
        if layer not in table:
            raise KeyError(f"unknown layer {layer!r}; known: {', '.join(LAYER_ORDER)}")
        if layer not in needed:
            needed.add(layer)
            pending.extend(table[layer])
    return tuple(name for name in LAYER_ORDER if name in needed)
