"""End to end in real Chromium against the edge-case fixture sites."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app

from ..conftest import FIXTURE_SCENARIOS, REQUESTS

pytestmark = pytest.mark.browser


def run_fixture(name: str, base_url: str, tmp_path: Path, *extra: str) -> tuple[int, Any, str]:
    out = tmp_path / f"{name}.json"
    result = CliRunner().invoke(app, ["run", str(FIXTURE_SCENARIOS / f"{name}.yaml"),
                                      "--base-url", base_url, "--json", str(out), *extra])
    assert out.exists(), result.output
    return result.exit_code, json.loads(out.read_text()), result.output


def counts(report: Any) -> tuple[int, int, int, int]:
    flow = report["flow"]
    return flow["screens"], flow["interactions"], flow["fields"], flow["support_contacts"]


def test_spa_pushstate_and_heading_changes_are_screens(site_url: str, tmp_path: Path) -> None:
    code, report, _ = run_fixture("spa", site_url, tmp_path)
    assert report["flow"]["status"] == "completed"
    assert counts(report) == (5, 9, 4, 0)
    next_step = report["flow"]["steps"][7]
    assert next_step["target"] == "'Next'" and next_step["new_screen"] is True
    assert next_step["url_before"] == next_step["url_after"]
    assert code == 0


def test_cookie_banner_is_dismissed(site_url: str, tmp_path: Path) -> None:
    code, report, _ = run_fixture("cookie", site_url, tmp_path)
    assert report["flow"]["status"] == "completed", report["flow"]["failure"]
    assert "dismissed a cookie banner ('Accept all')" in report["flow"]["steps"][0]["notes"]
    assert counts(report) == (1, 1, 0, 0)
    assert code == 0


@pytest.mark.parametrize(("mode", "note", "interactions"), [
    ("accept", "already accepted: the cookie banner was accepted automatically after `open` "
               "(--cookie-banner accept)", 1),
    ("leave", None, 2),
])
def test_a_scenario_that_accepts_the_banner_itself_runs_in_both_modes(
        mode: str, note: str | None, interactions: int, site_url: str, tmp_path: Path) -> None:
    code, report, _ = run_fixture("cookie-shopper", site_url, tmp_path, "--cookie-banner", mode)
    assert report["flow"]["status"] == "completed", report["flow"]["failure"]
    accept_step = report["flow"]["steps"][1]
    assert accept_step["status"] == "passed"
    assert (note in accept_step["notes"]) if note else not accept_step["notes"]
    assert report["flow"]["interactions"] == interactions
    assert code == 0


def test_cookie_banner_left_alone_is_what_stops_the_flow(site_url: str, tmp_path: Path) -> None:
    code, report, _ = run_fixture("cookie", site_url, tmp_path, "--cookie-banner", "leave",
                                  "--step-timeout", "2")
    failure = report["flow"]["failure"]
    assert failure["step"] == 1 and failure["target"] == "'Returns' in footer"
    assert failure["message"] == (
        'the click did not land within 2 s: another element covers the target: <div '
        'role="dialog" aria-modal="true" id="cookie-banner" class="cookie-consent" '
        'aria-labelledby="cookie-title">…</div>')
    assert report["flow"]["steps"][0]["notes"] == []
    assert code == 1


def test_chat_only_returns_count_one_support_contact(site_url: str, tmp_path: Path) -> None:
    code, report, _ = run_fixture("chat-only", site_url, tmp_path)
    assert counts(report) == (1, 2, 0, 1)
    reasons = [s["support_reason"] for s in report["flow"]["steps"] if s["support_contact"]]
    assert len(reasons) == 1
    assert report["flow"]["status"] == "failed" and code == 1


def test_login_wall_fails_with_evidence(site_url: str, tmp_path: Path) -> None:
    code, report, output = run_fixture("login", site_url, tmp_path, "--step-timeout", "3")
    failure = report["flow"]["failure"]
    assert failure["step"] == 3 and failure["target"] == "'Find my order'"
    assert failure["message"] == "'Find my order' not found on the page within 3 s"
    assert failure["url"].endswith("/login/account/login.html")
    assert failure["heading"] == "Sign in"
    assert "Sign in" in failure["candidates"]
    assert report["flow"]["steps"][3]["status"] == "failed"
    # The 3 s spent looking for the missing button are the failed step's, not the click's
    # before it (which opened the sign-in page at once).
    steps = report["flow"]["steps"]
    assert steps[3]["duration_ms"] >= 3000 > steps[2]["duration_ms"]
    assert code == 1
    assert "Why the flow stopped" in output and "Traceback" not in output


def test_page_that_never_loads_fails_within_the_step_timeout(site_url: str,
                                                             tmp_path: Path) -> None:
    start = time.monotonic()
    code, report, output = run_fixture("slow", site_url, tmp_path, "--step-timeout", "2")
    assert time.monotonic() - start < 30
    assert report["flow"]["status"] == "failed"
    assert "did not appear within 2 s" in report["flow"]["failure"]["message"]
    assert code == 1 and "Traceback" not in output


def test_goal_rendered_after_a_slow_request_is_met(site_url: str, tmp_path: Path) -> None:
    # The confirmation comes 800 ms after the click, from a fetch: the goal check waits for
    # the request in flight instead of giving up when the page has loaded.
    code, report, _ = run_fixture("late", site_url, tmp_path)
    assert report["flow"]["goal_met"] is True
    assert report["flow"]["status"] == "completed"
    assert code == 0


def test_goal_that_never_appears_is_not_met(site_url: str, tmp_path: Path) -> None:
    code, report, _ = run_fixture("late-missing", site_url, tmp_path)
    assert report["flow"]["goal_met"] is False
    assert report["flow"]["failure"]["message"] == (
        "goal not met: text 'Refund issued' is not on the last screen")
    assert code == 1


def test_broken_footer_link_is_recorded(site_url: str, tmp_path: Path) -> None:
    code, report, _ = run_fixture("broken", site_url, tmp_path)
    policy = report["policy"]
    assert policy["footer_link"]["found"] is True
    assert policy["footer_link"]["text"] == "Refund policy"
    assert policy["url"] is None
    assert report["errors"] == [{
        "where": "policy",
        "message": f"the footer link 'Refund policy' ({site_url}/broken/refund-policy.html): "
                   "HTTP 404",
    }]
    assert code == 0


def test_footer_found_without_a_footer_element(site_url: str, tmp_path: Path) -> None:
    _, report, _ = run_fixture("no-footer", site_url, tmp_path)
    assert report["policy"]["footer_link"]["text"] == "Returns"
    assert report["policy"]["url"].endswith("/no-footer/returns.html")


def test_unreachable_store_exits_3_with_a_report(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    code, report, output = run_fixture("broken", f"http://127.0.0.1:{closed_port}", tmp_path,
                                       "--step-timeout", "5")
    assert code == 3
    assert report["status"] == "error"
    assert report["errors"][0]["where"] == "store"
    assert report["errors"][0]["message"] == (
        f"could not open http://127.0.0.1:{closed_port}/broken/: net::ERR_CONNECTION_REFUSED: "
        "nothing is listening at this address and port (is the store's server running?)")
    assert "Traceback" not in output


def _as_remote_host(site_url: str) -> tuple[str, str]:
    """The test server under a non-loopback name, resolved to 127.0.0.1 by Chromium only."""
    port = site_url.rsplit(":", 1)[1]
    rule = "--browser-arg=--host-resolver-rules=MAP shop.example 127.0.0.1"
    return f"http://shop.example:{port}", rule


def test_submit_steps_stop_on_non_loopback_hosts(site_url: str, tmp_path: Path) -> None:
    base, rule = _as_remote_host(site_url)
    code, report, _ = run_fixture("spa", base, tmp_path, rule)
    flow = report["flow"]
    assert flow["status"] == "stopped_before_submit"
    assert [s["status"] for s in flow["steps"][9:]] == ["stopped", "skipped"]
    assert flow["steps"][9]["error"] == (
        "not run: submit step on a non-loopback host (use --allow-submit)")
    assert code == 0


def test_allow_submit_runs_them(site_url: str, tmp_path: Path) -> None:
    base, rule = _as_remote_host(site_url)
    _, report, _ = run_fixture("spa", base, tmp_path, rule, "--allow-submit")
    assert report["flow"]["status"] == "completed"


TRACKED = ("/tracked/banner.png", "/tracked/brand.woff2", "/tracked/analytics.js")


def _fetched_by(site_url: str, tmp_path: Path, *block: str) -> set[str]:
    """Which of the tracked page's image, font and analytics tag the browser asked for; the
    analytics host is pointed at the loopback server the way a user would with --browser-arg."""
    port = site_url.rsplit(":", 1)[1]
    rules = f"--host-resolver-rules=MAP script.crazyegg.com 127.0.0.1:{port}"
    REQUESTS.clear()
    code, report, _ = run_fixture("tracked", site_url, tmp_path, "--browser-arg", rules, *block)
    assert report["flow"]["status"] == "completed" and code == 0
    return {path for path in TRACKED if path in REQUESTS}


def test_images_fonts_and_trackers_are_blocked_by_default(site_url: str, tmp_path: Path) -> None:
    assert _fetched_by(site_url, tmp_path) == set()


def test_block_none_lets_everything_load(site_url: str, tmp_path: Path) -> None:
    assert _fetched_by(site_url, tmp_path, "--block", "none") == set(TRACKED)


def test_block_takes_a_subset(site_url: str, tmp_path: Path) -> None:
    assert _fetched_by(site_url, tmp_path, "--block", "images,trackers") == {
        "/tracked/brand.woff2"}
