"""The benchmark still works: its quick mode runs every workload once on small inputs.

This is a smoke test, not a timed test: it checks what the run reports, never how fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_the_quick_benchmark_runs_every_workload_and_writes_its_report(tmp_path: Path) -> None:
    env = {**os.environ, "BENCH_QUICK": "1"}
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    report = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert report.strip() == out.stdout.strip()
    for section in ("## Targets", "## JSON Lines through the CLI", "## Start-up", "## Reference"):
        assert section in report
    peers = ("is_valid (specialised)", "is_valid (specialised-native)", "validate", "fastjsonschema (naive)", "pydantic v2",
             "msgspec", "jsonschema-rs", "jsonschema")  # fmt: skip
    for peer in peers:
        row = report.split(f"\n| {peer} |")[1].split("\n")[0]
        if "skipped" in row:  # a peer that is not installed is named, never silently left out
            assert f"{peer} (examples) skipped: " in out.stderr
        else:
            assert row.count("|") == 6  # six cells: ns and ratio for three workloads
    assert "skipped" not in report.split("\n| jsonschema |")[1].split("\n")[0]
