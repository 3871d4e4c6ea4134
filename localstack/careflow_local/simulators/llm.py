"""An OpenAI-compatible chat-completions server we own, for what real model latency does to careflow.

Every figure taken with the ``rules`` provider hides the 1-5 s a hosted model takes per call. This
simulator answers ``POST …/chat/completions`` in the shape the ``openai_compat`` provider reads
(``choices[0].message.content`` holding the assessment JSON, ``usage`` with token counts), so
the real provider code, its timeouts and its fallback run against real HTTP:

* **deterministic content** derived from the request: the patient text between ``<message>``
  tags is scanned for a few words per intent (price, flight, appointment …) and the answer is
  always the same for the same request; ``/_sim/script`` replaces the next answers verbatim
  (e.g. prose without JSON, to exercise ``invalid_output``);
* **latency** per request: ``POST /_sim/latency`` ``{"fixed_s": 1.5}``, or a distribution
  ``{"min_s": 1, "max_s": 2}`` (uniform) or ``{"median_s": 1.5, "sigma": 0.4}`` (log-normal),
  with an optional ``seed``; a request's ``x-sim-latency-s`` header overrides it;
* **faults**: the shared ``/_sim/fail`` (``{"status": 429, "retry_after": "2"}``, 5xx,
  ``hang_s``, ``"malformed": true`` for a 200 whose body is not JSON) for the next N requests,
  and ``POST /_sim/faults`` ``{"error_rate": 0.1, "hang_rate": 0.05, "hang_s": 30,
  "statuses": [429, 500, 503], "seed": 7}`` for a steady random share of them;
* ``GET /_sim/requests`` records what it received (the shared recorder), ``GET /_sim/state``
  counts calls and tokens.

Run: ``python -m careflow_local.simulators.llm --port 18083``; the provider's endpoint is
``http://127.0.0.1:18083/v1``.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import threading
from dataclasses import dataclass
from typing import Any

from careflow_local.simulators._server import (
    RemoteSimulator,
    Request,
    Response,
    Simulator,
    connect,
    error,
    main,
    start_app,
)

DEFAULT_PORT = 18083

__all__ = ["DEFAULT_PORT", "LLMApp", "RemoteSimulator", "Simulator", "connect", "start"]

_MESSAGE = re.compile(r"<message>\s*(.*?)\s*</message>", re.DOTALL)
# A handful of words per intent, enough for a plausible, repeatable answer; quality is not the
# point of a latency simulator.
_INTENT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("price_quote", ("price", "cost", "how much", "fiyat", "preis", "prix", "сколько", "سعر")),
    ("travel", ("flight", "hotel", "airport", "visa", "transfer", "uçuş", "flug", "vol")),
    ("appointment", ("appointment", "date", "book", "randevu", "termin", "rendez")),
    ("documents", ("form", "document", "report", "x-ray", "belge", "unterlagen")),
    ("payment", ("pay", "deposit", "iban", "card", "ödeme", "zahlung", "paiement")),
    ("post_op_concern", ("pain", "swelling", "bleeding", "fever", "wound", "agri", "schmerz")),
)


@dataclass
class _Latency:
    fixed_s: float = 0.0
    min_s: float | None = None
    max_s: float | None = None
    median_s: float | None = None
    sigma: float = 0.0

    def draw(self, rng: random.Random) -> float:
        if self.median_s is not None:
            return max(0.0, self.median_s * math.exp(rng.gauss(0.0, self.sigma)))
        if self.min_s is not None and self.max_s is not None:
            return rng.uniform(self.min_s, self.max_s)
        return self.fixed_s


@dataclass
class _Faults:
    error_rate: float = 0.0
    hang_rate: float = 0.0
    hang_s: float = 30.0
    statuses: tuple[int, ...] = (429, 500, 503)
    retry_after: str = "1"


def _intent_of(text: str) -> str:
    folded = text.casefold()
    for intent, words in _INTENT_WORDS:
        if any(word in folded for word in words):
            return intent
    return "other"


def _tokens(text: str) -> int:
    """A rough token count (≈ 4 characters a token), the order of magnitude a bill shows."""
    return max(1, math.ceil(len(text) / 4))


class LLMApp:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self.reset()

    # --- provider API -------------------------------------------------------------------------

    def handle(self, request: Request, base_url: str) -> Response:
        if request.method != "POST" or not request.path.endswith("/chat/completions"):
            return _openai_error(404, "not_found", f"unknown path {request.path}")
        if not request.bearer():
            return _openai_error(401, "invalid_api_key", "missing bearer token")
        body = request.json
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list) or not all(
            isinstance(m, dict) and isinstance(m.get("content"), str) for m in messages
        ):
            return _openai_error(400, "invalid_request_error", "messages must be a list")
        model = str(body.get("model") or "sim-default")
        prompt = "\n".join(m["content"] for m in messages)
        delay, fault = self._plan(request)
        if fault == "hang":
            self._wake.wait(self._faults.hang_s)
        elif delay > 0:
            self._wake.wait(delay)
        if fault is not None and fault != "hang":
            response = _openai_error(int(fault), "simulated", "simulated failure")
            if fault == "429":
                response.headers["Retry-After"] = self._faults.retry_after
            return response
        content = self._content(prompt)
        prompt_tokens, completion_tokens = _tokens(prompt), _tokens(content)
        with self._lock:
            self.calls += 1
            self.prompt_tokens += prompt_tokens
            self.completion_tokens += completion_tokens
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        return Response(
            200,
            {
                "id": f"chatcmpl-{digest[:24]}",
                "object": "chat.completion",
                "created": 0,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            },
        )

    def _plan(self, request: Request) -> tuple[float, str | None]:
        """This request's delay and its random fault (``None``, ``"hang"`` or a status)."""
        with self._lock:
            header = request.header("x-sim-latency-s")
            try:
                delay = float(header) if header is not None else self._latency.draw(self._rng)
            except ValueError:
                delay = self._latency.draw(self._rng)
            roll = self._rng.random()
            faults = self._faults
            if roll < faults.hang_rate:
                return delay, "hang"
            if roll < faults.hang_rate + faults.error_rate:
                return delay, str(self._rng.choice(faults.statuses))
            return delay, None

    def _content(self, prompt: str) -> str:
        with self._lock:
            if self._script:
                return self._script.pop(0)
        found = _MESSAGE.search(prompt)
        text = found.group(1) if found else prompt
        intent = _intent_of(text)
        reference = hashlib.sha256(text.encode()).hexdigest()[:8]
        return json.dumps(
            {
                "intent": intent,
                "urgency": "routine",
                "reply": f"Thank you for your message (ref {reference}); a coordinator will follow up.",
                "proposed_stage": None,
            }
        )

    # --- control ------------------------------------------------------------------------------

    def control(self, request: Request) -> Response | None:
        spec = request.json if isinstance(request.json, dict) else {}
        if request.method != "POST":
            return None
        if request.path == "/_sim/latency":
            with self._lock:
                self._latency = _Latency(
                    fixed_s=float(spec.get("fixed_s", 0.0)),
                    min_s=_opt_float(spec.get("min_s")),
                    max_s=_opt_float(spec.get("max_s")),
                    median_s=_opt_float(spec.get("median_s")),
                    sigma=float(spec.get("sigma", 0.0)),
                )
                if "seed" in spec:
                    self._rng = random.Random(spec["seed"])
            return Response(200, {"latency": vars(self._latency)})
        if request.path == "/_sim/faults":
            with self._lock:
                self._faults = _Faults(
                    error_rate=float(spec.get("error_rate", 0.0)),
                    hang_rate=float(spec.get("hang_rate", 0.0)),
                    hang_s=float(spec.get("hang_s", 30.0)),
                    statuses=tuple(int(s) for s in spec.get("statuses", (429, 500, 503))),
                    retry_after=str(spec.get("retry_after", "1")),
                )
                if "seed" in spec:
                    self._rng = random.Random(spec["seed"])
            return Response(200, {"faults": vars(self._faults)})
        if request.path == "/_sim/script":
            contents = spec.get("contents")
            if not isinstance(contents, list) or not all(isinstance(c, str) for c in contents):
                return error(400, "bad_request", "contents must be a list of strings")
            with self._lock:
                self._script.extend(contents)
            return Response(200, {"scripted": len(self._script)})
        return None

    def state(self) -> dict[str, Any]:
        with self._lock:
            return {
                "calls": self.calls,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "latency": vars(self._latency),
                "faults": {**vars(self._faults), "statuses": list(self._faults.statuses)},
            }

    def reset(self) -> None:
        with self._lock:
            self._wake.set()  # release requests still hanging from before the reset
            self._wake = threading.Event()
            self._latency = _Latency()
            self._faults = _Faults()
            self._script: list[str] = []
            self._rng = random.Random(0)
            self.calls = 0
            self.prompt_tokens = 0
            self.completion_tokens = 0


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _openai_error(status: int, code: str, message: str) -> Response:
    """OpenAI's error body: ``{"error": {"message", "type", "param", "code"}}``."""
    kind = "invalid_request_error" if status < 500 else "server_error"
    return Response(
        status, {"error": {"message": message, "type": kind, "param": None, "code": code}}
    )


def start(port: int = 0) -> Simulator:
    """An in-process simulator on ``port`` (0 = a free one); ``.stop()`` it when done."""
    return start_app(LLMApp(), port)


if __name__ == "__main__":
    raise SystemExit(main("llm", LLMApp(), DEFAULT_PORT))
