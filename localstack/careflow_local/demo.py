"""``careflow demo``: a short WhatsApp conversation goes in through the gateway, a case with the
agent's decisions comes out of the API."""

from __future__ import annotations

import json
import os
import random
import time
import urllib.error
import urllib.request
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
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
            status = resp.status
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


def run_demo(gateway_url: str | None = None, *, timeout_s: float = 90.0) -> int:
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
        print(f"(no `careflow dev` running: started an in-process gateway at {url})")
    try:
        return _converse(url, timeout_s)
    finally:
        if runtime:
            runtime.stop()


def _converse(url: str, timeout_s: float) -> int:
    secret = os.environ["DEMO_WHATSAPP_APP_SECRET"]
    wa_id = "9055" + "".join(random.choice("0123456789") for _ in range(8))  # a fake number
    token = mint_token(DEMO_TENANT)
    auth = {"Authorization": f"Bearer {token}"}
    for text in CONVERSATION:
        raw, headers = signed(whatsapp_text(wa_id=wa_id, text=text), secret)
        status, body = http("POST", f"{url}/webhooks/whatsapp/{DEMO_TENANT}", raw, headers)
        print(f"patient > {text}\n          webhook {status} {body}")
        if status != 200:
            return 1
        time.sleep(0.5)
    deadline = time.monotonic() + timeout_s
    case: dict[str, Any] | None = None
    while time.monotonic() < deadline:
        status, listing = http("GET", f"{url}/v1/cases?limit=200", headers=auth)
        for summary in listing.get("cases", []) if status == 200 else []:
            _, detail = http("GET", f"{url}/v1/cases/{summary['case_id']}", headers=auth)
            if (
                isinstance(detail, dict)
                and len(detail.get("messages", [])) >= len(CONVERSATION)
                and any(m.get("body") == CONVERSATION[0] for m in detail["messages"])
                and len(detail.get("decisions", [])) >= len(CONVERSATION)
            ):
                case = detail
                break
        if case:
            break
        time.sleep(0.5)
    if case is None:
        print("the case did not reach the API in time")
        return 1
    print(f"\ncase {case['case_id']}  stage={case['stage']}")
    for d in case["decisions"]:
        print(
            f"  decision: intent={d['intent']} lang={d['language']} urgency={d['urgency']} "
            f"action={d['action']} stage {d['previous_stage']}->{d['applied_stage'] or '-'}"
        )
        if d.get("reply"):
            print(f"  careflow > {d['reply']}")
    print(f"  decision reports in S3: {', '.join(d['report_key'] for d in case['decisions'])}")
    return 0
