"""``bench/server.py`` (``make bench-server``): its profile summary and its section of the
results. The measurement itself runs in ``make bench-server``, not in the tests."""

from __future__ import annotations

import cProfile
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_server", ROOT / "bench" / "server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_server"] = module
    spec.loader.exec_module(module)
    return module


def test_the_profile_summary_shares_all_the_time_among_the_areas(tmp_path: Path) -> None:
    bench = _load()
    profile = tmp_path / "run.prof"
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(2000):
        json.loads(json.dumps({"args": {"n": list(range(20))}}))
    profiler.disable()
    profiler.dump_stats(str(profile))
    summary = dict(bench.profile_summary(profile))
    assert list(summary) == [area for area, _ in bench.AREAS] + [bench.OTHER]
    assert abs(sum(summary.values()) - 100) < 0.5
    assert summary["JSON text (json, orjson)"] > 20  # the json module's own functions


def test_the_section_states_both_servers_the_ratios_and_the_verdict(tmp_path: Path) -> None:
    bench = _load()
    figures = {
        "cpus": 2, "connections": 50, "duration": 10.0, "rounds": 3,
        "bare_rps": 4000.0, "bare_p50_ms": 10.0, "bare_p99_ms": 25.0,
        "server_rps": 2100.0, "server_p50_ms": 20.0, "server_p99_ms": 45.0,
        "rps_ratio": 0.53, "p99_ratio": 1.8, "met": True,
        "profile": [("the pipe to the worker process", 21.5)],
    }  # fmt: skip
    text = bench.section(figures)
    assert "| bare Starlette | 4000.0 | 10.0 | 25.0 |" in text
    assert "| function-return serve | 2100.0 | 20.0 | 45.0 |" in text
    assert "0.53x the bare app's requests/s with 1.8x its p99" in text and ": met)" in text
    assert "| the pipe to the worker process | 21.5 |" in text
    assert "not met" in bench.section({**figures, "met": False})
    results = tmp_path / "results.md"
    results.write_text("# Bench\n", encoding="utf-8")
    bench.write(results, text)
    bench.write(results, bench.section({**figures, "bare_rps": 1.5}))
    written = results.read_text(encoding="utf-8")
    assert written.startswith("# Bench\n\n") and written.count(bench.START) == 1
    assert "| bare Starlette | 1.5 |" in written
