"""`returnaudit run --connect ws://...`: a remote Playwright browser server instead of a launch."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from returnaudit.browser.locate import find_system_chromium, launch_args
from returnaudit.cli.app import app
from returnaudit.demo.run import demo_scenarios

from .browser_server import HOST, browser_server

pytestmark = pytest.mark.browser

FRENCH = "maison-lumiere-retourner-une-lampe.json"
REPORTS = ["budgetbin-try-to-return-a-speaker.json", FRENCH,
           "northwind-outfitters-return-a-shirt.json"]


@pytest.fixture(scope="module")
def ws_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One browser server on 127.0.0.1 for the module, stopped (with Chromium) afterwards."""
    executable = find_system_chromium()
    if executable is None:
        pytest.skip("no system Chromium on PATH")
    with browser_server(executable, launch_args(), tmp_path_factory.mktemp("server")) as ws:
        yield ws


def _run(*args: str) -> Any:
    return CliRunner().invoke(app, ["run", *args, "--quiet"])


def _report(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / name).read_text())
    return data


def test_demo_scenarios_through_a_remote_browser_match_a_local_run(
        ws_endpoint: str, site_url: str, tmp_path: Path) -> None:
    assert ws_endpoint.startswith(f"ws://{HOST}:")
    remote, local = tmp_path / "remote", tmp_path / "local"
    files = [str(p) for p in demo_scenarios()]

    result = _run(*files, "--base-url", site_url, "--connect", ws_endpoint,
                  "--out-dir", str(remote))
    assert result.exit_code == 1, result.output  # the poor store fails its flow gate
    assert sorted(p.name for p in remote.glob("*.json") if p.name != "summary.json") == REPORTS

    french = _report(remote, FRENCH)
    flow = french["flow"]
    assert (flow["screens"], flow["interactions"], flow["fields"], flow["support_contacts"]) \
        == (5, 10, 5, 0)
    assert _report(remote, "northwind-outfitters-return-a-shirt.json")["score"] >= 85

    maison = next(p for p in demo_scenarios() if p.stem == "maison-lumiere")
    result = _run(str(maison), "--base-url", site_url, "--out-dir", str(local))
    assert result.exit_code == 0, result.output
    baseline = _report(local, FRENCH)
    assert french["score"] == baseline["score"]
    assert {c["id"]: c["status"] for c in french["checks"]} \
        == {c["id"]: c["status"] for c in baseline["checks"]}


def test_connect_to_a_closed_port_exits_3_with_one_line(site_url: str, tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port = sock.getsockname()[1]
    ws = f"ws://{HOST}:{port}/"
    maison = next(p for p in demo_scenarios() if p.stem == "maison-lumiere")

    result = _run(str(maison), "--base-url", site_url, "--connect", ws,
                  "--out-dir", str(tmp_path))
    assert result.exit_code == 3, result.output
    assert result.output.startswith(f"error: could not start the browser (--connect: {ws})")
    assert result.output.count("\n") == 1 and result.output.endswith("\n")
    assert "Traceback" not in result.output


def test_block_with_a_remote_browser_says_it_does_not_apply(site_url: str,
                                                            tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port = sock.getsockname()[1]
    maison = next(p for p in demo_scenarios() if p.stem == "maison-lumiere")
    result = _run(str(maison), "--base-url", site_url, "--connect", f"ws://{HOST}:{port}/",
                  "--block", "images", "--out-dir", str(tmp_path))
    assert result.exit_code == 3
    assert result.output.startswith(
        "note: --block works through launch flags: it does not reach a browser this run did "
        "not start (--connect, --cdp)\nerror: could not start the browser (--connect: ")


@pytest.fixture
def cdp_endpoint(tmp_path: Path) -> Iterator[str]:
    """A headless Chromium with a DevTools port on 127.0.0.1 (port 0: it picks one and writes
    it to DevToolsActivePort), stopped afterwards."""
    executable = find_system_chromium()
    if executable is None:
        pytest.skip("no system Chromium on PATH")
    profile = tmp_path / "profile"
    chromium = subprocess.Popen(
        [executable, "--headless=new", "--remote-debugging-address=127.0.0.1",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", *launch_args(),
         "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (active.exists() and active.read_text().strip()):
            assert chromium.poll() is None, "Chromium exited before opening its DevTools port"
            assert time.monotonic() < deadline, "no DevToolsActivePort within 30 s"
            time.sleep(0.05)
        yield f"http://{HOST}:{active.read_text().split()[0]}"
    finally:
        chromium.terminate()
        chromium.wait(timeout=30)


def test_run_over_cdp_attaches_to_a_running_chromium(cdp_endpoint: str, site_url: str,
                                                      tmp_path: Path) -> None:
    maison = next(p for p in demo_scenarios() if p.stem == "maison-lumiere")
    result = _run(str(maison), "--base-url", site_url, "--cdp", cdp_endpoint,
                  "--out-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    flow = _report(tmp_path, FRENCH)["flow"]
    assert flow["status"] == "completed"
    assert (flow["screens"], flow["interactions"], flow["fields"], flow["support_contacts"]) \
        == (5, 10, 5, 0)
