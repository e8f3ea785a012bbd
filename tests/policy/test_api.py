"""The public contract: PolicyFacts fields and order, JSON form, evidence, all-unknown facts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from returnaudit.analysis.policy import NO_POLICY, Evidence, PolicyFacts, extract_facts
from returnaudit.analysis.policy.findings import MAX_QUOTE

ORDER = [
    "window_days",
    "window_start",
    "free_returns",
    "return_shipping_paid_by",
    "restocking_fee",
    "restocking_fee_percent",
    "refund_methods",
    "refund_days",
    "condition_tiers",
    "time_tiers",
    "purchase_method_tiers",
    "exclusions",
    "guarantee",
    "guarantee_amount",
    "damaged_or_missing_covered",
    "marketplace_sellers",
    "support_contact_required",
]
YES_NO = [
    "restocking_fee",
    "condition_tiers",
    "time_tiers",
    "purchase_method_tiers",
    "guarantee",
    "damaged_or_missing_covered",
    "marketplace_sellers",
    "support_contact_required",
]


def test_empty_text_gives_the_nothing_found_facts() -> None:
    facts = extract_facts("")
    plain = facts.to_dict()
    assert list(plain) == ORDER
    assert all(plain[name] is False for name in YES_NO)
    assert plain["exclusions"] == []
    assert all(plain[name] is None for name in ORDER if name not in [*YES_NO, "exclusions"])
    assert facts.evidence_dict() == {}
    assert facts == PolicyFacts()


def test_unknown_has_every_fact_none() -> None:
    assert set(NO_POLICY.to_dict().values()) == {None}
    assert PolicyFacts.unknown() == NO_POLICY


def test_evidence_names_the_sentence_and_url() -> None:
    text = "Shipping\nWe ship fast.\n\nReturns\nYou may return items within  30 days of delivery."
    facts = extract_facts(text, url="https://shop.example/returns")
    assert facts.evidence["window_days"] == Evidence(
        "You may return items within 30 days of delivery.", "https://shop.example/returns"
    )
    assert list(facts.evidence_dict()) == ["window_days", "window_start"]


def test_evidence_quotes_are_short() -> None:
    text = "You may return items within 30 days " + "and so on " * 80 + "."
    quote = extract_facts(text).evidence["window_days"].quote
    assert len(quote) <= MAX_QUOTE and quote.endswith("…")


def test_to_dict_is_json_serialisable() -> None:
    facts = extract_facts("Return within 30 days for a refund or an exchange. Returns are free.")
    assert json.loads(json.dumps(facts.to_dict()))["refund_methods"] == [
        "original_payment",
        "exchange",
    ]


def test_facts_are_hashable_and_frozen() -> None:
    facts = extract_facts("Returns are free within 14 days.")
    assert hash(facts) == hash(extract_facts("Returns are free within 14 days."))


def test_importing_the_package_does_not_load_pydantic() -> None:
    code = ("import sys, returnaudit.analysis.policy; "
            "print('pydantic' in sys.modules, 'yaml' in sys.modules)")
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": src}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_every_fact_read_from_a_text_has_a_status() -> None:
    facts = extract_facts("Returns are accepted within 30 days. There is no restocking fee.")
    assert list(facts.status) == ORDER
    assert facts.status["window_days"] == "stated"
    assert (facts.status["restocking_fee"], facts.restocking_fee) == ("stated", False)
    assert (facts.status["guarantee"], facts.guarantee) == ("unstated", False)
    assert facts.status["refund_days"] == "unstated"
    assert NO_POLICY.status_dict() == dict.fromkeys(ORDER, "unstated")


def test_an_unclear_fact_is_null_with_the_sentences_that_disagree() -> None:
    text = "Returns are free of charge.\nThe customer pays the return shipping costs."
    facts = extract_facts(text, url="https://shop.example/returns")
    assert (facts.free_returns, facts.status["free_returns"]) == (None, "unclear")
    assert "free_returns" in facts.conflicts and "free_returns" not in facts.evidence
    assert facts.sentences["free_returns"] == (
        Evidence("Returns are free of charge.", "https://shop.example/returns"),
        Evidence("The customer pays the return shipping costs.", "https://shop.example/returns"),
    )
    assert facts.sentences_dict()["free_returns"][1]["quote"].startswith("The customer pays")
