"""Provider calls inside a batch end before the invocation does (``careflow_shared.deadline``):
against the Meta Graph simulator and the real Redis breaker."""

from __future__ import annotations

import pytest

from careflow_channels import http, whatsapp
from careflow_channels.errors import ProviderUnavailable
from careflow_shared import deadline

PHONE_NUMBER_ID = "100200300400500"


class Left:
    """A Lambda context with a fixed remaining time."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def get_remaining_time_in_millis(self) -> int:
        return self.ms


def send(tenant: str, policy: http.CallPolicy) -> str:
    return whatsapp.send_text(
        tenant,
        phone_number_id=PHONE_NUMBER_ID,
        access_token="EAAG-test",
        to="905551112233",
        text="Hello",
        policy=policy,
    )


def test_no_request_is_started_without_time_for_it(meta, tenant, policy):
    with deadline.bound(Left(1_000)), pytest.raises(ProviderUnavailable, match="left"):
        send(tenant, policy)
    assert meta.requests() == []  # the mapping retries the record later instead


def test_no_retry_whose_wait_would_outlast_the_invocation(meta, tenant, policy):
    meta.fail(429, count=3, retry_after=4)  # Meta says: again in 4 s; 5 s are left
    with deadline.bound(Left(5_000)), pytest.raises(ProviderUnavailable):
        send(tenant, policy)
    assert len(meta.requests()) == 1


def test_a_request_gets_at_most_what_is_left(meta, tenant):
    slow = http.CallPolicy(attempts=1, read_timeout_s=10.0)
    with deadline.bound(Left(3_000)):
        assert slow.timeout().read == pytest.approx(3.0 - deadline.FINISH_S)
    assert slow.timeout().read == 10.0  # outside a batch: the configured timeout
    assert send(tenant, slow).startswith("wamid.")
