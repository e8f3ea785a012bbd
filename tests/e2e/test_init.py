"""`returnaudit init` end to end in real Chromium: on every demo store and return-portal or
help-centre fixture it writes a scenario whose `run` reaches what the hand-written scenario
reaches, with screens and fields within one of it; it never sends a form."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app
from returnaudit.demo.run import demo_scenarios

from ..conftest import FIXTURE_SCENARIOS, POSTS, REQUESTS

pytestmark = pytest.mark.browser

STORES = ["northwind", "maison-lumiere", "budgetbin", "portal-loop", "portal-narvar",
          "help-zendesk", "help-gorgias", "shopify-account", "contact-only"]
SMALL = ("--max-pages", "12", "--timeout", "30", "--step-timeout", "5")
"""Small budgets: the fixtures are small, and the suite stays quick."""


def _hand_written(store: str) -> Path:
    demo = {path.stem: path for path in demo_scenarios()}
    return demo.get(store) or FIXTURE_SCENARIOS / f"{store}.yaml"


def _flows(folder: Path) -> dict[str, dict[str, Any]]:
    reports = (json.loads(p.read_text()) for p in folder.glob("*.json")
               if p.name != "summary.json")
    return {report["scenario"]["file"]: report["flow"] for report in reports}


@pytest.fixture(scope="module")
def written(site_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `init --from` over every store (one browser), then one `run` of the scenarios it
    wrote and of the hand-written ones side by side."""
    root = tmp_path_factory.mktemp("init")
    urls = root / "urls.txt"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    urls.write_text("".join(f"{site_url}/{store}/\n" for store in STORES)
                    + f"# a store that is down\nhttp://127.0.0.1:{closed}/gone/\n")
    REQUESTS.clear()
    POSTS.clear()
    init = CliRunner().invoke(app, ["init", "--from", str(urls), "--out-dir",
                                    str(root / "init"), "--jobs", "2", *SMALL])
    requested, posted = list(REQUESTS), list(POSTS)
    both = root / "both"
    shutil.copytree(root / "init", both)
    for store in STORES:
        shutil.copy(_hand_written(store), both / f"hand-{store}.yaml")
    run = CliRunner().invoke(app, ["run", str(both), "--base-url", site_url, "--out-dir",
                                   str(root / "reports"), "--quiet"])
    return {"init": init, "run": run, "root": root, "flows": _flows(root / "reports"),
            "requested": requested, "posted": posted, "closed": closed}


@pytest.mark.parametrize("store", STORES)
def test_init_scenario_runs_like_the_hand_written_one(written: dict[str, Any],
                                                     store: str) -> None:
    both = written["root"] / "both"
    mine = written["flows"][str(both / f"127-0-0-1-{store}.yaml")]
    hand = written["flows"][str(both / f"hand-{store}.yaml")]
    assert (mine["status"], mine["goal_met"]) == (hand["status"], hand["goal_met"]), \
        mine["failure"]
    assert abs(mine["screens"] - hand["screens"]) <= 1
    assert abs(mine["fields"] - hand["fields"]) <= 1
    assert mine["support_contacts"] == hand["support_contacts"]


def test_init_from_a_list_reports_every_store_and_sends_no_form(written: dict[str, Any]
                                                                ) -> None:
    init = written["init"]
    assert init.exit_code == 3, init.output  # one store could not be explored
    assert init.output.count("self-service") == 7 and init.output.count("contact only") == 2
    assert init.output.count("not explored") == 1
    assert written["posted"] == []
    assert not any("?" in path for path in written["requested"])  # no form sent by GET
    assert "/northwind/returns/start/confirmed.html" in written["requested"]
    # each scenario of the list reads its own order, so the folder runs with one order per store
    text = (written["root"] / "init" / "127-0-0-1-northwind.yaml").read_text()
    assert '"${NORTHWIND_ORDER_NUMBER:-NW-10042}"' in text and "${ORDER_" not in text


def test_contact_only_scenario_says_why_in_the_file(written: dict[str, Any]) -> None:
    text = (written["root"] / "init" / "127-0-0-1-contact-only.yaml").read_text()
    assert "- contact: { channel: email, note: \"To return an item, email" in text
    assert "#   no way to start a return online: 'Returns' (/returns.html) tells shoppers to" \
        in text


def test_init_on_the_demo_store_needs_no_edit(site_url: str, tmp_path: Path) -> None:
    out = tmp_path / "northwind.yaml"
    result = CliRunner().invoke(app, ["init", f"{site_url}/northwind/", "-o", str(out), *SMALL])
    assert result.exit_code == 0, result.output
    assert f"✔ Wrote {out}: a self-service return, 11 steps, no guesses" in result.output
    assert ("fill in   ORDER_NUMBER, ORDER_EMAIL (defaults: the store's demo order, NW-10042, "
            "shopper@example.com)") in result.output
    assert f"next      returnaudit run {out}" in result.output
    check = CliRunner().invoke(app, ["validate", str(out)])
    assert check.exit_code == 0


def test_init_on_a_contact_only_store_says_why(site_url: str, tmp_path: Path) -> None:
    out = tmp_path / "copperline.yaml"
    result = CliRunner().invoke(app, ["init", f"{site_url}/contact-only/", "-o", str(out),
                                      *SMALL])
    assert result.exit_code == 0, result.output
    assert (f"! Wrote {out}: no way to start a return online: 'Returns' (/returns.html) tells "
            "shoppers to contact support") in result.output
    assert "The scenario stops where a shopper stops" in result.output


def test_init_on_a_live_store_reads_nothing_behind_a_form(site_url: str,
                                                          tmp_path: Path) -> None:
    port = site_url.rsplit(":", 1)[1]
    rule = "--browser-arg=--host-resolver-rules=MAP shop.example 127.0.0.1"
    out = tmp_path / "live.yaml"
    REQUESTS.clear()
    result = CliRunner().invoke(app, ["init", f"http://shop.example:{port}/northwind/", "-o",
                                      str(out), rule, *SMALL])
    assert result.exit_code == 0, result.output
    assert not any(path.startswith("/northwind/returns/start/items") for path in REQUESTS)
    text = out.read_text()
    assert '"${ORDER_NUMBER:-your-order-number}"' in text
    assert "# guess: the button that sends the return" in text
    assert "fill in   ORDER_NUMBER, ORDER_EMAIL: a real order of yours" in result.output


def test_an_unreachable_store_exits_3(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = CliRunner().invoke(app, ["init", f"http://127.0.0.1:{port}/shop/", "-o",
                                      str(tmp_path / "x.yaml"), "--step-timeout", "5"])
    assert result.exit_code == 3
    assert result.output.startswith(f"error: could not open http://127.0.0.1:{port}/shop/: "
                                    "net::ERR_CONNECTION_REFUSED"), result.output
    assert not (tmp_path / "x.yaml").exists()


def test_audit_names_a_linked_portal_and_a_help_centre(site_url: str, tmp_path: Path) -> None:
    out = tmp_path / "loop.json"
    result = CliRunner().invoke(app, ["audit", f"{site_url}/portal-loop/", "--json", str(out)])
    report = json.loads(out.read_text())
    assert [(p["name"], p["kind"]) for p in report["platforms"]] == [
        ("Loop Returns", "return_portal")]
    check = next(c for c in report["checks"] if c["id"] == "self-service-returns")
    assert (check["status"], check["summary"]) == (
        "partial", "a returns portal (Loop Returns) is linked; walk it with a scenario to "
        "measure it")
    assert "Platforms\n  return portal Loop Returns" in result.output
