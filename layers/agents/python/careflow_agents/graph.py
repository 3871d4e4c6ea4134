"""The LangGraph StateGraph: security screen -> language -> triage -> specialist -> decision.

::

    START -> screen -> language -> triage -+-> preop ---+
                                           +-> postop --+
                                           +-> travel --+-> decide -+-> await_approval -> END
                                           +-> general -+           +-> END
                                           +-> blocked -+

``await_approval`` calls ``interrupt()``; a later invocation resumes it with the coordinator's
answer (``Command(resume=...)``). While an approval is pending, every new turn routes through
``await_approval`` again, so the interrupt is always the thread's latest pending task and a
resume finds it even after the patient wrote in between.

The graph is built once per process, lazily, and compiled once per checkpointer (the
checkpointer is cached across warm invocations, so in practice: once per container).
"""

from __future__ import annotations

import functools
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from careflow_agents import config as cfg
from careflow_agents import general, postop, preop, travel
from careflow_agents.budget import budget_reason, count
from careflow_agents.coldstart import import_phase
from careflow_agents.decision import apply_approval, decide
from careflow_agents.language import detect
from careflow_agents.providers import ProviderError, ProviderRequest
from careflow_agents.security import screen
from careflow_agents.state import AgentState, TurnContext
from careflow_agents.triage import POST_OP_STAGES, max_urgency, triage
from careflow_shared.telemetry import metrics
from careflow_shared.telemetry.spans import model_call, span

with import_phase():  # most of run_agent's cold start: see coldstart
    from langgraph.graph import END, START, StateGraph
    from langgraph.runtime import Runtime
    from langgraph.types import interrupt

SPECIALISTS = ("preop", "postop", "travel", "general", "blocked")


def screen_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """The only node that sees the raw text; it writes back the redacted text alone."""
    result = screen(runtime.context.raw_text, runtime.context.tenant.phone_regions)
    return {"text": result.text, "redactions": result.redactions, "flags": list(result.flags)}


def language_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    tenant = runtime.context.tenant
    result = detect(
        state.get("text"),
        allowed=cfg.supported_languages(tenant),
        previous=state.get("conversation_language"),
        default=tenant.default_language,
    )
    updates: dict[str, Any] = {"language": result.language}
    if result.method in ("script", "transliteration", "morphology", "detector", "function_words"):
        updates["conversation_language"] = result.language
    return updates


_NO_TOKENS = {"input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}


def _model_assessment(
    state: AgentState, ctx: TurnContext, intent: str, urgency: str
) -> dict[str, Any]:
    provider = ctx.provider
    tenant = ctx.tenant
    if provider.name == "rules" or not state.get("text"):
        return {}
    request = ProviderRequest(
        text=state.get("text") or "",
        language=state.get("language", tenant.default_language),
        stage=state["stage"],
        clinic=tenant.display_name,
        tone=tenant.tone,
        treatments=[t.treatment_id for t in tenant.treatments],
        days_since_operation=state.get("days_since_operation"),
    )
    reason = budget_reason(ctx.meter, tenant.tenant_id, tenant.agent)
    if reason is None:
        try:
            assessment = _assess(provider, request, tenant.tenant_id)
        except ProviderError as exc:
            reason = exc.reason
            count(ctx.meter, tenant.tenant_id, "record_call", **_NO_TOKENS)
        except Exception:  # any provider bug must degrade to rules, not fail the turn
            reason = "error"
        else:
            usage = assessment.usage
            count(
                ctx.meter,
                tenant.tenant_id,
                "record_call",
                input_tokens=usage.input_tokens,
                output_tokens=usage.output_tokens,
                cost_usd=tenant.agent.cost_usd(usage.input_tokens, usage.output_tokens),
            )
            model_intent: str = assessment.intent
            if intent == "post_op_concern" and urgency == "urgent":
                model_intent = intent  # a red flag found by rules is never reclassified by a model
            return {
                "intent": model_intent,
                "urgency": max_urgency(urgency, assessment.urgency),
                "model_reply": assessment.reply,
                "model_stage": assessment.proposed_stage,
                "provider": provider.name,
                "model": provider.model,
                "input_tokens": usage.input_tokens,
                "output_tokens": usage.output_tokens,
            }
    count(ctx.meter, tenant.tenant_id, "record_fallback", reason=reason)
    return {
        "fallback": f"{provider.name}:{reason}",
        "provider_events": [
            {"type": "provider.fallback", "provider": provider.name, "reason": reason}
        ],
    }


def _assess(provider: Any, request: ProviderRequest, tenant_id: str) -> Any:
    """One model call as a GenAI ``chat <model>`` span with its duration and token metrics."""
    labels = {"tenant": tenant_id, "provider": provider.name, "model": provider.model}
    start = time.perf_counter()
    outcome = "error"
    try:
        with model_call(provider.name, provider.model, tenant=tenant_id) as usage:
            assessment = provider.assess(request)
            tokens = assessment.usage
            usage(tokens.input_tokens, tokens.output_tokens)
            outcome = "ok"
    finally:
        metrics.record(
            "careflow.model.duration", time.perf_counter() - start, **labels, outcome=outcome
        )
    for direction, n in (("input", tokens.input_tokens), ("output", tokens.output_tokens)):
        if n:
            metrics.add("careflow.model.tokens", n, **labels, direction=direction)
    return assessment


def _continued_intent(state: AgentState, intent: str) -> str:
    """A follow-up without its own intent ("I'm 34, no allergies", a photo) continues its flow."""
    if intent != "other":
        return intent
    flow = state.get("flow")
    if flow == "travel" and travel.is_active(state.get("travel", {})):
        return "travel"
    if flow == "preop" and (
        preop.is_active(state.get("preop", {}), state["stage"])
        or preop.mentions_checklist(
            state.get("text"), state.get("attachments", []), state.get("message_type", "text")
        )
    ):
        return state.get("flow_intent") or "treatment_enquiry"
    return intent


def _route_for(state: AgentState, intent: str, red_flags: list[str]) -> str:
    if red_flags:
        return "postop"  # safety first: even a flagged or abusive message with a red flag escalates
    if state.get("flags"):
        return "blocked"
    if intent == "post_op_concern":
        return "postop"
    if intent == "travel":
        return "travel"
    if intent in ("treatment_enquiry", "price_quote") or (
        intent == "appointment" and state["stage"] in preop.PREOP_STAGES
    ):
        return "preop"
    return "general"


def triage_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """Rules triage, then (tenant's choice) a model that may refine intent and add caution."""
    ctx = runtime.context
    text = state.get("text")
    stage = state["stage"]
    named = cfg.find_treatment(ctx.tenant, text)
    # As for a tenant's model below, a message the screen flagged is judged by the catalogue
    # alone: the learned red-flag detector does not turn a blocked attack into an emergency.
    result = triage(
        text, stage=stage, has_treatment=named is not None, learned=not state.get("flags")
    )
    intent: str = result.intent
    urgency: str = result.urgency
    if state.get("flags") and not result.red_flags:
        intent = "other"  # a manipulation attempt is not a price, payment or travel request
        if result.intent in ("travel", "appointment") and not result.review:
            # ... nor is its "tomorrow" or "urgent" a journey or a date of the patient's own
            # (a "coordinator" asking for tomorrow's patient list, "acil"): the calendar's same-
            # day hold was for the request the block refuses; a symptom keeps its review
            urgency = "routine"
    if not text and state.get("message_type", "text") != "text" and stage in POST_OP_STAGES:
        intent, urgency = "post_op_concern", "soon"  # a wound photo: someone clinical looks today
    if not result.red_flags:
        intent = _continued_intent(state, intent)

    updates: dict[str, Any] = {
        "intent": intent,
        "urgency": urgency,
        "red_flags": list(result.red_flags),
        "medical_question": result.medical_question,
        # A blocked message keeps the rules' `soon` and review when it carries a symptom they
        # could not clear: the day's review is what catches a patient the screen blocked by
        # mistake (an attack is escalated only beside a catalogue red flag).
        "review": result.review,
        "treatment_id": named.treatment_id if named else state.get("treatment_id"),
    }
    model: dict[str, Any] = {}
    if not state.get("flags") and not result.red_flags:
        model = _model_assessment(state, ctx, intent, urgency)
        updates.update(model)
    # The message's own intent (not a continued flow) decides whether it asks for a price.
    updates["asks_price"] = "price_quote" in (result.intent, model.get("intent"))
    if updates["urgency"] == "urgent" and not result.red_flags:
        updates["red_flags"] = ["model_assessed_urgent"]  # a model's "urgent" escalates too

    route = _route_for(state, updates["intent"], updates["red_flags"])
    updates["route"] = route
    if route in ("preop", "travel"):
        updates["flow"] = route
    if route == "preop" and (
        updates["intent"] in ("treatment_enquiry", "price_quote") or not state.get("flow_intent")
    ):
        updates["flow_intent"] = updates["intent"]
    return updates


def preop_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    tenant = runtime.context.tenant
    draft, new_state = preop.run(
        tenant=tenant,
        text=state.get("text"),
        stage=state["stage"],
        language=state.get("language", tenant.default_language),
        intent=state.get("intent", "other"),
        treatment=cfg.treatment_by_id(tenant, state.get("treatment_id")),
        preop=state.get("preop", {}),
        attachments=state.get("attachments", []),
        message_type=state.get("message_type", "text"),
    )
    return {"draft": draft, "preop": new_state}


def postop_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    tenant = runtime.context.tenant
    draft = postop.run(
        tenant=tenant,
        case_id=state["case_id"],
        language=state.get("language", tenant.default_language),
        red_flags=state.get("red_flags", []),
        medical_question=state.get("medical_question", False),
        treatment=cfg.treatment_by_id(tenant, state.get("treatment_id")),
        days_since_operation=state.get("days_since_operation"),
        media_only=not state.get("text"),
        review=state.get("review", False),
    )
    return {"draft": draft}


def travel_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    tenant = runtime.context.tenant
    draft, new_state = travel.run(
        tenant=tenant,
        case_id=state["case_id"],
        text=state.get("text"),
        stage=state["stage"],
        language=state.get("language", tenant.default_language),
        travel=state.get("travel", {}),
    )
    return {"draft": draft, "travel": new_state}


def general_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    tenant = runtime.context.tenant
    draft = general.run(
        tenant=tenant,
        language=state.get("language", tenant.default_language),
        intent=state.get("intent", "other"),
        text=state.get("text"),
        model_reply=state.get("model_reply"),
        awaiting_approval=bool(state.get("pending_approval")),
    )
    return {"draft": draft}


def blocked_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """A flagged message: a safe reply, no model, no stage change, nothing of it executed."""
    tenant = runtime.context.tenant
    key = "blocked_abuse" if state.get("flags") == ["abuse"] else "blocked"
    reply = cfg.render(tenant, key, state.get("language", tenant.default_language))
    return {"draft": {"action": "block", "reply": reply, "missing_items": []}}


def decide_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    return decide(state, runtime.context.tenant)


def await_approval_node(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    pending = state.get("pending_approval") or {}
    answer = interrupt(
        {
            "type": "approval_required",
            "message_id": pending.get("message_id"),
            "reason": pending.get("reason"),
            "reply": pending.get("reply"),
        }
    )
    return apply_approval(state, answer, runtime.context.tenant)


def _route(state: AgentState) -> str:
    return state.get("route", "general")


def _after_decide(state: AgentState) -> str:
    return "await_approval" if state.get("pending_approval") else END


Node = Callable[[AgentState, Runtime[TurnContext]], dict[str, Any]]


def _spanned(step: str, node: Node, specialist: str | None = None) -> Any:
    """The node inside an ``agent.<step>`` span (TELEMETRY.md's names: security, language,
    triage, specialist, decision). Attributes: the tenant, the specialist — no state."""

    @functools.wraps(node)
    def run(state: AgentState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        attributes = {
            "careflow.agent.node": node.__name__.removesuffix("_node"),
            "careflow.agent.specialist": specialist,
            "careflow.tenant": runtime.context.tenant.tenant_id if runtime.context else None,
        }
        with span(f"agent.{step}", attributes=attributes):
            return node(state, runtime)

    return run


def build() -> StateGraph[AgentState, TurnContext, AgentState, AgentState]:
    builder: StateGraph[AgentState, TurnContext, AgentState, AgentState] = StateGraph(
        AgentState, context_schema=TurnContext
    )
    builder.add_node("screen", _spanned("security", screen_node))
    builder.add_node("language", _spanned("language", language_node))
    builder.add_node("triage", _spanned("triage", triage_node))
    builder.add_node("preop", _spanned("specialist", preop_node, "preop"))
    builder.add_node("postop", _spanned("specialist", postop_node, "postop"))
    builder.add_node("travel", _spanned("specialist", travel_node, "travel"))
    builder.add_node("general", _spanned("specialist", general_node, "general"))
    builder.add_node("blocked", _spanned("specialist", blocked_node, "blocked"))
    builder.add_node("decide", _spanned("decision", decide_node))
    builder.add_node("await_approval", _spanned("decision", await_approval_node))
    builder.add_edge(START, "screen")
    builder.add_edge("screen", "language")
    builder.add_edge("language", "triage")
    builder.add_conditional_edges("triage", _route, list(SPECIALISTS))
    for name in SPECIALISTS:
        builder.add_edge(name, "decide")
    builder.add_conditional_edges("decide", _after_decide, ["await_approval", END])
    builder.add_edge("await_approval", END)
    return builder


_builder: StateGraph[AgentState, TurnContext, AgentState, AgentState] | None = None
_compiled: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def get_graph(checkpointer: Any) -> Any:
    """The compiled graph bound to ``checkpointer`` (built and compiled once, then reused)."""
    global _builder
    with _lock:
        if _builder is None:
            _builder = build()
        graph = _compiled.get(checkpointer)
        if graph is None:
            graph = _builder.compile(checkpointer=checkpointer)
            _compiled[checkpointer] = graph
        return graph
