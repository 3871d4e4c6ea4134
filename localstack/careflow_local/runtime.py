"""The whole local AWS around the functions: gateway + one event source mapping per trigger."""

from __future__ import annotations

import functools
import os

from careflow_local.esm import EventSourceMapping
from careflow_local.gateway import LocalGateway
from careflow_local.invoke import invoke, load_handler
from careflow_shared.topology import FUNCTIONS, KAFKA_MAPPINGS


class LocalRuntime:
    def __init__(
        self, *, port: int | None = None, with_gateway: bool = True, retry_backoff_s: float = 0.5
    ) -> None:
        bootstrap = os.environ["CAREFLOW_KAFKA_BOOTSTRAP"]
        region = os.environ.get("AWS_REGION", "eu-central-1")
        self.gateway = (
            LocalGateway(
                port=int(os.environ.get("CAREFLOW_GATEWAY_PORT", "3000")) if port is None else port
            )
            if with_gateway
            else None
        )
        self.mappings = {
            m.name: EventSourceMapping(
                m,
                functools.partial(invoke, m.function),
                bootstrap=bootstrap,
                region=region,
                retry_backoff_s=retry_backoff_s,
            )
            for m in KAFKA_MAPPINGS
        }

    def start(self, *, wait: bool = True) -> None:
        for name in FUNCTIONS:  # import every handler now: a broken one fails fast, like a deploy
            load_handler(name)
        for esm in self.mappings.values():
            esm.start()
        if self.gateway:
            self.gateway.start()
        if wait:
            for esm in self.mappings.values():
                if not esm.wait_ready(60):
                    raise RuntimeError(
                        f"event source mapping {esm.mapping.function} got no partitions"
                    )

    def stop(self) -> None:
        if self.gateway:
            self.gateway.stop()
        for esm in self.mappings.values():
            esm.stop()

    def __enter__(self) -> LocalRuntime:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
