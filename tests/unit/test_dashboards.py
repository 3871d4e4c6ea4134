"""The committed dashboard JSON is exactly what the generator produces, and its shape is what
Grafana / Amazon Managed Grafana need to import it anywhere (datasources as variables)."""

from __future__ import annotations

import json

import careflow_dashboards as gen


def test_committed_json_equals_the_generators_output():
    files = gen.generate()

    committed = {p.relative_to(gen.OUT_DIR) for p in gen.OUT_DIR.rglob("*.json")}
    assert committed == set(files), "run `make dashboards` and commit the result"
    for path, text in files.items():
        assert (gen.OUT_DIR / path).read_text() == text, f"{path}: run `make dashboards`"


def test_datasources_are_variables_and_every_tenant_panel_filters_by_tenant():
    for path, text in gen.generate().items():
        board = json.loads(text)
        variables = {v["name"]: v for v in board["templating"]["list"]}
        assert variables["datasource"]["query"] == "prometheus"
        assert variables["traces"]["query"] == gen.TRACE_SOURCES[path.parent.name]
        for panel in board["panels"]:
            if panel["type"] == "row":
                continue
            allowed = {"${datasource}", "${traces}"} | (
                {"${cloudwatch}"} if path.parent.name == "aws" else set()
            )
            assert panel["datasource"]["uid"] in allowed, panel["title"]
            for target in panel["targets"]:
                assert target["datasource"]["uid"] == panel["datasource"]["uid"]
        queries = gen.panel_queries(board)
        assert queries, path
        if path.name == "careflow-overview.json":
            platform = {t for t, e in queries if "$tenant" not in e}
            assert platform == gen.ALL_TENANTS_PANELS
        else:
            assert all("$function" in e for _, e in queries)


def test_panel_queries_finds_only_prometheus_targets():
    board = {
        "panels": [
            {"title": "a", "targets": [{"datasource": {"type": "prometheus"}, "expr": "up"}]},
            {"title": "t", "targets": [{"datasource": {"type": "jaeger"}, "service": "x"}]},
            {"title": "row", "type": "row"},
        ]
    }
    assert gen.panel_queries(board) == [("a", "up")]


def test_the_aws_consumer_lag_panel_reads_msk_lag_of_the_mapping_s_consumer_group():
    """On AWS nothing emits careflow_consumer_lag: the panel reads CloudWatch's AWS/Kafka lag of
    the consumer group the CDK app gives the function's mapping (what observability.py alarms)."""
    from careflow_shared.topology import KAFKA_MAPPINGS

    aws = json.loads(gen.generate()[gen.Path("aws") / "careflow-function.json"])
    local = json.loads(gen.generate()[gen.Path("local") / "careflow-function.json"])
    [panel] = [p for p in aws["panels"] if p.get("title") == "Consumer lag"]
    [target] = panel["targets"]
    assert target["datasource"] == {"type": "cloudwatch", "uid": "${cloudwatch}"}
    assert (target["namespace"], target["metricName"]) == ("AWS/Kafka", "SumOffsetLag")
    group = target["dimensions"]["Consumer Group"]
    for mapping in KAFKA_MAPPINGS:
        if not mapping.function.startswith("redrive"):
            assert group.replace("$function", mapping.function) == mapping.consumer_group_id
    assert "cloudwatch" in {v["name"] for v in aws["templating"]["list"]}
    # locally the harness's gauge, and no CloudWatch variable
    assert "Consumer lag" in {t for t, _ in gen.panel_queries(local)}
    assert "cloudwatch" not in {v["name"] for v in local["templating"]["list"]}


def test_breakers_are_selected_by_the_job_the_exporters_derive_from_the_resource():
    """job = service.namespace/service.name; the functions' resource says namespace careflow."""
    from careflow_shared.telemetry import setup

    local = json.loads(gen.generate()[gen.Path("local") / "careflow-function.json"])
    [expr] = [e for t, e in gen.panel_queries(local) if t == "Circuit breakers"]
    attrs = setup.resource("send_message").attributes
    job = f"{attrs['service.namespace']}/{attrs['service.name']}"
    assert f'job="{job}"' in expr.replace("$function", "send_message")
