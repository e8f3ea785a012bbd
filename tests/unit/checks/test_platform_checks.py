"""The checks that read recognised platforms: self-service-returns on a linked portal that was
not walked, help-search on a recognised help centre."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts, Link
from returnaudit.checks.base import Evidence

from ..helpers import artifacts, page
from .builders import NO_FLOW, run, verdict, walk

LOOP_LINK = Link("Start a return", "https://cedar.loopreturns.com/")
LINKED = "link 'Start a return' to https://cedar.loopreturns.com/"
HC = "https://acme.zendesk.com/hc/en-us/articles/1"


def _audit(*pages: object) -> Artifacts:
    entry = page()
    return artifacts(entry=entry, pages=(entry, *pages))


SELF_SERVICE = [
    (_audit(page("http://s/returns", links=(LOOP_LINK,))), "partial", 0.5,
     "a returns portal (Loop Returns) is linked; walk it with a scenario to measure it"),
    (_audit(page("http://s/returns")), "not_applicable", None, NO_FLOW),
    (_audit(page("http://s/returns", window_globals=("Shopify",))), "not_applicable", None,
     NO_FLOW),  # a shop platform is not a returns portal
]

SEARCH = [
    (_audit(page(HC, has_search=True)), "pass", 1.0,
     f"the Zendesk Guide help centre has a search box on {HC}"),
    (_audit(page("http://s/hc", has_search=True)), "pass", 1.0,
     "a search box is on http://s/hc"),
    (_audit(page("http://s/", footer_links=(Link("Help", "https://acme.gorgias.help/"),))),
     "pass", 1.0, "the help centre runs on Gorgias, whose pages come with a search box "
     "(link 'Help' to https://acme.gorgias.help/)"),
    (_audit(page("http://s/", footer_links=(Link("Help", "https://acme.gladly.com/"),))),
     "fail", 0.0, "no search box on the 1 page(s) visited: http://s/"),  # Gladly: not verified
]


@pytest.mark.parametrize(("check_id", "arts", "status", "score", "summary"),
                         [("self-service-returns", *c) for c in SELF_SERVICE]
                         + [("help-search", *c) for c in SEARCH])
def test_verdict(check_id: str, arts: Artifacts, status: str, score: float | None,
                 summary: str) -> None:
    assert verdict(run(check_id, arts)) == (status, score, summary)


def test_a_walked_flow_is_judged_by_the_flow_not_the_portal() -> None:
    walked = walk(2, pages=(page("http://s/returns", links=(LOOP_LINK,)),))
    assert run("self-service-returns", walked).status.value == "pass"


def test_the_portal_evidence_names_the_page_and_the_link() -> None:
    result = run("self-service-returns", _audit(page("http://s/returns", links=(LOOP_LINK,))))
    assert result.evidence == (Evidence(url="http://s/returns", quote=LINKED),)
