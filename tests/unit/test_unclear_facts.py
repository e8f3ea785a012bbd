"""A policy that contradicts itself: `unclear` facts in the JSON report, partial checks that
quote both sentences, and the terminal and HTML policy tables that show them."""

from __future__ import annotations

import json
from dataclasses import replace
from types import MappingProxyType

import pytest
from rich.console import Console

from returnaudit.analysis.derived import Analysis
from returnaudit.analysis.policy import Evidence, PolicyFacts
from returnaudit.checks import CHECKS
from returnaudit.report.build import build_report
from returnaudit.reporters.html import render_html
from returnaudit.reporters.json_report import render_json
from returnaudit.reporters.terminal import render_terminal
from returnaudit.scoring.rubric import default_rubric

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


REFUSING = {
    "en": "Returns are accepted within 30 days.\nUntil further notice we accept no returns at all.",
    "fr": "Les retours sont acceptés sous 30 jours.\nJusqu'à nouvel ordre, nous n'acceptons plus "
          "aucun retour.",
    "de": "Rückgaben sind innerhalb von 30 Tagen möglich.\nWir nehmen nur defekte Ware zurück.",
}


@pytest.mark.parametrize("language", sorted(REFUSING))
def test_a_window_beside_a_refusal_is_a_contradiction_for_the_window_check(language: str) -> None:
    window, refusal = REFUSING[language].split("\n")
    result = run("return-window", with_policy(REFUSING[language], language=language))
    assert verdict(result) == ("partial", 0.5, "the policy contradicts itself on the return "
                                               f"window: '{refusal}' vs '{window}'")


def test_a_hedged_fact_is_unclear_not_contradictory() -> None:
    text = "Card payments are refunded within 5 days. PayPal payments are refunded within 10 days."
    result = run("refund-method-and-timing", with_policy(text))
    assert result.status.value == "partial"
    assert result.summary == ("the policy is unclear on refund timing: 'Card payments are "
                              "refunded within 5 days.'")
    assert len(result.evidence) == 2


CHECKS_BY_FACT = [
    ("purchase-guarantee", "guarantee", "its guarantee"),
    ("damaged-or-missing-covered", "damaged_or_missing_covered", "damaged or missing items"),
    ("differentiated-policy", "condition_tiers", "outcomes by the item's condition"),
    ("no-support-gate", "support_contact_required",
     "whether shoppers must contact support to return"),
    ("marketplace-seller-returns", "marketplace_sellers", "third-party sellers"),
    ("retention-offers", "refund_methods", "how refunds are paid"),
    ("resolution-options", "refund_methods", "how refunds are paid"),
]


@pytest.mark.parametrize(("check_id", "fact", "topic"), CHECKS_BY_FACT)
def test_every_check_that_reads_a_fact_reports_its_contradiction(check_id: str, fact: str,
                                                                 topic: str) -> None:
    said = (Evidence("We do.", "http://s/returns"), Evidence("We do not.", "http://s/returns"))
    facts = replace(PolicyFacts(), **{fact: None},  # type: ignore[arg-type]
                    status=MappingProxyType({fact: "unclear"}),
                    sentences=MappingProxyType({fact: said}), conflicts=frozenset({fact}))
    inp = Analysis(with_policy("Returns"))
    inp.__dict__["facts"] = facts  # the derived facts, as the rules would leave them
    result = CHECKS[check_id].evaluate(inp, default_rubric())
    summary = f"the policy contradicts itself on {topic}: 'We do.' vs 'We do not.'"
    assert verdict(result) == ("partial", 0.5, summary)
