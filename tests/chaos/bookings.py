"""Staff booking a share of the stream's cases through the API while Doktor365 is down.

``booked`` is the stage sync_clinic turns into a Doktor365 appointment, so a booking made during
the outage makes sync_clinic call the stopped simulator and retry until it is back. Each chosen
message's case is walked ``enquiry → qualifying → pre_op → quoted → booked`` through
``POST /v1/cases/{id}/stage`` (the path staff take); an agent may have moved it meanwhile, so a
409 re-reads the stage and goes on from there.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field

import httpx

from careflow_local.auth import mint_token

PATH = ("enquiry", "qualifying", "pre_op", "quoted", "booked")


def _case_of(tenant_id: str, provider_message_id: str) -> str | None:
    from careflow_rds.tenancy import tenant_transaction

    with tenant_transaction(tenant_id) as cur:
        cur.execute(
            "SELECT case_id FROM messages WHERE direction = 'inbound' AND provider_message_id = %s",
            (provider_message_id,),
        )
        row = cur.fetchone()
    return str(row["case_id"]) if row and row["case_id"] else None


@dataclass
class Booker:
    """Books the cases of ``indices`` (positions in the stream) once ``go`` is set."""

    base_url: str
    tenant_id: str
    message_ids: list[str]
    indices: list[int]
    go: threading.Event = field(default_factory=threading.Event)
    outage_over: threading.Event = field(default_factory=threading.Event)
    booked: dict[str, bool] = field(default_factory=dict)  # case id -> booked during the outage
    errors: list[str] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)

    def start(self, timeout_s: float) -> threading.Thread:
        thread = threading.Thread(target=self._run, args=(timeout_s,), daemon=True)
        thread.start()
        return thread

    def _run(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        token = mint_token(self.tenant_id)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        try:
            self.go.wait(timeout_s)
            with httpx.Client(base_url=self.base_url, headers=headers, timeout=15) as client:
                for index in self.indices:
                    case_id = self._wait_for_case(index, deadline)
                    if case_id is None:
                        self.errors.append(f"message {index}: no case before the deadline")
                        continue
                    self._book(client, case_id, deadline)
        except Exception as exc:  # reported by the test, never swallowed silently
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            self.done.set()

    def _wait_for_case(self, index: int, deadline: float) -> str | None:
        while time.monotonic() < deadline:
            if index < len(self.message_ids):
                case_id = _case_of(self.tenant_id, self.message_ids[index])
                if case_id:
                    return case_id
            time.sleep(0.5)
        return None

    def _stage(self, client: httpx.Client, case_id: str) -> str:
        response = client.get(f"/v1/cases/{case_id}")
        response.raise_for_status()
        return str(response.json()["stage"])

    def _book(self, client: httpx.Client, case_id: str, deadline: float) -> None:
        while time.monotonic() < deadline:
            stage = self._stage(client, case_id)
            if stage == "booked":
                return
            if stage not in PATH:
                self.errors.append(f"case {case_id} left the booking path: {stage}")
                return
            target = PATH[PATH.index(stage) + 1]
            body: dict[str, str] = {"stage": target}
            if target == "booked":
                body["consultation_at"] = "2026-12-15T09:00:00Z"
            during_outage = not self.outage_over.is_set()
            response = client.post(
                f"/v1/cases/{case_id}/stage",
                content=json.dumps(body),
                headers={"Idempotency-Key": f"chaos-{case_id}-{target}"},
            )
            if response.status_code == 200 and target == "booked":
                self.booked[case_id] = during_outage
                return
            if response.status_code not in (200, 409):  # 409: an agent moved it first
                time.sleep(1)
        self.errors.append(f"case {case_id}: not booked before the deadline")
