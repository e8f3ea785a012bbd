"""Lesson 1, accessible info: each check's verdicts over hand-built artifacts."""

from __future__ import annotations

import json

import pytest

from returnaudit.artifacts.model import Artifacts, Link
from returnaudit.checks.base import Evidence
from returnaudit.scoring.rubric import default_rubric, with_overrides

from ..helpers import artifacts, page
from .builders import HOME, POLICY_URL, policy_page, run, verdict, without_policy

Case = tuple[Artifacts, str, float | None, str]

PLAIN = ("Returns are free.\nYou have 30 days to send items back.\n"
         "Refunds take five days.")
LEGAL = ("The purchaser acknowledges that any merchandise tendered for return shall be "
         "inspected by the seller, who may at its discretion decline, reduce or defer any "
         "reimbursement otherwise payable under these conditions of sale.")
FAQ = json.dumps({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
    {"@type": "Question", "name": "How do I return an item?",
     "acceptedAnswer": {"@type": "Answer", "text": "Use the returns portal."}}]})
SHIPPING_FAQ = json.dumps({"@type": "FAQPage", "mainEntity": [
    {"@type": "Question", "name": "Do you ship abroad?"}]})
RETURN_POLICY = json.dumps({"@context": "https://schema.org", "@type": "Organization",
                            "hasMerchantReturnPolicy": {
                                "@type": "MerchantReturnPolicy", "applicableCountry": "FR",
                                "returnPolicyCategory": "MerchantReturnFiniteReturnWindow",
                                "merchantReturnDays": 30}})
BAD_COUNTRY = json.dumps({"@type": "MerchantReturnPolicy", "applicableCountry": "France",
                          "returnPolicyCategory": "MerchantReturnUnlimitedWindow"})


def with_pages(*extra: object, **changes: object) -> Artifacts:
    """The default store with more pages visited besides home."""
    return artifacts(pages=(page(HOME), *extra), **changes)


def depth(clicks: int | None, **changes: object) -> Artifacts:
    return artifacts(policy_page=policy_page("30 days", clicks=clicks, **changes))


def titled(title: str, heading: str | None = None) -> Artifacts:
    """A policy page with this title, and a snapshot with this main heading when given."""
    pages = (page(HOME),) if heading is None else (page(HOME), page(POLICY_URL, heading=heading))
    return artifacts(policy_page=policy_page(PLAIN, title=title), pages=pages)


def readable(text: str, *, headings: tuple[str, ...] = (), items: int = 0) -> Artifacts:
    snap = page(POLICY_URL, heading="Returns", headings=headings, list_items=items, text=text)
    return artifacts(policy_page=policy_page(text), pages=(page(HOME), snap))


FOOTER: list[Case] = [
    (artifacts(), "pass", 1.0, "the footer links 'Returns'"),
    (without_policy(), "partial", 0.5, "the footer links 'Returns', but the page did not open"),
    (artifacts(policy_page=policy_page("x", error="HTTP 404")), "partial", 0.5,
     "the footer links 'Returns', but the page did not open"),
    (artifacts(entry=page(footer_links=(
        Link("About us", "/about"), Link("", "/x"), Link("Privacy", "/privacy")))),
     "fail", 0.0, "no returns or refund link among the footer's links ('About us', 'Privacy')"),
    (artifacts(entry=page(footer_links=())), "fail", 0.0,
     "no returns or refund link among the footer's links (none)"),
    (artifacts(entry=page(footer_source=None, footer_links=())), "fail",
     0.0, "the home page has no footer (no <footer>, contentinfo or link block)"),
    (artifacts(entry=None), "error", None, "the home page could not be read"),
]

DEPTH: list[Case] = [
    (depth(1), "pass", 1.0, "the policy is 1 click from the home page"),
    (depth(2), "partial", 0.5, "the policy is 2 clicks from the home page"),
    (depth(3), "fail", 0.0, "the policy is 3 clicks from the home page"),
    (depth(None), "fail", 0.0,
     "the policy page is not reachable from the home page within 3 clicks"),
    (without_policy(), "fail", 0.0, "no returns policy page was found"),
    (depth(1, error="timeout"), "fail", 0.0, "no returns policy page was found"),
]

DEDICATED: list[Case] = [
    (titled("Returns & refunds | Shop"), "pass", 1.0,
     "returns have their own page ('Returns & refunds | Shop')"),
    (titled("Help centre", heading="Returns and exchanges"), "pass", 1.0,
     "returns have their own page ('Returns and exchanges')"),
    (titled("Retours et remboursements – Maison"), "pass", 1.0,
     "returns have their own page ('Retours et remboursements – Maison')"),
    (titled("Terms and conditions", heading="Terms of sale"), "fail", 0.0,
     "the returns rules are a section of 'Terms of sale'"),
    (titled("Conditions générales de vente"), "fail", 0.0,
     "the returns rules are a section of 'Conditions générales de vente'"),
    (without_policy(), "fail", 0.0, "no returns policy page was found"),
]

HELP: list[Case] = [
    (with_pages(page("http://s/faq", json_ld=("{broken", FAQ))), "pass", 1.0,
     "FAQPage structured data answers return questions"),
    (with_pages(page("http://s/help", questions=(
        "How do I return an item?", "When will I get my refund?", "Do you ship abroad?",
        "Can I exchange for another size?"))), "pass", 1.0,
     "3 return questions are answered on http://s/help"),
    (with_pages(page("http://s/aide", questions=(
        "Comment retourner un article ?", "Quand serai-je remboursé ?",
        "Puis-je échanger ma taille ?"))), "pass", 1.0,
     "3 return questions are answered on http://s/aide"),
    (with_pages(page("http://s/help", questions=("How do I return an item?",) * 3 + (
        "Do you ship abroad?",))), "partial", 0.5,
     "only 1 return question(s) answered on http://s/help"),
    (with_pages(page("http://s/faq", json_ld=(SHIPPING_FAQ,),
                     questions=("Do you ship abroad?",))), "fail", 0.0,
     "no FAQ or help content about returns on the pages visited: http://s/, http://s/faq"),
    (artifacts(), "fail", 0.0,
     "no FAQ or help content about returns on the pages visited: http://s/"),
]

SEARCH: list[Case] = [
    (with_pages(page("http://s/help", has_search=True)), "pass", 1.0,
     "a search box is on http://s/help"),
    (with_pages(page("http://s/help")), "fail", 0.0,
     "no search box on the 2 page(s) visited: http://s/, http://s/help"),
    (with_pages(*(page(f"http://s/{n}") for n in range(5))), "fail", 0.0,
     "no search box on the 6 page(s) visited: http://s/, http://s/0, http://s/1 and 3 more"),
]

READABILITY: list[Case] = [
    (readable(PLAIN, headings=("Returns", "Refunds"), items=2), "pass", 1.0,
     "plain and structured: 15 words, 5 words per sentence, 4 headings/list items"),
    (readable(PLAIN, items=1), "partial", 0.5, "few headings or lists to break it up: "
     "15 words, 5 words per sentence, 1 headings/list items"),
    (readable(LEGAL, headings=("Returns", "Refunds", "Exchanges")), "partial", 0.5,
     "long sentences (33 words on average): "
     "33 words, 33 words per sentence, 3 headings/list items"),
    (readable(LEGAL), "fail", 0.0, "long sentences (33 words on average); few headings or "
     "lists to break it up: 33 words, 33 words per sentence, 0 headings/list items"),
    (artifacts(policy_page=policy_page(PLAIN, title="Terms of sale"),
               pages=(page(HOME), page(POLICY_URL, heading="Terms of sale",
                                       headings=("Returns", "Delivery", "Privacy")))),
     "partial", 0.5, "few headings or lists to break it up: "
     "15 words, 5 words per sentence, 0 headings/list items"),
    (without_policy(), "fail", 0.0, "no returns policy page was found"),
]

STRUCTURED: list[Case] = [
    (with_pages(page("http://s/about", json_ld=(RETURN_POLICY,))), "pass", 1.0,
     "valid MerchantReturnPolicy (json-ld) on http://s/about"),
    (with_pages(page("http://s/p/1", microdata=({
        "type": "https://schema.org/MerchantReturnPolicy",
        "properties": {"merchantReturnLink": [POLICY_URL]}},))), "pass", 1.0,
     "valid MerchantReturnPolicy (microdata) on http://s/p/1"),
    (with_pages(page("http://s/p/1", json_ld=(BAD_COUNTRY,))), "partial", 0.5,
     "MerchantReturnPolicy found but invalid: MerchantReturnPolicy on http://s/p/1 has "
     'applicableCountry "France", which is not an ISO 3166-1 alpha-2 country code '
     "(two capital letters, e.g. FR)"),
    (artifacts(), "fail", 0.0,
     "no MerchantReturnPolicy structured data on the pages visited: http://s/"),
]

TABLES = [("footer-policy-link", FOOTER), ("policy-click-depth", DEPTH),
          ("dedicated-policy-page", DEDICATED), ("returns-help-content", HELP),
          ("help-search", SEARCH), ("policy-readability", READABILITY),
          ("return-policy-structured-data", STRUCTURED)]


@pytest.mark.parametrize(
    ("check_id", "arts", "status", "score", "summary"),
    [pytest.param(cid, *case, id=f"{cid}-{i}") for cid, table in TABLES
     for i, case in enumerate(table)],
)
def test_verdict(check_id: str, arts: Artifacts, status: str, score: float | None,
                 summary: str) -> None:
    assert verdict(run(check_id, arts)) == (status, score, summary)


@pytest.mark.parametrize(
    ("check_id", "arts", "evidence"),
    [
        ("footer-policy-link", artifacts(),
         Evidence(url=POLICY_URL, selector="footer", quote="Returns")),
        ("footer-policy-link", artifacts(entry=page(
            footer_source="contentinfo", footer_links=())),
         Evidence(url=HOME, selector="[role=contentinfo]")),
        ("policy-click-depth", depth(2, title="Returns & refunds"),
         Evidence(url=POLICY_URL, quote="Returns & refunds")),
        ("dedicated-policy-page", titled("Terms", heading="Terms of sale"),
         Evidence(url=POLICY_URL, selector="h1", quote="Terms of sale")),
        ("returns-help-content", with_pages(page("http://s/faq", json_ld=(FAQ,))),
         Evidence(url="http://s/faq", selector='script[type="application/ld+json"]')),
        ("returns-help-content", with_pages(page("http://s/help", questions=(
            "Shipping times", "How do I return an item?"))),
         Evidence(url="http://s/help", quote="How do I return an item?")),
        ("policy-readability", readable(PLAIN),
         Evidence(url=POLICY_URL, quote="Returns are free.")),
        ("return-policy-structured-data",
         with_pages(page("http://s/about", json_ld=(RETURN_POLICY,))),
         Evidence(url="http://s/about", selector="json-ld: Organization.hasMerchantReturnPolicy")),
    ],
)
def test_evidence(check_id: str, arts: Artifacts, evidence: Evidence) -> None:
    assert run(check_id, arts).evidence == (evidence,)


@pytest.mark.parametrize(
    ("check_id", "arts", "override", "before", "after"),
    [
        ("policy-click-depth", depth(2), {"click_depth": {"pass": 2}}, "partial", "pass"),
        ("policy-readability", readable(PLAIN, headings=("Returns", "Refunds"), items=2),
         {"readability": {"max_words": 10}}, "pass", "partial"),
    ],
)
def test_a_threshold_override_changes_the_verdict(check_id: str, arts: Artifacts,
                                                  override: dict[str, object], before: str,
                                                  after: str) -> None:
    rubric = with_overrides(default_rubric(), {"thresholds": override})
    assert run(check_id, arts).status == before
    assert run(check_id, arts, rubric).status == after
