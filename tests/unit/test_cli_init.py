"""`returnaudit init` without a browser: every bad input is one line and exit 2, before any
browser starts; file names and --from files."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app
from returnaudit.pipeline.init import default_name, file_names, read_urls

runner = CliRunner()


def _init(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["init", *args])
    return result.exit_code, result.output


def test_init_is_in_the_help() -> None:
    result = runner.invoke(app, ["init", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for option in ("--output", "--lang", "--from", "--out-dir", "--jobs", "--max-pages",
                   "--force", "never sends a form"):
        assert option in result.output


@pytest.mark.parametrize(("args", "message"), [
    ((), "give a store URL, or --from FILE with one URL a line (not both)"),
    (("http://shop.example/", "--from", "urls.txt"),
     "give a store URL, or --from FILE with one URL a line (not both)"),
    (("ftp://shop.example/",), "URL must be an http(s) address, got 'ftp://shop.example/'"),
    (("shop.example",), "URL must be an http(s) address, got 'shop.example'"),
    (("http://shop.example/", "--lang", "xx"),
     "--lang: no language pack for 'xx' (available: de, en, fr)"),
    (("--from", "urls.txt", "-o", "x.yaml"),
     "--output writes one scenario; with --from, use --out-dir"),
])
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    code, output = _init(*args)
    assert (code, output) == (2, f"error: {message}\n")


def test_an_existing_scenario_is_never_overwritten_without_force(tmp_path: Path) -> None:
    mine = tmp_path / "shop.yaml"
    mine.write_text("my edits\n")
    code, output = _init("http://shop.example/", "-o", str(mine))
    assert (code, output) == (2, f"error: {mine} exists: use --force to overwrite it\n")
    assert mine.read_text() == "my edits\n"


def _urls(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "urls.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "message"), [
    ("", "{path}: no store URL in it (one http(s) URL a line; # starts a comment)"),
    ("# only a comment\n\n", "{path}: no store URL in it (one http(s) URL a line; # starts a "
                             "comment)"),
    ("http://a.example/\nshop.example\n", "{path}:2: not an http(s) URL: 'shop.example'"),
])
def test_bad_url_files(tmp_path: Path, text: str, message: str) -> None:
    path = _urls(tmp_path, text)
    code, output = _init("--from", str(path), "--out-dir", str(tmp_path / "out"))
    assert (code, output) == (2, "error: " + message.format(path=path) + "\n")


def test_a_missing_or_unreadable_url_file(tmp_path: Path) -> None:
    missing = tmp_path / "none.txt"
    code, output = _init("--from", str(missing))
    assert (code, output) == (2, f"error: {missing}: no such file (--from takes a file of "
                                 "store URLs, one a line)\n")
    binary = tmp_path / "urls.bin"
    binary.write_bytes(b"\xff\xfe\x00")
    code, output = _init("--from", str(binary))
    assert code == 2 and output.startswith(f"error: {binary}: cannot read: ")


def test_out_dir_must_be_a_folder_and_its_files_are_kept(tmp_path: Path) -> None:
    urls = _urls(tmp_path, "http://a.example/\n")
    a_file = tmp_path / "file"
    a_file.write_text("x")
    code, output = _init("--from", str(urls), "--out-dir", str(a_file))
    assert (code, output) == (2, f"error: --out-dir {a_file}: is a file, not a folder\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a-example.yaml").write_text("mine")
    code, output = _init("--from", str(urls), "--out-dir", str(out))
    assert (code, output) == (2, f"error: {out / 'a-example.yaml'} exists: use --force to "
                                 "overwrite it\n")


@pytest.mark.parametrize("jobs", ["0", "x", "-1"])
def test_jobs_must_be_a_positive_number_or_auto(jobs: str) -> None:
    code, output = _init("http://shop.example/", "--jobs", jobs)
    assert (code, output) == (2, f"error: --jobs: a number of scenarios at once (1 or more) "
                                 f"or auto, not '{jobs}'\n")


def test_init_jobs_default_to_auto() -> None:
    from returnaudit.cli.settings import parse_jobs

    assert parse_jobs(None) is None and parse_jobs("auto") is None and parse_jobs("3") == 3


def test_url_files_skip_blank_lines_and_comments(tmp_path: Path) -> None:
    path = _urls(tmp_path, "# clients\n\n  https://a.example/shop/  \nhttp://b.example/#top\n"
                 "https://c.example/  # client C\n")
    assert read_urls(path) == ["https://a.example/shop/", "http://b.example/#top",
                               "https://c.example/"]


def test_file_names_come_from_host_and_path_and_are_unique() -> None:
    assert default_name("https://www.shop.example/fr/") == "shop-example-fr"
    assert file_names(["https://a.example/", "http://a.example", "https://b.example/x"]) == [
        "a-example.yaml", "a-example-2.yaml", "b-example-x.yaml"]


def test_the_live_line_names_the_store_and_the_page_just_read() -> None:
    from rich.console import Console

    from returnaudit.pipeline.init_progress import InitProgress

    console = Console(force_terminal=True, record=True, width=100)
    with InitProgress(console, 2) as progress:
        progress.reader("http://a.example/")(3, "Find your order")
        described = [task.description for task in progress.progress.tasks]
        progress.finished("http://a.example/")
    assert described == ["explored 0/2 stores", "http://a.example/: 3 pages · Find your order"]
    assert [task.description for task in progress.progress.tasks] == ["explored 1/2 stores"]
