"""Run every benchmark (``benchmarks/bench_*.py``, each with a ``main() -> dict``) for `make bench`.

Each benchmark prints its own table and returns its numbers; they are written to
``benchmarks/results/<name>.json``.  ``python -m benchmarks.run NAME...`` runs a subset.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    failed = []
    for name in names:
        name = name if name.startswith("bench_") else f"bench_{name}"
        print(f"\n=== {name}", flush=True)
        started = time.perf_counter()
        try:
            result = importlib.import_module(f"benchmarks.{name}").main()
        except Exception as exc:  # a broken benchmark must not hide the others' numbers
            print(f"{name} failed: {exc!r}", flush=True)
            failed.append(name)
            continue
        result = dict(result or {}, seconds=round(time.perf_counter() - started, 1))
        (out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nbenchmarks done; failed: {', '.join(failed) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
