"""End to end in real Chromium: the EU withdrawal function on the demo stores and fixtures,
with the exact status each must get."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app
from returnaudit.demo.run import demo_scenarios
from tests.conftest import FIXTURE_SCENARIOS

pytestmark = pytest.mark.browser

DEMO = {p.stem: p for p in demo_scenarios()}


def compliance(scenario: Path, site_url: str, tmp_path: Path) -> tuple[dict[str, Any], Any]:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["run", str(scenario), "--base-url", site_url, "--json",
                                      str(out), "--quiet"])
    assert out.exists(), result.output
    report = json.loads(out.read_text())
    check = next(c for c in report["compliance"] if c["id"] == "eu-withdrawal-function")
    return check, report


@pytest.mark.parametrize(("scenario", "status", "words"), [
    (DEMO["maison-lumiere"], "pass", "'Renoncer au contrat ici' (footer, 1 click from home)"),
    (DEMO["budgetbin"], "fail", "no withdrawal function on the pages opened"),
    (DEMO["northwind"], "not_applicable", "no sign of an EU market"),
    (FIXTURE_SCENARIOS / "withdraw-de.yaml", "pass", "'Vertrag widerrufen' (footer, 1 click"),
    (FIXTURE_SCENARIOS / "withdraw-login.yaml", "partial",
     "it is reachable only after signing in"),
    (FIXTURE_SCENARIOS / "withdraw-ambiguous.yaml", "partial",
     "the label 'Gérer mes commandes' does not say it withdraws from the contract (use "
     "'Renoncer au contrat ici')"),
    (FIXTURE_SCENARIOS / "withdraw-onestage.yaml", "partial",
     "no second step labelled 'Confirm withdrawal' (its last button says 'Send')"),
    (FIXTURE_SCENARIOS / "withdraw-pdf.yaml", "fail",
     "no online withdrawal function, only a form to fill and send"),
    (FIXTURE_SCENARIOS / "withdraw-us.yaml", "not_applicable", "no sign of an EU market"),
], ids=lambda value: value.stem if isinstance(value, Path) else None)
def test_withdrawal_function_status(scenario: Path, status: str, words: str, site_url: str,
                                    tmp_path: Path) -> None:
    check, _ = compliance(scenario, site_url, tmp_path)
    assert check["status"] == status, check["summary"]
    assert words in check["summary"]


def test_one_stage_form_lists_the_extra_field_and_the_missing_acknowledgment(
        site_url: str, tmp_path: Path) -> None:
    check, report = compliance(FIXTURE_SCENARIOS / "withdraw-onestage.yaml", site_url, tmp_path)
    assert "'Reason for withdrawal'" in check["summary"]
    assert "the last page does not say an acknowledgment was sent by e-mail" in check["summary"]
    assert report["withdrawal"]["fields"] == 4 and report["score"] is not None


@pytest.mark.parametrize(("store", "status", "words"), [
    ("maison-lumiere", "partial", "the step after 'Continuer' was not checked for a 'Confirmer "
                                  "la rétractation' confirmation"),
    ("withdraw-de", "partial", "'Vertrag widerrufen' (footer, 1 click from home), but: the step "
                               "after 'Weiter' was not checked"),
    ("withdraw-ambiguous", "partial", "the label 'Gérer mes commandes' does not say it withdraws"),
    ("withdraw-onestage", "partial", "the statement asks for more than name, order and e-mail: "
                                     "'Phone number', 'Reason for withdrawal (required)'"),
    ("withdraw-login", "fail", "no withdrawal function on the pages opened"),
    ("withdraw-pdf", "fail", "only a form to fill and send"),
    ("withdraw-us", "not_applicable", "no sign of an EU market"),
])
def test_a_quick_audit_follows_the_function_read_only(store: str, status: str, words: str,
                                                      site_url: str, tmp_path: Path) -> None:
    """`audit URL`: the link is followed once and its form read; nothing is typed or sent."""
    from tests.conftest import REQUESTS

    out = tmp_path / "audit.json"
    REQUESTS.clear()
    CliRunner().invoke(app, ["audit", f"{site_url}/{store}/", "--json", str(out), "--quiet"])
    check = next(c for c in json.loads(out.read_text())["compliance"])
    assert check["status"] == status, check["summary"]
    assert words in check["summary"]
    assert not [r for r in REQUESTS if "envoyee" in r or "verifier" in r or "thank" in r]
