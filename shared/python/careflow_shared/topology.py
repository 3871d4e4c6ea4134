"""The one table of functions, routes, topics and Kafka event source mappings.

Both the local harness (``careflow dev``) and the CDK app read this module, so local and cloud
cannot drift: a test compares the synthesized template with these values. Plain dataclasses, no
third-party imports, so the CDK app can import it cheaply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
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
    # MSK functions: how many Kafka keys (conversations) of one batch are handled at once in
    # the container (``careflow_streaming.batch``); records of one key always run in order.
    # 1 = one record after the other. Each worker thread holds its own Postgres connections.
    batch_concurrency: int = 1
    # A record is started only while at least this much of the invocation remains; otherwise
    # it is reported failed and redelivered (not dead-lettered). Enough for one record's
    # slowest legitimate path: a model or provider call's timeout plus its writes.
    deadline_reserve_ms: int = 0

    def __post_init__(self) -> None:
        if self.batch_concurrency < 1:
            raise ValueError(f"{self.name}: batch_concurrency must be at least 1")
        if not 0 <= self.deadline_reserve_ms < self.timeout_s * 1000:
            raise ValueError(f"{self.name}: deadline_reserve_ms must be below the timeout")

    @property
    def layers(self) -> tuple[str, ...]:
        """Every layer in the function's bundle: what it uses and what those need, in order."""
        return layer_closure(self.uses)


SCOPE_RESOURCE_SERVER = "careflow"
"""Identifier of the Cognito resource server: Cognito names a custom scope
``<identifier>/<name>``, so every scope below carries this prefix, locally too."""
CASES_READ = f"{SCOPE_RESOURCE_SERVER}/cases:read"
CASES_WRITE = f"{SCOPE_RESOURCE_SERVER}/cases:write"
APPROVALS_WRITE = f"{SCOPE_RESOURCE_SERVER}/approvals:write"
DOCUMENTS_READ = f"{SCOPE_RESOURCE_SERVER}/documents:read"
DOCUMENTS_WRITE = f"{SCOPE_RESOURCE_SERVER}/documents:write"
SCOPES: dict[str, str] = {
    CASES_READ: "Read cases, their timeline and their FHIR export",
    CASES_WRITE: "Move a case to another stage",
    APPROVALS_WRITE: "Approve, reject or edit a reply that awaits approval",
    DOCUMENTS_READ: "List a case's documents and download them",
    DOCUMENTS_WRITE: "Upload documents to a case",
}
"""Every OAuth scope of the staff API and what it allows (the Cognito resource server's list)."""


@dataclass(frozen=True)
class Route:
    """One API Gateway route. A ``jwt`` route names the scopes that admit a token (any one of
    them, as API Gateway's ``AuthorizationScopes``); ``ANY`` routes only answer 405."""

    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE", "ANY"]
    path: str  # API Gateway route path, e.g. "/webhooks/whatsapp/{tenant}"
    function: str
    auth: Literal["none", "jwt"]
    scopes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = set(self.scopes) - set(SCOPES)
        if unknown:
            raise ValueError(f"{self.route_key}: unknown scopes {sorted(unknown)}")
        if self.scopes and self.auth != "jwt":
            raise ValueError(f"{self.route_key}: scopes need the JWT authorizer")
        if self.auth == "jwt" and self.method != "ANY" and not self.scopes:
            raise ValueError(f"{self.route_key}: a JWT route must name its scopes")

    @property
    def route_key(self) -> str:
        return f"{self.method} {self.path}"

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The path as a regex; a path parameter matches one segment, as in API Gateway."""
        return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path)))

    def admits(self, scope_claim: object) -> bool:
        """Whether a verified token's ``scope`` claim (space-separated, as in Cognito access
        tokens) holds one of this route's scopes; a route without scopes admits any token."""
        if not self.scopes:
            return True
        granted = scope_claim.split() if isinstance(scope_claim, str) else ()
        return any(s in granted for s in self.scopes)


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
            # Model calls are I/O: 8 conversations wait on the model at once (README).
            batch_concurrency=8,
            # A model call's default timeout (8 s) plus the turn's reads and writes.
            deadline_reserve_ms=12_000,
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
            batch_concurrency=8,
            # One provider request's read timeout (10 s) plus the claim and finish writes.
            deadline_reserve_ms=12_000,
        ),
        FunctionSpec(
            "sync_clinic",
            uses=("shared", "rds", "streaming", "channels", "dependencies"),
            timeout_s=60,
            description="Keep the clinic's Doktor365 in step with case stage changes",
            batch_concurrency=4,
            deadline_reserve_ms=12_000,
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
        FunctionSpec(
            "pre_token",
            # Cognito's pre-token-generation trigger (V2), not an API or MSK function; its
            # code imports only careflow_shared (which brings pydantic and Powertools along).
            uses=("shared",),
            memory_mb=256,
            timeout_s=5,  # Cognito gives a trigger 5 s, whatever the function's timeout
            description="Cognito pre-token-generation (V2): the user's tenant_id into access tokens",
        ),
    )
}

_METHOD_ROUTES: tuple[Route, ...] = (
    Route("GET", "/webhooks/whatsapp/{tenant}", "ingest_message", "none"),
    Route("POST", "/webhooks/whatsapp/{tenant}", "ingest_message", "none"),
    Route("GET", "/webhooks/instagram/{tenant}", "ingest_message", "none"),
    Route("POST", "/webhooks/instagram/{tenant}", "ingest_message", "none"),
    Route("POST", "/webhooks/onlychannel/{tenant}", "ingest_message", "none"),
    Route("GET", "/health", "api", "none"),
    Route("GET", "/v1/openapi.json", "api", "none"),
    Route("GET", "/v1/cases", "api", "jwt", (CASES_READ,)),
    Route("GET", "/v1/cases/{case_id}", "api", "jwt", (CASES_READ,)),
    Route("POST", "/v1/cases/{case_id}/approvals", "api", "jwt", (APPROVALS_WRITE,)),
    Route("POST", "/v1/cases/{case_id}/stage", "api", "jwt", (CASES_WRITE,)),
    Route("GET", "/v1/cases/{case_id}/fhir", "api", "jwt", (CASES_READ,)),
    Route("POST", "/v1/cases/{case_id}/documents", "api", "jwt", (DOCUMENTS_WRITE,)),
    Route("GET", "/v1/cases/{case_id}/documents", "api", "jwt", (DOCUMENTS_READ,)),
    Route("GET", "/v1/cases/{case_id}/documents/{document_id}", "api", "jwt", (DOCUMENTS_READ,)),
)

ROUTES: tuple[Route, ...] = _METHOD_ROUTES + tuple(
    # API Gateway prefers a route with the request's method over ``ANY``: these catch only the
    # methods a path does not serve, and the api function answers them 405 with ``Allow``.
    Route("ANY", path, "api", auth)
    for path, auth in dict.fromkeys((r.path, r.auth) for r in _METHOD_ROUTES)
)


def match_route(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The route API Gateway picks for a request (its method's route before ``ANY``) and the
    path parameters; None when no route has this path (API Gateway's own 404)."""
    fallback: tuple[Route, dict[str, str]] | None = None
    for route in ROUTES:
        m = route.pattern.fullmatch(path)
        if m is None:
            continue
        if route.method == method:
            return route, m.groupdict()
        if route.method == "ANY" and fallback is None:
            fallback = route, m.groupdict()
    return fallback


def allowed_methods(path: str) -> list[str]:
    """The methods served on a path, for a 405's ``Allow`` header."""
    return [r.method for r in _METHOD_ROUTES if r.pattern.fullmatch(path)]


# The shape of the pipeline. Batch size and batching window here (and each function's timeout
# and batch concurrency above) are what a bare import sees; what is deployed and what the harness
# runs comes from cdk.json's ``careflow:pipeline`` block of the environment, laid over this table
# by ``careflow_cdk.pipeline`` (tests/infra/test_pipeline_settings.py).
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
