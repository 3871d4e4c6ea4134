"""``careflow`` — everything a developer does locally, like ``sam`` for this project."""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from careflow_local import paths  # noqa: F401  (puts the layers on sys.path)
from careflow_local.env import apply_local_env


def _prepare_lambda_runtime(errors: list[BaseException]) -> None:
    """Install Lambda's runtime pieces and build every function's bundle (the dependency layer
    above all: minutes on a fresh machine), while the services start."""
    try:
        from careflow_local.paths import ensure_cdk_path
        from careflow_local.services._lambda_runtime import ensure_lambda_runtime
        from careflow_shared.topology import FUNCTIONS

        started = time.perf_counter()
        runtime = ensure_lambda_runtime(lambda name, msg: print(f"{name:16} {msg}", flush=True))
        ensure_cdk_path()
        from careflow_cdk import bundle

        for function in FUNCTIONS:
            bundle.build(function, bundle.host_architecture())
        print(
            f"lambda-runtime   {runtime.rie.parent.name}, {runtime.python.parent.parent.name}; "
            f"{len(FUNCTIONS)} bundles built ({time.perf_counter() - started:.1f} s)",
            flush=True,
        )
    except BaseException as exc:
        errors.append(exc)


def _services(args: argparse.Namespace) -> int:
    from careflow_local import services

    only = args.only or None
    if args.action == "up":
        errors: list[BaseException] = []
        prepare = threading.Thread(target=_prepare_lambda_runtime, args=(errors,), daemon=True)
        if only is None:
            prepare.start()
        services.up(only, with_localstack=not args.no_localstack)
        if not args.no_localstack and (only is None or "localstack" in only):
            from careflow_local.cdk_local import ensure_local_stage

            outputs = ensure_local_stage()
            print(f"local CDK stage  documents bucket {outputs['documents_bucket']}")
        if only is None:
            prepare.join()
        if errors:
            raise errors[0]
    elif args.action == "down":
        services.down(only)
    services.print_status()
    return 0


def _migrate(_: argparse.Namespace) -> int:
    from careflow_local.db import run_migrations

    applied = run_migrations()
    print("applied: " + (", ".join(applied) if applied else "nothing (up to date)"))
    return 0


def _seed(_: argparse.Namespace) -> int:
    from careflow_local.db import DEMO_TENANT, seed_demo

    seed_demo()
    print(f"seeded tenant {DEMO_TENANT}")
    return 0


def _tenant(args: argparse.Namespace) -> int:
    """Show or replace a tenant's configuration (it takes effect at once, without a deploy), or
    store one of its secrets (a JSON object) in its own Secrets Manager namespace."""
    from careflow_local.db import load_tenant, put_channel_secret, upsert_tenant
    from careflow_shared.tenant_config import TENANT_SECRET_NAME, TenantConfig

    if args.action == "secret":
        if not args.name or not re.match(TENANT_SECRET_NAME, args.name) or not args.file:
            print("careflow tenant secret: needs --name [a-z0-9_-] and --file", file=sys.stderr)
            return 2
        value = json.loads(Path(args.file).read_text())
        if not isinstance(value, dict):
            print("careflow tenant secret: the file must hold a JSON object", file=sys.stderr)
            return 2
        name = put_channel_secret(args.tenant, args.name, value)
        print(f"secret {name} stored ({len(value)} keys)")  # never the values
        return 0
    if args.action == "usage":
        return _usage(args.tenant, args.day)
    if args.action == "show":
        config = load_tenant(args.tenant)
        if config is None:
            print(f"careflow tenant: no tenant {args.tenant!r}", file=sys.stderr)
            return 1
        print(config.model_dump_json(indent=2))
        return 0
    data = json.loads(Path(args.file).read_text())
    config = TenantConfig.model_validate({**data, "tenant_id": args.tenant})
    upsert_tenant(config)  # validates, stores, and drops the cached copies
    print(f"tenant {args.tenant} updated")
    return 0


def _usage(tenant_id: str, day: str | None) -> int:
    """The day's model calls, tokens, cost and fallbacks, against the tenant's budget."""
    from careflow_local.db import load_tenant
    from careflow_tenant.usage import daily_usage

    config = load_tenant(tenant_id)
    if config is None:
        print(f"careflow tenant: no tenant {tenant_id!r}", file=sys.stderr)
        return 1
    usage = daily_usage(tenant_id, day)
    agent = config.agent
    print(
        json.dumps(
            {
                **usage.model_dump(),
                "provider": agent.provider,
                "model": agent.model,
                "daily_token_budget": agent.daily_token_budget,
                "daily_cost_budget_usd": agent.daily_cost_budget_usd,
            },
            indent=2,
        )
    )
    return 0


def _token(args: argparse.Namespace) -> int:
    from careflow_local.auth import mint_token, scope_name

    try:
        scopes = [scope_name(s) for s in args.scope] if args.scope else None
    except ValueError as exc:
        print(f"careflow token: {exc}", file=sys.stderr)
        return 2
    print(mint_token(args.tenant, subject=args.subject, scopes=scopes))
    return 0


def _invoke(args: argparse.Namespace) -> int:
    """Like ``sam local invoke``: the event through the function's own container (its bundle
    under the Lambda runtime), Lambda's log lines and REPORT on stderr, the result on stdout."""
    event = json.loads(Path(args.event).read_text())
    if args.in_process:
        from careflow_local.invoke import invoke

        with contextlib.redirect_stdout(sys.stderr):
            result = invoke(args.function, event)
        print(json.dumps(result, indent=2, default=str))
        return 0
    from careflow_local.container import FunctionError
    from careflow_local.pool import Fleet
    from careflow_shared.topology import FUNCTIONS

    if args.function not in FUNCTIONS:
        raise KeyError(f"unknown function {args.function!r}; known: {', '.join(sorted(FUNCTIONS))}")
    fleet = Fleet(functions=[args.function])
    try:
        result = fleet.invoke(args.function, event)
    except FunctionError as exc:
        print(
            json.dumps(
                exc.payload or {"errorType": exc.error_type, "errorMessage": str(exc)}, indent=2
            )
        )
        return 1
    finally:
        fleet.stop()
    print(json.dumps(result, indent=2, default=str))
    return 0


def _dev(args: argparse.Namespace) -> int:
    from careflow_local.db import DEMO_TENANT
    from careflow_local.runtime import LocalRuntime

    runtime = LocalRuntime(port=args.port, watch=not args.no_watch)
    started = time.perf_counter()
    runtime.start()
    assert runtime.gateway is not None
    url = runtime.gateway.url
    watching = (
        "\n  watching      functions/, layers/, shared/: a change rebuilds and recycles at once"
        if runtime.watcher
        else ""
    )
    print(
        f"""
careflow is running locally (ready in {time.perf_counter() - started:.1f} s)
  API gateway   {url}   (routes: careflow routes)
  MSK pollers   {", ".join(runtime.mappings)}
  functions     each in its own containers: its deployed bundle under aws-lambda-rie +
                awslambdaric; logs with START/END/REPORT below{watching}
Try it:
  careflow demo                       # a conversation becomes a case with decisions
  curl {url}/health
  curl -H "Authorization: Bearer $(careflow token --tenant {DEMO_TENANT})" {url}/v1/cases
Ctrl-C stops the gateway and pollers (services keep running: careflow services down).
""",
        flush=True,
    )
    # SIGTERM (a supervisor, `kill`) stops as Ctrl-C does: the containers never outlive us.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while True:
            time.sleep(3600)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        runtime.stop()
    return 0


def _routes(_: argparse.Namespace) -> int:
    from careflow_local.paths import local_pipeline
    from careflow_shared.topology import ROUTES

    for r in ROUTES:
        scopes = f" scopes={','.join(r.scopes)}" if r.scopes else ""
        print(f"{r.route_key:52} -> {r.function:16} auth={r.auth}{scopes}")
    for m in local_pipeline().mappings():
        print(
            f"kafka {m.topic:34} -> {m.function:16} batch={m.batch_size} "
            f"window={m.maximum_batching_window_s}s retries={m.maximum_retry_attempts} "
            f"dlq={m.on_failure_topic}"
        )
    return 0


def _demo(args: argparse.Namespace) -> int:
    from careflow_local.demo import run_demo

    return run_demo(gateway_url=args.url, timeout_s=args.timeout)


def _dlq(args: argparse.Namespace) -> int:
    from careflow_local import dlq

    if args.action == "list":
        letters = dlq.list_letters(args.function)
        for letter in letters:
            print(dlq.describe(letter))
        print(f"{len(letters)} dead letter(s)")
    else:
        only = [tuple(int(x) for x in at.split(":")) for at in args.at or []]
        n = dlq.replay(args.function, only=only or None)  # type: ignore[arg-type]
        print(f"replayed {n} record(s) to their source topic")
    return 0


def _trace(args: argparse.Namespace) -> int:
    from careflow_local import trace

    try:
        traces = trace.find_traces(args.id, base_url=args.url)
    except trace.TraceNotFound as exc:
        print(f"careflow trace: {exc}", file=sys.stderr)
        return 1
    print("\n\n".join(trace.render(t) for t in traces))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="careflow", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser(
        "services",
        help="install/start/stop Postgres, Redis, Kafka, LocalStack, Jaeger, Prometheus",
    )
    s.add_argument("action", choices=["up", "down", "status"])
    s.add_argument("only", nargs="*", help="postgres redis kafka localstack (default: all)")
    s.add_argument("--no-localstack", action="store_true")
    s.set_defaults(func=_services)

    sub.add_parser("migrate", help="apply the SQL migrations").set_defaults(func=_migrate)
    sub.add_parser("seed", help="seed the demo tenant (dev only)").set_defaults(func=_seed)

    c = sub.add_parser(
        "tenant",
        help="show or set a tenant's configuration (no deploy needed), store a secret, or show "
        "the day's model usage",
    )
    c.add_argument("action", choices=["show", "set", "secret", "usage"])
    c.add_argument("--tenant", required=True)
    c.add_argument("--file", help="JSON file: the configuration (set) or the secret's object")
    c.add_argument("--name", help="the secret's name in the tenant's namespace (secret), e.g. llm")
    c.add_argument("--day", help="usage: the UTC day YYYY-MM-DD (default: today)")
    c.set_defaults(func=_tenant)

    t = sub.add_parser("token", help="print a dev JWT for a tenant")
    t.add_argument("--tenant", required=True)
    t.add_argument("--subject", default="dev-coordinator")
    t.add_argument(
        "--scope",
        action="append",
        metavar="SCOPE",
        help="grant only this scope (repeatable; e.g. cases:read or careflow/cases:read); "
        "default: every scope",
    )
    t.set_defaults(func=_token)

    i = sub.add_parser("invoke", help="run one handler on an event file (like sam local invoke)")
    i.add_argument("function")
    i.add_argument("event")
    i.add_argument(
        "--in-process",
        action="store_true",
        help="import the handler into this interpreter instead (faster, not what ships)",
    )
    i.set_defaults(func=_invoke)

    d = sub.add_parser("dev", help="run the local API gateway and MSK pollers")
    d.add_argument("--port", type=int, default=None)
    d.add_argument(
        "--no-watch", action="store_true", help="do not rebuild when functions/ or layers/ change"
    )
    d.set_defaults(func=_dev)

    sub.add_parser("routes", help="print the route and trigger table").set_defaults(func=_routes)

    m = sub.add_parser("demo", help="send a demo conversation and show the resulting case")
    m.add_argument(
        "--url",
        default=None,
        help="gateway URL (default: start one in-process unless one answers on the dev port)",
    )
    m.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for the case")
    m.set_defaults(func=_demo)

    r = sub.add_parser(
        "trace", help="print a message's trace (by event id or case id) as a waterfall, from Jaeger"
    )
    r.add_argument("id", help="the message's event id, a case id, or a trace id")
    r.add_argument("--url", default=None, help="Jaeger query URL (default: CAREFLOW_JAEGER_URL)")
    r.set_defaults(func=_trace)

    q = sub.add_parser("dlq", help="list or replay dead-lettered records")
    q.add_argument("action", choices=["list", "replay"])
    q.add_argument("function", help="create_case, run_agent or persist_result")
    q.add_argument(
        "--at",
        action="append",
        metavar="PARTITION:OFFSET",
        help="replay only the letter at this DLQ partition:offset (repeatable)",
    )
    q.set_defaults(func=_dlq)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    apply_local_env()
    try:
        result: Any = args.func(args)
    except (KeyError, FileNotFoundError, TypeError, ValueError) as exc:
        print(f"careflow {args.command}: {exc}", file=sys.stderr)
        return 2
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
