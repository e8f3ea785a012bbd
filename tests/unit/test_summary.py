"""The multi-store summary, its ranking and CSV, sharding and merging (no browser)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from returnaudit.cli.app import app
from returnaudit.lib.errors import UsageError
from returnaudit.pipeline.shard import parse_shard, slice_paths
from returnaudit.report import summary
from returnaudit.report.load import load_report
from returnaudit.reporters.ranking import render_csv, render_ranking, shown_names

GOLDEN = Path(__file__).parent.parent / "golden"


def _rows() -> list[summary.Row]:
    reports = [load_report(GOLDEN / f"{n}.report.json") for n in ("budgetbin", "maison-lumiere")]
    rows = [summary.row_for(r, Path(f"reports/{r.scenario.name[:5]}.json")) for r in reports]
    return [*rows, summary.invalid_row("clients/bad.yaml", "bad.yaml:1:1: the file is empty")]


def test_rows_are_ranked_best_first_unscored_last() -> None:
    ranked = summary.build(_rows())
    assert [r.name for r in ranked.stores] == [
        "Maison Lumière, retourner une lampe", "BudgetBin, try to return a speaker", "bad"]
    assert ranked.stores[2].status == "invalid" and ranked.stores[2].error


def test_summary_json_round_trip_and_counts(tmp_path: Path) -> None:
    ranked = summary.build(_rows())
    summary.write(ranked, tmp_path / "summary.json")
    assert summary.load(tmp_path / "summary.json") == ranked
    data = ranked.to_dict()
    assert data["schema"] == "returnaudit.summary/1"
    assert data["counts"] == {"stores": 3, "passed": 1, "failed": 1, "errors": 1}
    maison = data["stores"][0]
    assert (maison["score"], maison["screens"], maison["support_contacts"],
            maison["footer_link"]) == (75.5, 5, 0, True)


def test_merge_is_the_same_as_one_summary() -> None:
    rows = _rows()
    halves = [summary.build(rows[:1]), summary.build(rows[1:])]
    assert summary.merge(halves) == summary.build(rows)


def test_csv_and_ranking_table() -> None:
    ranked = summary.build(_rows())
    lines = list(csv.reader(io.StringIO(render_csv(ranked))))
    assert lines[0][:5] == ["rank", "store", "file", "store_url", "score"]
    assert lines[1][1] == "Maison Lumière, retourner une lampe" and lines[1][4] == "75.5"
    console = Console(record=True, width=120)
    render_ranking(ranked, console)
    text = console.export_text()
    assert "Ranking" in text and "invalid" in text and "bad.yaml:1:1: the file is empty" in text


@pytest.mark.parametrize("text", ["0/3", "4/3", "a/b", "2", "2/"])
def test_bad_shard_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError, match=f"--shard takes I/N with 1 <= I <= N, e.g. 2/3; "
                                         f"got '{text}'"):
        parse_shard(text)


def test_shards_partition_the_scenarios_stably() -> None:
    paths = [Path(f"clients/store-{i:03d}.yaml") for i in range(100)]
    shards = [slice_paths(paths, i, 3) for i in (1, 2, 3)]
    assert sorted(p for s in shards for p in s) == paths
    assert all(20 < len(s) < 45 for s in shards)
    assert slice_paths(paths[:50], 2, 3) == [p for p in shards[1] if p in paths[:50]]


def test_shards_do_not_depend_on_where_the_checkout_lives() -> None:
    names = [f"store-{i:03d}.yaml" for i in range(30)]
    here = [Path("/home/ci/work/clients") / n for n in names]
    there = [Path("/tmp/runner-7/clients") / n for n in names]
    for index in (1, 2, 3):
        assert [p.name for p in slice_paths(here, index, 3)] == \
            [p.name for p in slice_paths(there, index, 3)]


def test_an_empty_shard_writes_an_empty_summary(tmp_path: Path) -> None:
    scenario = tmp_path / "only.yaml"
    scenario.write_text("version: 1\nname: Only\nstore: {url: http://127.0.0.1:9/}\n")
    empty = next(i for i in (1, 2) if not slice_paths([scenario], i, 2))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(scenario), "--shard", f"{empty}/2",
                                      "--out-dir", str(out)])
    assert result.exit_code == 0
    assert result.output == (f"shard {empty}/2: no scenario falls in this slice; wrote an "
                             f"empty {out / 'summary.json'}\n")
    assert summary.load(out / "summary.json").stores == ()


def test_merge_command(tmp_path: Path) -> None:
    rows = _rows()
    for i, part in enumerate((rows[:1], rows[1:]), 1):
        summary.write(summary.build(part), tmp_path / f"reports-{i}" / "summary.json")
    result = CliRunner().invoke(app, ["merge", str(tmp_path / "reports-1"),
                                      str(tmp_path / "reports-2"), "--out-dir",
                                      str(tmp_path / "all"), "--csv", str(tmp_path / "r.csv")])
    assert result.exit_code == 2  # one scenario file was invalid
    assert summary.load(tmp_path / "all" / "summary.json") == summary.build(rows)
    assert (tmp_path / "r.csv").read_text().count("\n") == 4


def test_merge_writes_a_benchmark_page_linking_each_shards_store_pages(tmp_path: Path) -> None:
    rows = _rows()
    for i, part in enumerate((rows[:1], rows[1:]), 1):
        summary.write(summary.build(part), tmp_path / f"reports-{i}" / "summary.json")
    # Each shard ran with --html reports/html: its stores' pages are in a sub-folder.
    for i, row in enumerate(rows[:2], 1):
        assert row.report is not None
        page = tmp_path / f"reports-{i}" / "html" / f"{Path(row.report).stem}.html"
        page.parent.mkdir()
        page.write_text("<html></html>")
    result = CliRunner().invoke(app, ["merge", str(tmp_path / "reports-1"),
                                      str(tmp_path / "reports-2"), "--out-dir",
                                      str(tmp_path / "all"), "--html", str(tmp_path / "all")])
    assert result.exit_code == 2
    index = (tmp_path / "all" / "index.html").read_text()
    assert 'href="../reports-1/html/Budge.html"' in index
    assert 'href="../reports-2/html/Maiso.html"' in index
    assert "Benchmark page:" in result.output


def test_merge_rejects_a_folder_without_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["merge", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output == f"error: {tmp_path / 'summary.json'}: no such summary file\n"


def _store(n: int, name: str, file: str) -> summary.Row:
    return summary.Row(name=name, file=file, store_url=f"http://s{n}.example/",
                       status="completed", passed=True, score=float(n % 100), lessons={},
                       screens=5, interactions=9, fields=3, support_contacts=0,
                       footer_link=True, flow_status="completed", report=None)


def test_the_ranking_fits_a_thousand_stores_with_their_rank() -> None:
    stores = [_store(n, f"Store {n}", f"clients/store-{n}.yaml") for n in range(1000)]
    console = Console(record=True, width=140)
    render_ranking(summary.build(stores), console)
    ranks = [line.split()[0] for line in console.export_text().splitlines()
             if line.strip() and line.split()[0].isdigit()]
    assert ranks == [str(n) for n in range(1, 1001)]


@pytest.mark.parametrize("width", [80, 120])
def test_stores_of_one_group_stay_distinguishable(width: int) -> None:
    cities = ["Lyon", "Paris", "Lille", "Nantes", "Nice", "Metz"]
    group = [_store(n, f"Maison Lumière Group, boutique de {city}", f"group/ml-{city}.yaml")
             for n, city in enumerate(cities)]
    console = Console(record=True, width=width)
    render_ranking(summary.build(group), console)
    rows = [line for line in console.export_text().splitlines() if line.strip()[:1].isdigit()]
    shown = [re.split(r"\s{2,}", line.strip())[1] for line in rows]
    assert len(rows) == 6 and len(set(shown)) == 6
    assert shown_names([_store(1, "A very long store name that is cut", "a.yaml"),
                        _store(2, "A very long store name that is cut", "b.yaml")], 24) == [
        "a", "b"]
