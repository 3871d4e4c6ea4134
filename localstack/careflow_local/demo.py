"""``careflow demo``: the whole loop, through the local API Gateway as a real client would drive it.

1. a patient writes three WhatsApp messages (signed as Meta signs them);
2. the case appears in the API with the agents' decisions; a price quote waits for approval;
3. the coordinator approves it; the reply goes out to the provider (our Meta simulator);
4. staff book the patient; the appointment appears in Doktor365 (our simulator).
"""

from __future__ import annotations

import json
import os
import random
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from careflow_local.auth import mint_token
from careflow_local.db import DEMO_TENANT
from careflow_local.samples import signed, whatsapp_text

CONVERSATION = [
    "Hello, I am interested in a hair transplant at your clinic.",
    "How much does it cost? I would like a price quote.",
    "I could travel in March, what about the hotel and airport transfer?",
]


def http(
    method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=15) as resp:
            raw, status = resp.read(), resp.status
    except urllib.error.HTTPError as err:
        raw, status = err.read(), err.code
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")


def _reachable(url: str) -> bool:
    try:
        return http("GET", f"{url}/health")[0] == 200
    except OSError:
        return False


def _wait(what: str, check: Callable[[], Any], timeout_s: float) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise TimeoutError(f"{what} did not happen within {timeout_s:.0f} s")


def run_demo(gateway_url: str | None = None, *, timeout_s: float = 90.0) -> int:
    from careflow_local.db import seed_demo

    # Idempotent, and needed after every `careflow services down`: LocalStack keeps no state, so
    # the demo tenant's secrets (WhatsApp, Doktor365, escalation) are gone until seeded again.
    seed_demo()
    runtime = None
    url = gateway_url or f"http://127.0.0.1:{os.environ.get('CAREFLOW_GATEWAY_PORT', '3000')}"
    if not _reachable(url):
        if gateway_url:
            print(f"no gateway answers at {url}")
            return 1
        from careflow_local.runtime import LocalRuntime

        runtime = LocalRuntime(port=0)
        runtime.start()
        assert runtime.gateway is not None
        url = runtime.gateway.url
        print(
            f"(no `careflow dev` running: started a gateway at {url}, the functions in their "
            "Lambda containers)"
        )
    try:
        return Demo(url, timeout_s).run()
    except TimeoutError as exc:
        print(f"demo failed: {exc}")
        return 1
    finally:
        if runtime:
            runtime.stop()


REDELIVERY_PAUSES_S = (2.0, 5.0, 10.0, 10.0)
"""The pause before each redelivery of a webhook answered 5xx, as Meta does (compressed):
together longer than the 10 s for which a timed-out attempt's claim keeps answering 503. The
e2e tests' client redelivers on the same schedule."""


class Demo:
    def __init__(self, url: str, timeout_s: float) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self.wa_id = "9055" + "".join(random.choice("0123456789") for _ in range(8))
        # the API shows no phone numbers: the patient's (fake) name tells this run's case apart
        self.name = f"Demo Patient {self.wa_id[-4:]}"
        self.auth = {"Authorization": f"Bearer {mint_token(DEMO_TENANT)}"}

    def api(self, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
        headers = dict(self.auth)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        return http(method, f"{self.url}{path}", data, headers)

    def run(self) -> int:
        secret = os.environ["DEMO_WHATSAPP_APP_SECRET"]
        print("1. the patient writes on WhatsApp")
        for text in CONVERSATION:
            raw, headers = signed(
                whatsapp_text(wa_id=self.wa_id, text=text, name=self.name), secret
            )
            url = f"{self.url}/webhooks/whatsapp/{DEMO_TENANT}"
            status, body = http("POST", url, raw, headers)
            print(f"   patient > {text}\n             webhook {status} {body}")
            for pause in REDELIVERY_PAUSES_S:
                if status < 500:
                    break
                # Meta delivers a webhook again when it was answered 5xx (e.g. a cold container
                # timed out), later each time; the same message id makes the redelivery
                # harmless. A timed-out attempt's claim answers 503 until it expires (10 s).
                time.sleep(pause)
                status, body = http("POST", url, raw, headers)
                print(
                    f"             webhook redelivered (as Meta does after a 5xx): {status} {body}"
                )
            if status != 200:
                return 1
            time.sleep(1.0)  # one message after the other, as a person types
        case = _wait(
            "the case with three decisions", lambda: self.case(decisions=3), self.timeout_s
        )
        print(f"\n2. case {case['case_id']}  stage={case['stage']}")
        self.show_decisions(case)

        print("\n3. the coordinator approves the price quote")
        status, body = self.api(
            "POST", f"/v1/cases/{case['case_id']}/approvals", {"decision": "approve"}
        )
        print(f"   POST /approvals -> {status} {body}")
        case = _wait("the replies to go out", lambda: self.sent(case["case_id"]), self.timeout_s)
        for out in case["outbound"]:
            print(f"   outbound {out['kind']:<10} {out['status']:<17} {out['body'][:70]}")

        print("\n4. staff book the consultation; Doktor365 follows")
        path = ["enquiry", "qualifying", "pre_op", "quoted", "booked"]
        _, current = self.api("GET", f"/v1/cases/{case['case_id']}")
        remaining = path[path.index(current["stage"]) + 1 :] if current["stage"] in path else []
        for stage in remaining:
            extra = {"consultation_at": "2026-12-01T09:00:00Z"} if stage == "booked" else {}
            status, body = self.api(
                "POST", f"/v1/cases/{case['case_id']}/stage", {"stage": stage, **extra}
            )
            print(f"   stage -> {stage}: {status}")
        appointment = _wait("the Doktor365 appointment", self.appointment, self.timeout_s)
        print(
            f"   Doktor365 appointment {appointment['id']} ({appointment['kind']}, "
            f"{appointment['status']}) for case {case['case_id']}"
        )
        print(f"\nS3 reports: {', '.join(d['report_key'] for d in case['decisions'][:1])} ...")
        return 0

    def case(self, *, decisions: int) -> dict[str, Any] | None:
        status, listing = self.api("GET", "/v1/cases?limit=200")
        for summary in listing.get("cases", []) if status == 200 else []:
            if summary.get("patient_name") != self.name:
                continue
            _, detail = self.api("GET", f"/v1/cases/{summary['case_id']}")
            messages = detail.get("messages", []) if isinstance(detail, dict) else []
            if len(messages) >= len(CONVERSATION) and len(detail["decisions"]) >= decisions:
                return detail
        return None

    def sent(self, case_id: str) -> dict[str, Any] | None:
        _, case = self.api("GET", f"/v1/cases/{case_id}")
        outbound = case.get("outbound", [])
        pending = [o for o in outbound if o["status"] in ("queued", "sending")]
        return case if outbound and not pending and len(case["decisions"]) >= 4 else None

    def appointment(self) -> dict[str, Any] | None:
        from careflow_local.simulators._server import connect

        state = connect(os.environ["CAREFLOW_DOKTOR365_URL"]).state()
        account = state["accounts"].get(f"d365-{DEMO_TENANT}") or {}
        return (account.get("appointments") or [None])[-1]

    @staticmethod
    def show_decisions(case: dict[str, Any]) -> None:
        for d in case["decisions"]:
            print(
                f"   decision: intent={d['intent']} lang={d['language']} urgency={d['urgency']} "
                f"action={d['action']} stage {d['previous_stage']}->{d['applied_stage'] or '-'}"
            )
            if d.get("reply"):
                print(f"   careflow > {d['reply'][:150]}")
