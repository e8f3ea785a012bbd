"""Page signals: the footer's returns link, pushes to support, support channels (EN and FR),
read by the analysis from what the browser gathered."""

from __future__ import annotations

import pytest

from returnaudit.analysis.signals import (
    channels,
    channels_on_page,
    click_support_signal,
    find_returns_link,
    step_support_signal,
    support_push,
)
from returnaudit.artifacts.model import ClickTarget, ContactNote, Link
from returnaudit.browser.gather import snapshot_from_raw
from returnaudit.lang.links import is_returns_text

from .helpers import page, step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Returns", True),
        ("Returns & Exchanges", True),
        ("Refund policy", True),
        ("Shipping & Returns", True),
        ("Retours et remboursements", True),
        ("Politique de retour", True),
        ("Droit de rétractation", True),
        ("Rücksendungen", True),
        ("Return to top", False),
        ("Retour à l'accueil", False),
        ("Returning customers", False),
        ("About us", False),
        ("Contact", False),
        ("", False),
    ],
)
def test_returns_link_text(text: str, expected: bool) -> None:
    assert is_returns_text(text) is expected


def test_returns_link_prefers_text_then_address() -> None:
    links = [Link("Help", "http://s/help"), Link("Refund policy", "http://s/policies/refund")]
    assert find_returns_link(links).text == "Refund policy"
    by_href = find_returns_link([Link("Our promise", "http://s/pages/returns-policy")])
    assert (by_href.found, by_href.text) == (True, "Our promise")
    assert not find_returns_link([Link("About", "http://s/about")]).found


@pytest.mark.parametrize(
    "text",
    [
        "To start a return, email us at help@shop.example with your order number.",
        "Please contact our customer service team to arrange a return.",
        "Email us to request a refund.",
        "Returns are only handled by phone.",
        "Pour effectuer un retour, contactez-nous par e-mail.",
        "Contactez-nous pour retourner un article.",
        "Écrivez-nous à retours@boutique.example pour demander un échange.",
    ],
)
def test_support_push_sentences(text: str) -> None:
    assert support_push(f"Our policy.\n{text}\nThanks!") == text


@pytest.mark.parametrize(
    "text",
    [
        "Contact us with any questions. Start your return online in minutes.",
        "Returns are free within 30 days.",
        "Nous contacter",
        "Vous pouvez retourner un article depuis votre compte.",
    ],
)
def test_not_a_support_push(text: str) -> None:
    assert support_push(text) is None


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (ClickTarget("Email us", "mailto:help@s.example?subject=x", ""),
         "click on email link mailto:help@s.example"),
        (ClickTarget("Call", "tel:+15550100", ""), "click on phone link tel:+15550100"),
        (ClickTarget("Contact us", "http://s/contact", ""),
         "click on contact page link 'Contact us'"),
        (ClickTarget("Nous contacter", "http://s/nous-contacter", ""),
         "click on contact page link 'Nous contacter'"),
        (ClickTarget("Chat", None, "intercom-launcher Open chat"),
         "click on chat launcher 'Chat'"),
        (ClickTarget("Start a return", "http://s/returns/start", ""), None),
        (ClickTarget("Continue", None, "btn primary"), None),
    ],
)
def test_click_support_signal(target: ClickTarget, expected: str | None) -> None:
    assert click_support_signal(target) == expected


def test_channels_on_page() -> None:
    links = [Link("help@s.example", "mailto:help@s.example"), Link("Call", "tel:+15550100"),
             Link("Contact", "http://s/contact"), Link("Shoes", "http://s/shoes")]
    kinds = [(c.kind, c.evidence) for c in channels_on_page("http://s/", links, ["zendesk"], True)]
    assert kinds == [("email", "help@s.example"), ("phone", "+15550100"),
                     ("contact_page", "http://s/contact"), ("chat", "zendesk"),
                     ("form", "http://s/")]


def test_snapshot_from_raw_keeps_raw_facts_that_analysis_reads() -> None:
    raw = {
        "url": "http://s/terms", "title": "Terms", "lang": "en", "heading": "Terms",
        "footerSource": "footer", "footerLinks": [{"text": "Terms", "href": "http://s/terms"}],
        "headerLinks": [], "links": [{"text": "x", "href": "mailto:r@s.example"}] * 2,
        "chat": [], "contactForm": False, "jsonLd": [], "hasSearch": True, "hasPassword": False,
        "text": "9. Returns\nTo start a return, email us with your order number.",
    }
    snap = snapshot_from_raw(raw, 200)
    assert support_push(snap.text) == "To start a return, email us with your order number."
    assert len(snap.links) == 1 and channels([snap])[0].kind == "email"
    assert snap.has_search and snap.http_status == 200
    assert (snap.assets, snap.generator, snap.markers, snap.window_globals) == ((), None, (), ())


def test_snapshot_from_raw_keeps_the_platform_signs() -> None:
    raw = {
        "url": "http://s/", "title": "Shop", "lang": "en", "heading": None,
        "footerSource": None, "footerLinks": [], "headerLinks": [], "links": [], "chat": [],
        "contactForm": False, "jsonLd": [], "hasSearch": False, "hasPassword": False,
        "text": "", "assets": ["http://s/cdn/shop/t/1/assets/a.js"], "generator": "WooCommerce 9",
        "markers": ["[data-mage-init]"], "globals": ["Shopify"], "footerText": "Powered by X",
    }
    snap = snapshot_from_raw(raw)
    assert snap.assets == ("http://s/cdn/shop/t/1/assets/a.js",)
    assert (snap.generator, snap.markers, snap.window_globals, snap.footer_text) == (
        "WooCommerce 9", ("[data-mage-init]",), ("Shopify",), "Powered by X")


PAGES = (page("http://s/"), page("http://s/terms", text="To start a return, email us."))


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (step(1, "contact", contact=ContactNote("email", "write to returns@s.example")),
         "contact step (email): write to returns@s.example"),
        (step(1, "contact", contact=ContactNote("chat", None)), "contact step (chat)"),
        (step(1, "click", new=True, page=1, clicked=ClickTarget("Mail", "mailto:r@s.example", "")),
         "click on email link mailto:r@s.example"),
        (step(1, "click", new=True, page=1), "page says: To start a return, email us."),
        (step(1, "click", page=1), None),
        (step(1, "click", new=True, page=0), None),
        (step(1, "click", new=True, page=9), None),
    ],
)
def test_step_support_signal_from_what_the_browser_recorded(record: object,
                                                           expected: str | None) -> None:
    assert step_support_signal(record, PAGES) == expected  # type: ignore[arg-type]
