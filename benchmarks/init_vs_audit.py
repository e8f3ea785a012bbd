"""`returnaudit init` of one store against one `returnaudit audit` of the same store.

Both run as cold processes, alternating, against the demo server (Northwind, whose whole
return path init reads: seven pages); prints the medians and the median of the per-pair
ratios (the machines are noisy: only ratios from one run mean much). Target: init < 1.5x audit.
Usage: python benchmarks/init_vs_audit.py [ROUNDS] [STORE]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from returnaudit.demo.server import demo_root, serve

BIN = Path(sys.executable).parent
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
STORE = sys.argv[2] if len(sys.argv) > 2 else "northwind"


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    with serve(demo_root()) as base, tempfile.TemporaryDirectory() as tmp:
        url = f"{base}/{STORE}/"
        init_cmd = [str(BIN / "returnaudit"), "init", url, "-o", f"{tmp}/s.yaml", "--force",
                    "--quiet"]
        audit_cmd = [str(BIN / "returnaudit"), "audit", url, "--quiet", "--json", f"{tmp}/r.json"]
        timed(init_cmd), timed(audit_cmd)  # warm the page cache once
        inits, audits = [], []
        for _ in range(ROUNDS):
            inits.append(timed(init_cmd))
            audits.append(timed(audit_cmd))
    ratios = [i / a for i, a in zip(inits, audits, strict=True)]
    print(f"{STORE}, {ROUNDS} alternating rounds (cold processes):")
    print(f"  returnaudit audit   median {statistics.median(audits):.2f} s")
    print(f"  returnaudit init    median {statistics.median(inits):.2f} s")
    print(f"  ratio (median of pairs)  {statistics.median(ratios):.2f}x  (target < 1.5x)")


if __name__ == "__main__":
    main()
