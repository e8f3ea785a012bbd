"""What `--block` saves: one store page with images, web fonts and analytics tags, loaded with
`--block all` and with `--block none`.

A synthetic page on loopback: six 600x400 photos (PNG, ~700 kB each), two web fonts and three
analytics tags whose hosts (from data/trackers.txt) are pointed at a loopback server that
answers after 300 ms, like a third party across the internet. Both browsers are launched the
way returnaudit launches them; each round opens a fresh context, loads the page until its
`load` event and closes the context, alternating the two browsers. Prints the median wall time
per page and the machine's CPU time per page for each, and their ratio (the machines are
noisy: only ratios from one run mean much).

    python benchmarks/blocking.py [ROUNDS]
"""

from __future__ import annotations

import os
import random
import statistics
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from returnaudit.browser.blocking import block_args
from returnaudit.browser.locate import find_system_chromium, launch_args
from returnaudit.demo.server import StaticHandler, serve

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
TRACKERS = ("script.crazyegg.com", "cdn.heapanalytics.com", "static.criteo.net")
THIRD_PARTY_DELAY_S = 0.3
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class SlowThirdParty(StaticHandler):
    """The page and its files; any tag (under tag/) answers after 300 ms."""

    def _serve(self, *, body: bool) -> None:
        if "/tag/" in self.path:
            time.sleep(THIRD_PARTY_DELAY_S)
        super()._serve(body=body)


def png(width: int, height: int, seed: int) -> bytes:
    """A noisy RGB photo-sized PNG (noise does not compress: realistic bytes to fetch)."""
    rng = random.Random(seed)
    rows = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))


def build_site(root: Path) -> None:
    site = root / "shop"
    (site / "tag").mkdir(parents=True)
    font = FONT.read_bytes() if FONT.is_file() else random.Random(7).randbytes(700_000)
    for name in ("brand.ttf", "brand-bold.ttf"):
        (site / name).write_bytes(font)
    images = []
    for index in range(6):
        (site / f"photo-{index}.png").write_bytes(png(600, 400, index))
        images.append(f'<img src="photo-{index}.png" width="300" alt="Product {index}">')
    (site / "tag" / "t.js").write_text("window.tagged = (window.tagged || 0) + 1;\n")
    tags = "\n".join(f'<script async src="http://{host}/shop/tag/t.js"></script>'
                     for host in TRACKERS)
    (site / "index.html").write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bench Boutique</title>
<style>
@font-face {{ font-family: Brand; src: url(brand.ttf); }}
@font-face {{ font-family: Brand; font-weight: bold; src: url(brand-bold.ttf); }}
body {{ font-family: Brand, sans-serif; }}
</style>
{tags}
</head><body>
<header><a href="./">Bench Boutique</a> <a href="returns.html">Free 30-day returns</a></header>
<main><h1>New arrivals</h1>{''.join(images)}<p><b>Free returns within 30 days.</b></p></main>
<footer><a href="returns.html">Returns</a> <a href="terms.html">Terms</a></footer>
</body></html>
""", encoding="utf-8")


def busy_s() -> float:
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def load_once(browser: Browser, url: str) -> tuple[float, float]:
    context = browser.new_context()
    page = context.new_page()
    cpu, start = busy_s(), time.perf_counter()
    page.goto(url, wait_until="load")
    wall = time.perf_counter() - start
    cpu = busy_s() - cpu
    context.close()
    return wall, cpu


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="blocking-") as tmp:
        root = Path(tmp)
        build_site(root)
        with serve(root, handler=SlowThirdParty) as base, sync_playwright() as pw:
            port = base.rsplit(":", 1)[1]
            rules = "--host-resolver-rules=" + ", ".join(
                f"MAP {host} 127.0.0.1:{port}" for host in TRACKERS)
            executable = find_system_chromium()
            browsers = {
                kind: pw.chromium.launch(executable_path=executable, args=[
                    *launch_args(), *block_args(block, [rules])])
                for kind, block in (("block all", ("images", "fonts", "media", "trackers")),
                                    ("block none", ()))}
            url = f"{base}/shop/"
            for browser in browsers.values():
                load_once(browser, url)  # warm up
            results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in browsers}
            for _ in range(ROUNDS):
                for kind, browser in browsers.items():
                    results[kind].append(load_once(browser, url))
            for browser in browsers.values():
                browser.close()
    print(f"blocking: one page (6 photos, 2 web fonts, 3 analytics tags answering in "
          f"{THIRD_PARTY_DELAY_S * 1000:.0f} ms), {ROUNDS} rounds, a fresh context each, "
          "until the load event")
    medians = {}
    for kind, rows in results.items():
        wall = statistics.median(w for w, _ in rows)
        cpu = statistics.median(c for _, c in rows)
        medians[kind] = (wall, cpu)
        print(f"  {kind:<11} {wall * 1000:7.0f} ms per page   {cpu * 1000:6.0f} ms CPU per page")
    (wall_all, cpu_all), (wall_none, cpu_none) = medians["block all"], medians["block none"]
    print(f"  block all / block none: wall {wall_all / wall_none:.2f}x, "
          f"CPU {cpu_all / cpu_none:.2f}x")


if __name__ == "__main__":
    main()
