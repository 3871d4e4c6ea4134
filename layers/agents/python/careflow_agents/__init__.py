"""careflow's agent graph (the ``agents`` Lambda layer, attached to run_agent only).

Public API -- what the run_agent handler calls::

    from careflow_agents import AgentTurn, get_checkpointer, resume_turn, run_turn

    checkpointer = get_checkpointer(dsn)          # once per container, connection reused
    decision = run_turn(turn, checkpointer=checkpointer)
    decision = resume_turn(tenant, case_id, message_id, approval, checkpointer=checkpointer)

Importing this package is cheap (pydantic models only); LangGraph, the language model and the
providers load on the first call.
"""

from __future__ import annotations

from careflow_agents import coldstart
from careflow_agents.api import (
    AgentTurn,
    NoPendingApproval,
    forget_case,
    prime,
    resume_turn,
    run_turn,
)
from careflow_agents.checkpoint import get_checkpointer, get_turn_saver, thread_id

# Before anything imports LangGraph (none of the imports above does): see coldstart for why.
coldstart.defer_package_inits()

__all__ = [
    "AgentTurn",
    "NoPendingApproval",
    "forget_case",
    "get_checkpointer",
    "get_turn_saver",
    "prime",
    "resume_turn",
    "run_turn",
    "thread_id",
]
