"""Rescoring saved artifacts: N saved audits through `returnaudit rescore` in one command.

Every copy gets its own page and policy texts (a numbered sentence is added), so no cache can
make identical inputs look fast. Target (DESIGN.md §10, issue 3): 1,000 files in < 5 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "golden" / "maison-lumiere.artifacts.json"


def _variant(data: dict, i: int) -> dict:
    note = f"\nNote {i}: this copy of the policy was saved for benchmark run {i}."
    for page in data["pages"]:
        page["text"] += note
    data["policy_page"]["text"] += note
    data["scenario"]["name"] = f"Store {i:04d}"
    return data


def main(count: int) -> None:
    base = SOURCE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "saved", Path(tmp) / "out"
        folder.mkdir()
        for i in range(count):
            data = _variant(json.loads(base), i)
            (folder / f"store-{i:04d}.artifacts.json").write_text(json.dumps(data))
        files = sorted(str(p) for p in folder.iterdir())
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "returnaudit"), "rescore", *files,
                        "--quiet", "--out-dir", str(out)], check=False)
        elapsed = time.perf_counter() - start
        written = len(list(out.glob("*.json")))
    print(f"rescored {count} distinct saved audits ({written} reports written) in "
          f"{elapsed:.2f} s: {count / elapsed:.0f} reports/s "
          f"(target: 1,000 in < 5 s, i.e. > 200/s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
