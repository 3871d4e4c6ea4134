"""The phrase tables prepared at build time are the tables the rules would prepare themselves.

``careflow_agents.phrase_cache`` moves the folding, anchoring and transliteration of every rule
pattern from run_agent's first message to the layer build; these tests hold that it changes no
table, that a table whose patterns changed is prepared again, that a bad file is ignored, and
that the built run_agent layer ships the file and serves every table from it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careflow_agents import phrase_cache, security, triage
from careflow_agents.text import PhraseTables


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A file built by a fresh interpreter, as the packaging does, and served to this process."""
    target = tmp_path / "phrase_tables.json"
    code = (
        "from pathlib import Path; from careflow_agents import phrase_cache;"
        f" print(phrase_cache.build(Path({str(target)!r})))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    monkeypatch.setattr(phrase_cache, "FILE", target)
    phrase_cache._file.cache_clear()
    yield target
    phrase_cache._file.cache_clear()


def _as_json(raw: object) -> object:
    return json.loads(json.dumps(raw, ensure_ascii=False))


def test_the_file_holds_exactly_what_the_rules_prepare(cache_file: Path) -> None:
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    assert data["format"] == phrase_cache.FORMAT
    fresh = {
        "signs": security._SIGNS._raw,
        "triage": triage._tables()._raw,
    }
    stored = list(data["tables"].values())
    assert len(stored) == 2
    assert sorted(map(json.dumps, stored)) == sorted(
        json.dumps(_as_json(raw)) for raw in fresh.values()
    )


def test_a_table_set_is_served_from_the_file_when_its_patterns_match(cache_file: Path) -> None:
    tables = {**security._STRONG, **security._WEAK}
    served = PhraseTables(tables)
    assert phrase_cache.lookup(phrase_cache.key(tables)) is served._raw
    assert _as_json(served._raw) == _as_json(security._SIGNS._raw)


def test_a_changed_pattern_is_prepared_again(cache_file: Path) -> None:
    tables = {**security._STRONG, **security._WEAK}
    name = next(iter(tables))
    changed = {**tables, name: [*tables[name], r"\bchanged pattern\b"]}
    assert phrase_cache.key(changed) != phrase_cache.key(tables)
    assert phrase_cache.lookup(phrase_cache.key(changed)) is None
    prepared = PhraseTables(changed)
    assert any("changed pattern" in source for _found, source in prepared._raw[name]["latin"])


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"format": phrase_cache.FORMAT + 1, "tables": {}}), "[]"],
)
def test_a_damaged_or_foreign_file_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    bad = tmp_path / "phrase_tables.json"
    bad.write_text(content, encoding="utf-8")
    monkeypatch.setattr(phrase_cache, "FILE", bad)
    phrase_cache._file.cache_clear()
    try:
        tables = {**security._STRONG, **security._WEAK}
        assert phrase_cache.lookup(phrase_cache.key(tables)) is None
    finally:
        phrase_cache._file.cache_clear()


def test_the_merged_run_agent_layer_serves_every_table_from_its_file(tmp_path: Path) -> None:
    """The packaging writes the file into run_agent's merged layer, and a process running from
    that layer prepares no table itself (every ``PhraseTables`` found its digest in the file)."""
    from careflow_cdk import bundle, packaging

    sources = bundle.layer_sources()
    merged = packaging.build_composite_layer(
        bundle.own_layers("run_agent", sources), sources, tmp_path
    )
    assert (merged / "python" / "careflow_agents" / "phrase_tables.json").is_file()
    env = {**os.environ, "PYTHONPATH": str(merged / "python"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPYCACHEPREFIX", None)
    code = (
        "from careflow_agents import phrase_cache, security, triage; triage.warm_tables();"
        " print(len(phrase_cache._recorded), phrase_cache.FILE)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    recorded, path = out.stdout.split()
    assert recorded == "0" and path.startswith(str(merged))
