"""Cookie and consent banners: accepted after each `open` (--cookie-banner accept), and a step
that clicks the banner's accept button after that is already done, not a failure."""

from __future__ import annotations

from playwright.async_api import Error, Page

from returnaudit.lang.page_words import page_words
from returnaudit.lang.text import fold
from returnaudit.scenario.models import ClickStep, Step

ALREADY_ACCEPTED = ("already accepted: the cookie banner was accepted automatically after "
                    "`open` (--cookie-banner accept)")

_CONSENT_JS = """(labels) => {
  const banner = [...document.querySelectorAll('[id*=cookie i], [class*=cookie i], [id*=consent i],'
      + ' [class*=consent i], [id*=gdpr i], [class*=gdpr i], [aria-label*=cookie i]')]
    .find((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden');
  if (!banner) return null;
  const buttons = [...banner.querySelectorAll('button, a, [role=button], input[type=button]')]
    .filter((b) => b.getClientRects().length);
  for (const label of labels) {
    const b = buttons.find((x) => (x.innerText || x.value || '').trim().toLowerCase() === label);
    if (b) {
      b.setAttribute('data-returnaudit-consent', '1');
      return (b.innerText || b.value).trim();
    }
  }
  return null;
}"""


async def dismiss_consent(page: Page, labels: list[str]) -> str | None:
    """Accept a cookie/consent banner if one is showing; returns the button text clicked."""
    try:
        label: str | None = await page.evaluate(_CONSENT_JS, labels)
        if label is None:
            return None
        await page.locator("[data-returnaudit-consent]").first.click(timeout=2_000)
        return label
    except Error:
        return None


async def accept(page: Page) -> str | None:
    """Accept a showing banner with the packs' accept labels; the label clicked, if any."""
    return await dismiss_consent(page, list(page_words().consent_accept))


async def already_accepted(page: Page, step: Step) -> bool:
    """A click on a consent banner's accept button ('Accept all') that is no longer on the
    page: the scenario was written as a shopper would, and the banner is already gone."""
    if not isinstance(step, ClickStep):
        return False
    wanted = fold(step.text or step.name or "")
    if wanted not in page_words().consent_accept:
        return False
    try:
        showing = page.get_by_role("button", name=step.text or step.name, exact=True)
        return not await showing.first.is_visible()
    except Error:
        return False
