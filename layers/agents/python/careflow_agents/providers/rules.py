"""The offline, deterministic provider: the rules triage, and no drafted reply.

Replies then come from the tenant's templates. It is also what every other provider falls
back to, so the graph always has an answer without a network.
"""

from __future__ import annotations

from careflow_agents.providers import ModelAssessment, ProviderRequest
from careflow_agents.triage import triage


class RulesProvider:
    name = "rules"
    model = "rules-v1"

    def assess(self, request: ProviderRequest) -> ModelAssessment:
        result = triage(request.text, stage=request.stage)
        return ModelAssessment.model_validate({"intent": result.intent, "urgency": result.urgency})
