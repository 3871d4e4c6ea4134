"""Agent settings in the tenant config: validated by pydantic, defaults keep old rows valid."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careflow_agents import config as cfg
from careflow_shared.tenant_config import TenantConfig


def test_existing_tenant_rows_stay_valid() -> None:
    tenant = TenantConfig.model_validate({"tenant_id": "old-tenant", "display_name": "Old"})
    assert tenant.agent.provider == "rules" and tenant.treatments == [] and tenant.on_call is None
    assert cfg.escalation_target(tenant) == ("coordinators", "")


def test_demo_tenant_round_trips_through_json() -> None:
    tenant = cfg.demo_tenant()
    again = TenantConfig.model_validate_json(tenant.model_dump_json())
    assert again == tenant
    assert {t.treatment_id for t in tenant.treatments} == {
        "rhinoplasty",
        "hair_transplant",
        "dental_veneers",
    }


@pytest.mark.parametrize(
    "bad",
    [
        {
            "treatments": [
                {"treatment_id": "x", "names": {"en": "X"}, "price": {"min": 10, "max": 5}}
            ]
        },
        {"treatments": [{"treatment_id": "Bad Id", "names": {"en": "X"}}]},
        {"agent": {"provider": "gpt-direct"}},
        {"agent": {"provider": "bedrock", "timeout_seconds": 0}},
        {"on_call": {"coordinator_id": "", "name": "A"}},
    ],
)
def test_invalid_agent_settings_are_rejected(bad: dict) -> None:
    with pytest.raises(ValidationError):
        TenantConfig.model_validate({"tenant_id": "t-1", "display_name": "T", **bad})


def test_reply_template_overrides_apply_per_language() -> None:
    tenant = cfg.demo_tenant(reply_templates={"other": {"de": "Servus! Wie können wir helfen?"}})
    assert cfg.render(tenant, "other", "de") == "Servus! Wie können wir helfen?"
    assert cfg.render(tenant, "other", "fr").startswith("Merci")
    assert cfg.render(tenant, "other", "xx").startswith("Thank you")  # unknown -> default language


def test_care_guidance_picks_the_covering_or_latest_step() -> None:
    tenant = cfg.demo_tenant()
    rhino = cfg.treatment_by_id(tenant, "rhinoplasty")
    assert rhino is not None
    assert cfg.guidance_for(rhino, 3).from_day == 3  # type: ignore[union-attr]
    assert cfg.guidance_for(rhino, 45).to_day == 30  # type: ignore[union-attr]
    assert cfg.guidance_for(rhino, None) is None


def test_treatment_keywords_are_matched_whole_for_short_words() -> None:
    tenant = cfg.demo_tenant()
    assert cfg.find_treatment(tenant, "Операция на нос") is not None
    assert cfg.find_treatment(tenant, "носить очки можно?") is None
    assert cfg.find_treatment(tenant, "FUE or DHI?").treatment_id == "hair_transplant"  # type: ignore[union-attr]
