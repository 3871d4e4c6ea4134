"""The rules' phrase tables, prepared when the layer is built instead of on the first message.

Why: :class:`careflow_agents.text.PhraseTables` folds every pattern of the red-flag catalogue,
the complaint tables and the security signs (some 3,100), finds each one's literal anchors and
transliterates the Cyrillic ones. That is pure Python over the pattern text -- the same result
on every container -- and it took about 0.6 s of run_agent's first message (2026-12-05, the
forty-second round), growing with every round's catalogue. Like byte-code, it can be computed
once: :func:`build` runs when the packaging builds the layer (``careflow_cdk.packaging``, since
Lambda's ``/opt`` is read-only) and writes ``phrase_tables.json`` beside this module; a
container only reads it (a few milliseconds).

Each table set is stored under a digest of its names and pattern texts (:func:`key`), so a table
whose patterns changed since the file was written is simply prepared again, as without the
file; the file is written from the very code it ships with (the layer's folder is named by a
digest of its sources). Without the file -- a checkout, the tests -- everything is prepared on
first use, as before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

FILE = Path(__file__).with_name("phrase_tables.json")
FORMAT = 1
"""Bumped whenever what :class:`~careflow_agents.text.PhraseTables` prepares changes shape."""

Prepared = dict[str, dict[str, list[Any]]]
"""table name -> script -> [(anchors or None, regex source)], as ``PhraseTables`` keeps it."""

_recorded: dict[str, Prepared] = {}
_reading = True


def key(tables: Mapping[str, Sequence[str]]) -> str:
    """A digest of the table names and their pattern texts, in order."""
    digest = hashlib.sha256(f"phrase-tables-{FORMAT}".encode())
    for name, patterns in tables.items():
        digest.update(b"\x01" + name.encode())
        for pattern in patterns:
            digest.update(b"\x00" + pattern.encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _file() -> dict[str, Prepared]:
    if not FILE.is_file():
        return {}
    try:
        data = json.loads(FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a damaged file costs the preparation, never a wrong table
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    tables = data.get("tables")
    return tables if isinstance(tables, dict) else {}


def lookup(digest: str) -> Prepared | None:
    """The prepared tables written at build time for ``digest`` (None: prepare them now)."""
    return _file().get(digest) if _reading else None


def record(digest: str, prepared: Prepared) -> None:
    """Remember tables prepared in this process, for :func:`build` to write."""
    _recorded[digest] = prepared


def build(target: Path = FILE) -> str:
    """Prepare every phrase table of the rules and write them to ``target``; returns its path.

    Run in a fresh interpreter (the packaging does): the tables are prepared while the modules
    that hold them are imported and first used, ignoring any file already there.
    """
    global _reading
    _reading = False
    from careflow_agents import security, triage  # noqa: F401 -- importing prepares the signs

    triage.warm_tables()
    data = {"format": FORMAT, "tables": dict(sorted(_recorded.items()))}
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return str(target)
