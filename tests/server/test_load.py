"""A small run of the load test (``bench/load.py``): nothing dropped, nothing answered wrong."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_load"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_mixed_calls_at_concurrency_50_are_all_answered_rightly() -> None:
    load = _load()
    figures = load.run(requests=250, concurrency=50, duration=60, runners=4)
    assert figures["problems"] == []
    assert (figures["answered"], figures["dropped"], figures["wrong"]) == (250, 0, 0)
    assert figures["by_kind"] == {
        "invalid request": 50,
        "invalid return": 50,
        "slow": 50,
        "valid": 100,
    }


def test_beside_hostile_clients_every_normal_call_is_still_answered_rightly() -> None:
    load = _load()
    result = load.compare(requests=100, concurrency=10, duration=60, runners=4, rate=50)
    for run in (result["alone"], result["hostile"]):
        assert run["problems"] == []
        assert (run["answered"], run["dropped"], run["wrong"]) == (100, 0, 0)
    seen = result["hostile_clients"]
    # Each kind of hostile client reached the server and got its bounded answer.
    assert seen["slow headers: opened"] >= load.SLOW_HEADERS
    assert seen.get("heavy /v1/lint: 422", 0) + seen.get("heavy /v1/lint: 503", 0) >= 1
    assert seen.get("heavy /v1/validate: 200", 0) + seen.get("heavy /v1/validate: 503", 0) >= 1
    assert seen["hanging: 504"] >= 1
    assert set(seen) <= {
        "slow headers: opened",
        "slow headers: closed by the server",
        "heavy /v1/lint: 422",
        "heavy /v1/lint: 503",
        "heavy /v1/validate: 200",
        "heavy /v1/validate: 503",
        "hanging: 504",
    }
    assert result["p50_ratio"] > 0 and result["p99_ratio"] > 0


def test_the_hostile_section_states_both_runs_and_the_verdict(tmp_path: Path) -> None:
    load = _load()
    run = {
        "requests": 10, "answered": 10, "dropped": 0, "wrong": 0, "by_kind": {"valid": 10},
        "concurrency": 50, "runners": 8, "seconds": 1.0, "rps": 10.0, "p50_ms": 4.0,
        "p99_ms": 200.0, "cpus": 2,
    }  # fmt: skip
    result = {
        "alone": run, "hostile": {**run, "p50_ms": 5.0}, "hostile_clients": {"hanging: 504": 3},
        "timeout": 3, "rate": 50, "p50_ratio": 1.25, "p99_ratio": 1.0, "met": True,
    }  # fmt: skip
    text = load.hostile_section(result)
    assert "| alone | 10 | 10 | 0 | 0 | 10.0 | 4.0 | 200.0 |" in text
    assert "| beside hostile clients | 10 | 10 | 0 | 0 | 10.0 | 5.0 | 200.0 |" in text
    assert "p50 is 1.25x and p99 1.0x" in text and "within 1.5x: met" in text
    assert "hanging: 504 3" in text
    assert "not met" in load.hostile_section({**result, "met": False})


def test_the_load_section_replaces_only_its_own_part_of_the_results(tmp_path: Path) -> None:
    load = _load()
    results = tmp_path / "results.md"
    results.write_text("# Bench\n\nother figures\n", encoding="utf-8")
    figures = {
        "requests": 10, "answered": 10, "dropped": 0, "wrong": 0, "by_kind": {"valid": 10},
        "concurrency": 50, "runners": 8, "seconds": 1.0, "rps": 10.0, "p50_ms": 1.0,
        "p99_ms": 2.0, "cpus": 2,
    }  # fmt: skip
    load.write(results, load.section(figures))
    first = results.read_text(encoding="utf-8")
    assert first.startswith("# Bench\n\nother figures\n\n" + load.START)
    load.write(results, load.section({**figures, "rps": 99.5}))
    second = results.read_text(encoding="utf-8")
    assert second.count(load.START) == 1 and "| 99.5 |" in second and "| 10.0 |" not in second
    assert second.startswith("# Bench\n\nother figures\n\n")
