"""Sharding a run across machines (--shard I/N) and merging the shards' summaries."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from returnaudit.lib.errors import UsageError
from returnaudit.pipeline.outputs import Outputs, announce, write_summary
from returnaudit.pipeline.verdict import exit_code
from returnaudit.reporters.formats import HTML

if TYPE_CHECKING:
    from returnaudit.report.summary import Summary


def parse_shard(text: str) -> tuple[int, int]:
    """'2/3' -> (2, 3); 1 <= I <= N."""
    index, _, count = text.partition("/")
    if not (index.isdigit() and count.isdigit()) or not 1 <= int(index) <= int(count):
        raise UsageError(f"--shard takes I/N with 1 <= I <= N, e.g. 2/3; got '{text}'")
    return int(index), int(count)


def slice_paths(paths: Sequence[Path], index: int, count: int) -> list[Path]:
    """The scenarios of shard `index` of `count`: chosen by a hash of the file's name (not its
    path, which differs with where each machine keeps the checkout), so a scenario stays in its
    shard whatever else is added or removed, on every machine."""
    def shard_of(path: Path) -> int:
        digest = hashlib.sha1(path.name.encode("utf-8")).hexdigest()
        return int(digest, 16) % count + 1

    return [path for path in paths if shard_of(path) == index]


def write_empty_shard(shard: str, out_dir: Path, console: Console | None) -> None:
    """A shard the hash gave no scenario: an empty summary, so `merge` still has every shard."""
    from returnaudit.report import summary

    summary.write(summary.build([]), out_dir / "summary.json")
    if console is not None:
        console.print(f"shard {shard}: no scenario falls in this slice; wrote an empty "
                      f"{out_dir / 'summary.json'}", highlight=False, soft_wrap=True)


def merge_summaries(sources: Sequence[Path], outputs: Outputs, console: Console) -> int:
    """Write the merged summary (and CSV, and the HTML benchmark page, linking each store's
    page found in its shard's folder); the exit code the single run would have had."""
    from returnaudit.report import summary

    files = [source / "summary.json" if source.is_dir() else source for source in sources]
    shards = [(path.parent, summary.load(path)) for path in files]
    merged = summary.merge(shard for _, shard in shards)
    pages = _store_pages(shards, outputs.html) if outputs.html is not None else {}
    written = write_summary(merged, outputs, console,
                            lambda row: pages.get((row.name, row.file)))
    announce(written, outputs, console)
    return exit_code(merged.stores)


def _store_pages(shards: Sequence[tuple[Path, Summary]],
                 html: Path) -> dict[tuple[str, str | None], str]:
    """Each store's own HTML page, looked for in the folder of the shard that audited it
    (`<report name>.html`, at any depth: `--html` may have put it in a sub-folder), as a link
    relative to the benchmark page in `html`."""
    pages = {}
    for folder, shard in shards:
        by_name: dict[str, Path] = {}  # one walk of the shard's folder, not one per store
        for path in sorted(folder.rglob(f"*{HTML.suffix}")):
            by_name.setdefault(path.stem, path)
        for row in shard.stores:
            page = by_name.get(Path(row.report).stem) if row.report else None
            if page is not None:
                link = Path(os.path.relpath(page.resolve(), html.resolve())).as_posix()
                pages[(row.name, row.file)] = link
    return pages
