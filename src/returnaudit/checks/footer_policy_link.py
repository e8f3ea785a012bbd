"""footer-policy-link: the footer has a visible link to the returns/refund policy."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, errored, failed, partial, passed
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    entry, link = inp.artifacts.entry, inp.footer_link
    if entry is None:
        return errored("the home page could not be read")
    where = Evidence(url=entry.url, selector=_selector(entry.footer_source))
    if not link.found:
        if entry.footer_source is None:
            return failed("the home page has no footer (no <footer>, contentinfo or link block)",
                          where)
        texts = ", ".join(f"'{lk.text}'" for lk in entry.footer_links[:10] if lk.text)
        return failed(f"no returns or refund link among the footer's links ({texts or 'none'})",
                      where)
    evidence = Evidence(url=link.href, selector=where.selector, quote=link.text)
    if inp.not_a_policy is not None:
        other = inp.not_a_policy
        return partial(f"the footer links '{link.text}', but it opens {other.looks_like} with "
                       "no policy text", evidence)
    if inp.policy is None:
        return partial(f"the footer links '{link.text}', but the page did not open", evidence)
    return passed(f"the footer links '{link.text}'", evidence)


def _selector(source: str | None) -> str | None:
    return {"footer": "footer", "contentinfo": "[role=contentinfo]"}.get(source or "")


CHECK = Check(
    id="footer-policy-link",
    lesson="accessible-info",
    title="The footer links to the returns policy",
    failure_title="No returns policy link in the footer",
    why="Shoppers look for returns information at the bottom of the page. Without a footer "
        "link they search, give up, or write to support.",
    how_to_fix="Add a 'Returns & refunds' link to the site-wide footer, pointing to the policy.",
    evaluate=evaluate,
)
