"""cdk-nag (AwsSolutions, HIPAA.Security, Serverless) and CDK's own CloudFormation validation.

- zero unacknowledged findings in every environment (cdk-nag v3 stops synth otherwise);
- every acknowledgment has a reason;
- the set of acknowledgments equals the reviewed list in ``nag_acknowledgments.json``: a new
  one fails here until a reviewer adds it (``CAREFLOW_UPDATE_NAG_ACKS=1`` rewrites the file).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from careflow_cdk.config import ENVIRONMENTS
from careflow_cdk.paths import topology

from .conftest import Synth

ACKS_FILE = Path(__file__).with_name("nag_acknowledgments.json")
ROUTE_RULE = "AwsSolutions-APIG4"
"""Public routes follow topology (``auth="none"``); they are checked against it below instead of
being listed one by one, so a new webhook in topology does not need a second review here."""
PUBLIC_PREFIXES = ("/webhooks/", "/health", "/v1/openapi.json")
PACK_PREFIXES = ("AwsSolutions-", "HIPAA.Security-", "Serverless-")


def acknowledgments(synth: Synth) -> dict[str, str]:
    """``"<construct path> :: <rule id>" -> reason`` from the template's cdk_nag metadata."""
    found: dict[str, str] = {}
    for resource in synth.template.get("Resources", {}).values():
        metadata = resource.get("Metadata", {})
        path = metadata.get("aws:cdk:path", "?").split("/", 1)[-1]
        for rule in metadata.get("cdk_nag", {}).get("rules_to_suppress", []):
            # CDK's own CloudFormation-Validate acknowledgments (e.g. W3010 for the fixed AZs)
            # propagate to every resource; the reviewed list covers the nag packs we apply.
            if rule["id"].startswith(PACK_PREFIXES):
                found[f"{path} :: {rule['id']}"] = rule.get("reason", "")
    return found


def _per_function(key: str) -> str:
    """``Functions/<name>/...`` -> ``Functions/*/...``: every function gets the same reviewed
    acknowledgments from one place in nag.py, so a new function in topology needs no new review;
    a new *kind* of acknowledgment still does."""
    for name in topology.FUNCTIONS:
        if key.startswith(f"Functions/{name}/"):
            return "Functions/*/" + key[len(f"Functions/{name}/") :]
    return key


def test_no_unacknowledged_findings(synths: dict[str, Synth]) -> None:
    problems = {
        env: [f"{v['severity']} {v['rule']} at {v['path']}" for v in s.violations] or [s.error]
        for env, s in synths.items()
        if s.error or s.violations
    }
    assert not problems, json.dumps(problems, indent=2)


def test_packs_ran(synth: Synth) -> None:
    """The packs must really be active: dev has known, acknowledged findings of each pack."""
    rules = {key.split(" :: ")[1] for key in acknowledgments(synth)}
    for prefix in PACK_PREFIXES:
        assert any(r.startswith(prefix) for r in rules), (
            f"no {prefix} acknowledgment in {synth.env}"
        )


def test_every_acknowledgment_has_a_reason(synth: Synth) -> None:
    short = {k: r for k, r in acknowledgments(synth).items() if len(r.strip()) < 30}
    assert not short, f"acknowledgments without a real reason: {short}"


def test_acknowledgments_match_reviewed_list(synths: dict[str, Synth]) -> None:
    for s in synths.values():
        s.require()
    current = {
        env: sorted(
            {
                _per_function(k)
                for k in acknowledgments(synths[env])
                if not k.endswith(f":: {ROUTE_RULE}")
            }
        )
        for env in ENVIRONMENTS
    }
    if os.environ.get("CAREFLOW_UPDATE_NAG_ACKS") == "1":
        ACKS_FILE.write_text(json.dumps(current, indent=2) + "\n")
        pytest.skip(f"rewrote {ACKS_FILE.name}; review the diff")
    reviewed = json.loads(ACKS_FILE.read_text())
    for env in ENVIRONMENTS:
        new = sorted(set(current[env]) - set(reviewed.get(env, [])))
        gone = sorted(set(reviewed.get(env, [])) - set(current[env]))
        assert not new, (
            f"{env}: new cdk-nag acknowledgments need review (update {ACKS_FILE.name}): {new}"
        )
        assert not gone, (
            f"{env}: acknowledgments no longer needed, remove them from {ACKS_FILE.name}: {gone}"
        )


def test_public_routes_are_exactly_topologys_unauthenticated_ones(synth: Synth) -> None:
    assert synth.stack is not None
    acknowledged = {
        key.split(" :: ")[0] for key in acknowledgments(synth) if key.endswith(f":: {ROUTE_RULE}")
    }
    expected = {
        synth.stack.api.routes[r.route_key].node.default_child.node.path.split("/", 1)[1]  # type: ignore[union-attr]
        for r in topology.ROUTES
        if r.auth == "none"
    }
    assert acknowledged == expected
    for route in topology.ROUTES:
        if route.auth == "none":
            assert route.path.startswith(PUBLIC_PREFIXES), (
                f"unexpected public route {route.route_key}"
            )


def test_environment_exceptions_follow_the_configuration(synth: Synth) -> None:
    """Single-AZ, no-deletion-protection and single-node-cache exceptions exist only where the
    environment is configured that way (dev); prod must have none of them."""
    assert synth.stack is not None
    cfg = synth.stack.cfg
    rules = {key.split(" :: ")[1] for key in acknowledgments(synth)}
    forbidden: set[str] = set()
    if cfg.db_multi_az:
        forbidden |= {"AwsSolutions-RDS3", "HIPAA.Security-RDSMultiAZSupport"}
    if cfg.retain_data:
        forbidden |= {"AwsSolutions-RDS10", "HIPAA.Security-RDSInstanceDeletionProtectionEnabled"}
    if cfg.redis_replicas > 0:
        forbidden.add("AwsSolutions-AEC4")
    assert not rules & forbidden
    if cfg.is_prod:
        assert cfg.db_multi_az and cfg.retain_data and cfg.redis_replicas > 0
