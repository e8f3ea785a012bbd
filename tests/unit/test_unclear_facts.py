"""A policy that contradicts itself: `unclear` facts in the JSON report, partial checks that
quote both sentences, and the terminal and HTML policy tables that show them."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from returnaudit.report import build_report
from returnaudit.reporters.html import render_html
from returnaudit.reporters.json_report import render_json
from returnaudit.reporters.terminal import render_terminal

from .checks.builders import run, verdict, with_policy

SELF_CONTRADICTING = {
    "en": "Returns are free of charge.\nThe customer pays the return shipping costs.",
    "fr": "Les retours sont gratuits.\nLes frais de retour sont à la charge du client.",
    "de": "Die Rücksendung ist kostenlos.\nDie Kosten der Rücksendung trägt der Kunde.",
}


@pytest.mark.parametrize("language", sorted(SELF_CONTRADICTING))
def test_the_report_keeps_unclear_facts_null_with_both_sentences(language: str) -> None:
    text = SELF_CONTRADICTING[language]
    policy = json.loads(render_json(build_report(with_policy(text, language=language))))["policy"]
    assert policy["facts"]["free_returns"] is None
    assert policy["fact_status"]["free_returns"] == "unclear"
    assert policy["fact_status"]["return_shipping_paid_by"] == "unclear"
    assert policy["fact_status"]["guarantee"] == "unstated"
    assert "free_returns" not in policy["fact_evidence"]
    quotes = [one["quote"] for one in policy["fact_sentences"]["free_returns"]]
    assert quotes == text.split("\n")


def test_every_fact_has_a_status_and_stated_facts_keep_all_their_sentences() -> None:
    text = "Returns are free within 30 days.\nWe pay the return postage."
    policy = json.loads(render_json(build_report(with_policy(text))))["policy"]
    assert list(policy["fact_status"]) == list(policy["facts"])
    assert policy["fact_status"]["free_returns"] == "stated"
    assert policy["fact_evidence"]["free_returns"]["quote"] == "Returns are free within 30 days."
    assert len(policy["fact_sentences"]["free_returns"]) == 2


@pytest.mark.parametrize("check_id", ["free-returns", "return-costs-clear"])
@pytest.mark.parametrize("language", sorted(SELF_CONTRADICTING))
def test_checks_that_read_return_costs_report_the_contradiction(check_id: str,
                                                                language: str) -> None:
    first, second = SELF_CONTRADICTING[language].split("\n")
    result = run(check_id, with_policy(SELF_CONTRADICTING[language], language=language))
    assert verdict(result) == ("partial", 0.5, f"the policy contradicts itself on return costs: "
                                               f"'{first}' vs '{second}'")
    assert [e.quote for e in result.evidence] == [first, second]


def test_terminal_policy_section_shows_unclear_facts_and_their_quotes() -> None:
    console = Console(record=True, width=200)
    render_terminal(build_report(with_policy(SELF_CONTRADICTING["en"])), console)
    out = console.export_text()
    assert "unclear: free returns, return shipping paid by" in out
    assert "'Returns are free of charge.' vs 'The customer pays the return shipping costs.'" in out


def test_html_policy_table_shows_unclear_facts_and_the_conflicting_quotes() -> None:
    html = render_html(build_report(with_policy(SELF_CONTRADICTING["fr"], language="fr")))
    row = html.split('<tr class="unclear">')[1].split("</tr>")[0]
    assert "Free returns" in row and ">unclear<" in row
    assert "Les retours sont gratuits." in row and "à la charge du client." in row
    assert '<span class="versus">vs</span>' in row
