"""Unzipped size of each function with its layers — Lambda's hard limit is 250 MB (262,144,000 B).

``python cdk/careflow_cdk/sizes.py [x86_64|arm64]`` prints the table; ``tests/infra/test_sizes.py``
prints it too and fails above the project's budget, which is deliberately far below the limit.
Sizes are measured on exactly what is packaged: the function folder (minus caches/tests), the
merged layer of our packages and the pip-built dependency layer (both with their byte-code).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from careflow_cdk import bundle, packaging
from careflow_cdk.paths import FUNCTIONS_DIR, topology

LAMBDA_LIMIT_BYTES = 262_144_000
BUDGET_BYTES = 180 * 1024 * 1024
"""Our own ceiling: ~70 MB of headroom for growth (e.g. a model SDK) before the hard limit."""


@dataclass(frozen=True)
class FunctionSize:
    name: str
    layer_names: tuple[str, ...]
    code: int
    layers: int
    dependencies: int

    @property
    def total(self) -> int:
        return self.code + self.layers + self.dependencies


def report(architecture: str = "x86_64") -> list[FunctionSize]:
    deps = packaging.build_dependency_layer(architecture)
    dep_bytes = packaging.tree_size(deps.directory, apply_excludes=False)
    sources = bundle.layer_sources()
    rows = []
    for name in topology.FUNCTIONS:
        ours = bundle.own_layers(name, sources)
        merged = packaging.build_composite_layer(ours, sources) / "python"
        rows.append(
            FunctionSize(
                name,
                ours,
                packaging.tree_size(FUNCTIONS_DIR / name),
                packaging.tree_size(merged, apply_excludes=False),
                dep_bytes,
            )
        )
    return rows


def format_report(rows: list[FunctionSize]) -> str:
    mb = 1024 * 1024
    lines = [
        f"{'function':16} {'code':>9} {'layers':>9} {'deps':>9} {'total':>9}  (MiB, limit 250 MB)"
    ]
    for r in rows:
        lines.append(
            f"{r.name:16} {r.code / mb:9.2f} {r.layers / mb:9.2f} {r.dependencies / mb:9.2f} {r.total / mb:9.2f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_report(report(sys.argv[1] if len(sys.argv) > 1 else "x86_64")))
