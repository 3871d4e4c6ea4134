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
            assert panel["datasource"]["uid"] in ("${datasource}", "${traces}"), panel["title"]
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
