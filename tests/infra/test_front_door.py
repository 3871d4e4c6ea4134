"""The public webhook function (ingest_message) has no way to the database, in every environment.

It reads tenant configuration from Redis only (README, "Tenant configuration on the front door"):
no ``rds`` layer, no ``rds-db:connect``, and none of its security groups is let in by the RDS
Proxy's or the database's security group. The functions that do use the database are checked
too, so the test cannot pass by finding no rules at all.
"""

from __future__ import annotations

from typing import Any

from careflow_cdk.paths import topology

from .conftest import Synth
from .test_security import _actions, _statements


def _group_ids(refs: list[Any]) -> set[str]:
    """Logical ids of security groups referenced as ``{"Fn::GetAtt": [id, "GroupId"]}``."""
    return {r["Fn::GetAtt"][0] for r in refs if isinstance(r, dict) and "Fn::GetAtt" in r}


def _function_groups(synth: Synth, name: str) -> set[str]:
    prefix = f"Functions{name.replace('_', '')}Function"
    found = [
        fn["Properties"]["VpcConfig"]["SecurityGroupIds"]
        for logical, fn in synth.resources("AWS::Lambda::Function").items()
        if logical.startswith(prefix)
    ]
    assert len(found) == 1, name
    return _group_ids(found[0])


def _admitted_by(synth: Synth, targets: set[str]) -> set[str]:
    """Security groups from which any of ``targets`` accepts traffic (standalone or inline rules)."""
    sources: set[str] = set()
    for rule in synth.resources("AWS::EC2::SecurityGroupIngress").values():
        props = rule["Properties"]
        if _group_ids([props["GroupId"]]) & targets:
            sources |= _group_ids([props.get("SourceSecurityGroupId")])
    for logical, sg in synth.resources("AWS::EC2::SecurityGroup").items():
        if logical in targets:
            for props in sg["Properties"].get("SecurityGroupIngress", []):
                sources |= _group_ids([props.get("SourceSecurityGroupId")])
    return sources


def _database_groups(synth: Synth) -> set[str]:
    groups: set[str] = set()
    for proxy in synth.resources("AWS::RDS::DBProxy").values():
        groups |= _group_ids(proxy["Properties"]["VpcSecurityGroupIds"])
    for db in synth.resources("AWS::RDS::DBInstance").values():
        groups |= _group_ids(db["Properties"]["VPCSecurityGroups"])
    assert len(groups) == 2, groups  # the proxy's and the instance's
    return groups


def test_ingest_message_has_no_database_layer_and_no_rds_db_connect(synth: Synth) -> None:
    assert "rds" not in topology.FUNCTIONS["ingest_message"].layers
    actions = _actions(_statements(synth, "ingest_message"))
    assert "rds-db:connect" not in actions
    assert not any(a.startswith("rds") for a in actions), actions


def test_ingest_message_cannot_reach_the_database_security_groups(synth: Synth) -> None:
    allowed_in = _admitted_by(synth, _database_groups(synth))
    ingest = _function_groups(synth, "ingest_message")
    assert ingest and not ingest & allowed_in, (ingest, allowed_in)
    # ... while it still reaches Redis (its tenant configuration) like every function.
    redis = {k for k in synth.resources("AWS::EC2::SecurityGroup") if "Redis" in k}
    assert ingest & _admitted_by(synth, redis)


def test_exactly_the_functions_with_the_rds_layer_reach_the_database(synth: Synth) -> None:
    allowed_in = _admitted_by(synth, _database_groups(synth))
    for name, spec in topology.FUNCTIONS.items():
        reaches = bool(_function_groups(synth, name) & allowed_in)
        assert reaches == ("rds" in spec.layers), name
