"""careflow's Grafana dashboards, generated with grafana-foundation-sdk (never hand-edited JSON).

``python monitoring/dashboards/careflow_dashboards.py`` (``make dashboards``) writes
``monitoring/dashboards/generated/<flavour>/careflow-*.json``; a test fails when the committed
files differ from this module's output.

Two dashboards: ``careflow-overview`` (one tenant at a time, ``$tenant``) and
``careflow-function`` (one function at a time, ``$function``). Datasources are variables —
``$datasource`` (any Prometheus-compatible source: the local Prometheus, Amazon Managed Service
for Prometheus) and ``$traces`` — so the same JSON imports into a clinic's Grafana or Amazon
Managed Grafana without editing. The two flavours differ in the traces source's type —
``local`` (Jaeger), ``aws`` (the X-Ray plugin) — and in where the per-function consumer lag
comes from: locally the ESM harness's ``careflow_consumer_lag`` (Prometheus); on AWS nothing
emits that metric, so the ``aws`` flavour reads MSK's ``SumOffsetLag`` of the function's consumer
group from CloudWatch (``$cloudwatch``), the metric family ``cdk/careflow_cdk/observability.py``
alarms on (``EstimatedMaxTimeLag`` of the same consumer group).

Breakers are selected by ``job``: the collector's Prometheus exporters (Jaeger's locally, the
remote write to AMP on AWS) name a resource's job ``<service.namespace>/<service.name>``, and the
functions' resource has ``service.namespace=careflow`` — hence ``job="careflow/$function"``.

Metric names are the Prometheus names the collector's exporter produces from the telemetry
contract (README, "Telemetry"); every panel query is evaluated against real data by
``tests/integration/monitoring/test_panel_queries.py``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import dashboard, prometheus, stat, timeseries
from grafana_foundation_sdk.cog import builder as cogbuilder
from grafana_foundation_sdk.cog import variants as cogvariants
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import dashboard as model

OUT_DIR = Path(__file__).resolve().parent / "generated"
#: Flavour -> the Grafana plugin id of its traces datasource.
TRACE_SOURCES = {"local": "jaeger", "aws": "grafana-x-ray-datasource"}
#: The job label of a function's metrics (``service.namespace/service.name``, see above).
FUNCTION_JOB = 'job="careflow/$function"'
#: The MSK consumer group of a function's mapping (``topology.KafkaMapping.consumer_group_id``).
CONSUMER_GROUP = "careflow-$function"
CLOUDWATCH_UID = "${cloudwatch}"

PROM = model.DataSourceRef(type_val="prometheus", uid="${datasource}")
TRACES_UID = "${traces}"
TENANT = 'tenant="$tenant"'
RATE = "$__rate_interval"
RANGE = "$__range"
#: Overview panels that show every tenant on purpose (Kafka records carry no tenant label); every
#: other overview panel must filter by ``$tenant`` (tests/integration/monitoring checks it).
ALL_TENANTS_PANELS = frozenset({"Dead letters and retries (all tenants)"})


def _hist(metric: str, q: float, selector: str, by: str = "") -> str:
    """The ``q`` quantile of a latency histogram, aggregated over instances (Lambda containers)."""
    labels = ", ".join(["le", *filter(None, [by])])
    return (
        f"histogram_quantile({q}, sum by ({labels}) (rate({metric}_bucket{{{selector}}}[{RATE}])))"
    )


@dataclass(frozen=True)
class Query:
    expr: str
    legend: str


def _percentiles(metric: str, selector: str, by: str = "") -> list[Query]:
    """p50, p95 and p99 of a latency histogram, one query each (legend per ``by`` label)."""
    suffix = f" {{{{{by}}}}}" if by else ""
    return [
        Query(_hist(metric, q, selector, by), f"p{p}{suffix}")
        for q, p in ((0.5, 50), (0.95, 95), (0.99, 99))
    ]


def _target(query: Query, ref: str) -> prometheus.Dataquery:
    return (
        prometheus.Dataquery()
        .expr(query.expr)
        .legend_format(query.legend)
        .ref_id(ref)
        .datasource(PROM)
        .range()
    )


def _timeseries(title: str, desc: str, unit: str, *queries: Query) -> timeseries.Panel:
    panel = (
        timeseries.Panel()
        .title(title)
        .description(desc)
        .datasource(PROM)
        .unit(unit)
        .height(8)
        .span(12)
        .fill_opacity(10)
    )
    for i, query in enumerate(queries):
        panel = panel.with_target(_target(query, chr(ord("A") + i)))
    return panel


def _stat(title: str, desc: str, unit: str, query: Query) -> stat.Panel:
    return (
        stat.Panel()
        .title(title)
        .description(desc)
        .datasource(PROM)
        .unit(unit)
        .height(4)
        .span(6)
        .with_target(_target(query, "A"))
    )


class _TraceSearch(cogbuilder.Builder[cogvariants.Dataquery]):
    """A traces-datasource query (the SDK has no Jaeger/X-Ray builder): recent traces of one
    service, for the per-function dashboard's trace list."""

    def __init__(self, plugin: str, service: str) -> None:
        self._plugin = plugin
        self._service = service

    def build(self) -> cogvariants.Dataquery:
        return _RawQuery(self._plugin, self._service)


class _RawQuery(cogvariants.Dataquery):
    def __init__(self, plugin: str, service: str) -> None:
        self.plugin = plugin
        self.service = service

    def to_json(self) -> dict[str, object]:
        ref = {"type": self.plugin, "uid": TRACES_UID}
        if self.plugin == "jaeger":
            return {"refId": "A", "datasource": ref, "queryType": "search",
                    "service": self.service, "limit": 20}  # fmt: skip
        return {"refId": "A", "datasource": ref, "queryType": "getTraceSummaries",
                "query": f'service("{self.service}")'}  # fmt: skip


class _CloudWatchLag(cogbuilder.Builder[cogvariants.Dataquery]):
    """MSK's ``SumOffsetLag`` of ``$function``'s consumer group per topic, from CloudWatch (the
    ``aws`` flavour's consumer lag; the SDK has no CloudWatch query builder)."""

    def build(self) -> cogvariants.Dataquery:
        return _CloudWatchQuery()


class _CloudWatchQuery(cogvariants.Dataquery):
    def to_json(self) -> dict[str, object]:
        return {
            "refId": "A",
            "datasource": {"type": "cloudwatch", "uid": CLOUDWATCH_UID},
            "queryMode": "Metrics",
            "metricQueryType": 0,
            "metricEditorMode": 0,
            "region": "default",
            "namespace": "AWS/Kafka",
            "metricName": "SumOffsetLag",
            "dimensions": {"Consumer Group": CONSUMER_GROUP, "Topic": "*", "Cluster Name": "*"},
            "matchExact": False,
            "statistic": "Maximum",
            "period": "",
            "id": "",
            "expression": "",
            "label": "${PROP('Dim.Topic')}",
        }


def _variables(
    plugin: str, *, cloudwatch: bool = False
) -> list[cogbuilder.Builder[model.VariableModel]]:
    found: list[cogbuilder.Builder[model.VariableModel]] = [
        dashboard.DatasourceVariable("datasource").label("Metrics").type("prometheus"),
        dashboard.DatasourceVariable("traces").label("Traces").type(plugin),
    ]
    if cloudwatch:
        found.append(
            dashboard.DatasourceVariable("cloudwatch").label("CloudWatch").type("cloudwatch")
        )
    return found


def _base(
    uid: str, title: str, desc: str, plugin: str, *, cloudwatch: bool = False
) -> dashboard.Dashboard:
    board = (
        dashboard.Dashboard(title)
        .uid(uid)
        .description(desc)
        .tags(["careflow"])
        .time("now-6h", "now")
        .refresh("30s")
        .timezone("utc")
        .tooltip(model.DashboardCursorSync.CROSSHAIR)
    )
    for variable in _variables(plugin, cloudwatch=cloudwatch):
        board = board.with_variable(variable)
    return board


def overview(plugin: str) -> dashboard.Dashboard:
    """One tenant's message flow, latency, decisions, replies, model use — plus the platform's
    dead letters and consumer lag, which carry no tenant (a record's tenant is in its body)."""
    tenant_var = (
        dashboard.QueryVariable("tenant")
        .label("Tenant")
        .datasource(PROM)
        .query("label_values(careflow_webhooks_total, tenant)")
        .refresh(model.VariableRefresh.ON_TIME_RANGE_CHANGED)
        .sort(model.VariableSort.ALPHABETICAL_ASC)
    )
    board = _base(
        "careflow-overview",
        "careflow — tenant overview",
        "Patient messages of one tenant from webhook to reply (select $tenant).",
        plugin,
    ).with_variable(tenant_var)
    board = (
        board.with_row(dashboard.Row("Message flow"))
        .with_panel(
            _timeseries(
                "Webhooks by outcome",
                "Webhooks received per second: accepted, duplicate, rate-limited, rejected "
                "(with the reason).",
                "reqps",
                Query(
                    f"sum by (outcome, reason) (rate(careflow_webhooks_total{{{TENANT}}}[{RATE}]))",
                    "{{outcome}} {{reason}}",
                ),
            )
        )
        .with_panel(
            _timeseries(
                "Cases entering each stage",
                "Stage changes per stage in the range (creation enters 'enquiry').",
                "short",
                Query(
                    f"sum by (stage) (increase(careflow_cases_stage_changes_total{{{TENANT}}}"
                    f"[{RATE}]))",
                    "{{stage}}",
                ),
            )
        )
        .with_row(dashboard.Row("Latency"))
        .with_panel(
            _timeseries(
                "Webhook → decision",
                "Time from the webhook to the agent's decision: p50, p95, p99.",
                "s",
                *_percentiles("careflow_webhook_to_decision_seconds", TENANT),
            )
        )
        .with_panel(
            _timeseries(
                "Webhook → reply",
                "Time from the webhook to the reply sent, per channel: p50, p95, p99.",
                "s",
                *_percentiles("careflow_webhook_to_reply_seconds", TENANT, "channel"),
            )
        )
        .with_row(dashboard.Row("Decisions and escalations"))
        .with_panel(
            _timeseries(
                "Decisions",
                "Agent decisions by intent, action and urgency.",
                "short",
                Query(
                    f"sum by (intent, action, urgency) "
                    f"(increase(careflow_decisions_total{{{TENANT}}}[{RATE}]))",
                    "{{intent}} → {{action}} ({{urgency}})",
                ),
            )
        )
        .with_panel(
            _stat(
                "Escalations",
                "Messages escalated to a human in the range, by urgency.",
                "short",
                Query(
                    f"sum by (urgency) (increase(careflow_escalations_total{{{TENANT}}}[{RANGE}]))",
                    "{{urgency}}",
                ),
            )
        )
        .with_panel(
            _stat(
                "Replies awaiting approval",
                "Drafted replies held for a coordinator's approval in the range.",
                "short",
                Query(
                    f"sum(increase(careflow_replies_awaiting_approval_total{{{TENANT}}}[{RANGE}]))",
                    "awaiting approval",
                ),
            )
        )
        .with_row(dashboard.Row("Replies and failures"))
        .with_panel(
            _timeseries(
                "Outbound messages",
                "Replies sent and failed per channel (per second).",
                "reqps",
                Query(
                    f"sum by (channel, outcome) (rate(careflow_outbound_total{{{TENANT}}}[{RATE}]))",
                    "{{channel}} {{outcome}}",
                ),
            )
        )
        .with_panel(
            _timeseries(
                "Dead letters and retries (all tenants)",
                "Records dead-lettered or retried per function; records carry no tenant label. "
                "Inspect with `careflow dlq list <function>`.",
                "short",
                Query(
                    'sum by (function, outcome) (increase(careflow_records_total{outcome=~"'
                    f'dead_lettered|retried"}}[{RATE}]))',
                    "{{function}} {{outcome}}",
                ),
            )
        )
        .with_row(dashboard.Row("Model"))
        .with_panel(
            _timeseries(
                "Model latency p95",
                "95th percentile of model call time per provider and model.",
                "s",
                Query(
                    _hist("careflow_model_duration_seconds", 0.95, TENANT, "provider, model"),
                    "{{provider}} {{model}}",
                ),
            )
        )
        .with_panel(
            _timeseries(
                "Model tokens",
                "Tokens per second by provider, model and direction (input, output).",
                "short",
                Query(
                    f"sum by (provider, model, direction) "
                    f"(rate(careflow_model_tokens_total{{{TENANT}}}[{RATE}]))",
                    "{{provider}} {{model}} {{direction}}",
                ),
            )
        )
        .with_panel(
            _timeseries(
                "Model calls by outcome",
                "Model calls per second: ok, error, fallback.",
                "reqps",
                Query(
                    f"sum by (provider, outcome) "
                    f"(rate(careflow_model_duration_seconds_count{{{TENANT}}}[{RATE}]))",
                    "{{provider}} {{outcome}}",
                ),
            )
        )
    )
    return board


def _consumer_lag(fn: str, on_aws: bool) -> timeseries.Panel:
    """Locally the harness's gauge; on AWS MSK's consumer-group lag in CloudWatch."""
    if not on_aws:
        return _timeseries(
            "Consumer lag",
            "Records waiting in the function's topics (the local event source mapping's gauge).",
            "short",
            Query(f"max by (topic) (careflow_consumer_lag{{{fn}}})", "{{topic}}"),
        )
    return (
        timeseries.Panel()
        .title("Consumer lag")
        .description(
            "Records waiting in the function's topics: MSK's SumOffsetLag of the consumer group "
            f"{CONSUMER_GROUP} (CloudWatch)."
        )
        .datasource(model.DataSourceRef(type_val="cloudwatch", uid=CLOUDWATCH_UID))
        .unit("short")
        .height(8)
        .span(12)
        .fill_opacity(10)
        .with_target(_CloudWatchLag())
    )


def per_function(plugin: str) -> dashboard.Dashboard:
    """One function: its records, handler time, consumer lag, span RED metrics, breakers, and
    recent traces."""
    on_aws = plugin == TRACE_SOURCES["aws"]
    fn = 'function="$function"'
    svc = 'service_name="$function"'
    function_var = (
        dashboard.QueryVariable("function")
        .label("Function")
        .datasource(PROM)
        .query("label_values(careflow_handler_duration_seconds_count, function)")
        .refresh(model.VariableRefresh.ON_TIME_RANGE_CHANGED)
        .sort(model.VariableSort.ALPHABETICAL_ASC)
    )
    trace_panel = (
        dashboard.Panel()
        .type("table")
        .title("Recent traces")
        .description("The function's latest traces from the traces datasource.")
        .datasource(model.DataSourceRef(type_val=plugin, uid=TRACES_UID))
        .height(10)
        .span(24)
        .with_target(_TraceSearch(plugin, "$function"))
    )
    return (
        _base(
            "careflow-function",
            "careflow — function",
            "One Lambda function's processing, latency, lag and traces (select $function).",
            plugin,
            cloudwatch=on_aws,
        )
        .with_variable(function_var)
        .with_row(dashboard.Row("Records"))
        .with_panel(
            _timeseries(
                "Records by outcome",
                "Kafka records processed, retried and dead-lettered per second.",
                "reqps",
                Query(
                    f"sum by (topic, outcome) (rate(careflow_records_total{{{fn}}}[{RATE}]))",
                    "{{topic}} {{outcome}}",
                ),
            )
        )
        .with_panel(_consumer_lag(fn, on_aws))
        .with_row(dashboard.Row("Time"))
        .with_panel(
            _timeseries(
                "Handler duration",
                "Handler time per invocation: p50, p95, p99.",
                "s",
                *_percentiles("careflow_handler_duration_seconds", fn),
            )
        )
        .with_panel(
            _timeseries(
                "Invocations",
                "Handler invocations per second.",
                "reqps",
                Query(
                    f"sum(rate(careflow_handler_duration_seconds_count{{{fn}}}[{RATE}]))",
                    "invocations",
                ),
            )
        )
        .with_row(dashboard.Row("Spans (RED, from spanmetrics)"))
        .with_panel(
            _timeseries(
                "Span rate and errors",
                "Spans per second per span name and status (the collector's spanmetrics).",
                "reqps",
                Query(
                    f"sum by (span_name, status_code) "
                    f"(rate(traces_span_metrics_calls_total{{{svc}}}[{RATE}]))",
                    "{{span_name}} {{status_code}}",
                ),
            )
        )
        .with_panel(
            _timeseries(
                "Span p95",
                "95th percentile duration per span name.",
                "s",
                Query(
                    _hist("traces_span_metrics_duration_seconds", 0.95, svc, "span_name"),
                    "{{span_name}}",
                ),
            )
        )
        .with_row(dashboard.Row("Dependencies"))
        .with_panel(
            _timeseries(
                "Circuit breakers",
                "Breaker state per dependency: 0 closed, 1 half-open, 2 open.",
                "short",
                Query(
                    f"max by (dependency) (careflow_breaker_state{{{FUNCTION_JOB}}})",
                    "{{dependency}}",
                ),
            )
        )
        .with_panel(trace_panel)
    )


def render(board: dashboard.Dashboard) -> str:
    """The dashboard's JSON exactly as committed (sorted keys, 2-space indent, final newline)."""
    return json.dumps(board.build(), cls=JSONEncoder, sort_keys=True, indent=2) + "\n"


def generate() -> dict[Path, str]:
    """Relative path -> JSON text of every dashboard in every flavour."""
    files: dict[Path, str] = {}
    for flavour, plugin in TRACE_SOURCES.items():
        files[Path(flavour) / "careflow-overview.json"] = render(overview(plugin))
        files[Path(flavour) / "careflow-function.json"] = render(per_function(plugin))
    return files


def panel_queries(board: dict[str, Any]) -> list[tuple[str, str]]:
    """``(panel title, PromQL)`` of every Prometheus target in a dashboard's JSON."""
    found = []
    for panel in board.get("panels", []):
        for target in panel.get("targets", []):
            if target.get("datasource", {}).get("type") == "prometheus":
                found.append((panel["title"], target["expr"]))
    return found


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT_DIR
    for path, text in generate().items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text)
        print(out / path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
