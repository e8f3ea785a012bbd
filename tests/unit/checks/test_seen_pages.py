"""Seen or not checked: a check speaks of a page type (product page, cart, policy, return flow,
its last screen) only when the audit opened such a page; otherwise it says it did not look."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts, FlowArtifact
from returnaudit.checks import CHECKS

from ..helpers import artifacts, page
from .builders import HOME, go, run

CLAIMS = {
    "product": ("product page",),
    "cart": ("the cart", " cart "),
    "policy": ("the policy offers", "the policy says", "the policy tells", "policy is "),
    "flow": ("the flow offers", "the return flow", "the flow ", "last screen", "was completed"),
}
ALLOWED = ("not checked", "not run", "no returns policy", "no policy", "not applicable")


def home_only() -> Artifacts:
    """`audit URL` on a store whose home page is all that could be read: no policy page, no
    product page, no cart, no flow (step 0 opens the home page)."""
    home = page(HOME, text="New season. Exchange for another size anytime. We repair jackets.",
                footer_links=())
    opened = (go(0, HOME, action="open"),)
    return artifacts(opened, entry=home, pages=(home,), policy_page=None, shop_pages=(),
                     flow=FlowArtifact("not_run", opened, None, None, 300))


@pytest.mark.parametrize("check_id", list(CHECKS))
def test_no_claim_about_a_page_type_that_was_not_opened(check_id: str) -> None:
    summary = run(check_id, home_only()).summary
    lowered = f" {summary.lower()} "
    if any(word in lowered for word in ALLOWED):
        return
    for kind, words in CLAIMS.items():
        assert not any(word in lowered for word in words), (kind, summary)
