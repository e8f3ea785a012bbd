"""Platform recognition over hand-built pages: every shipped platform from one of its signatures,
the conservative rules (two weak signs, no marketing links, requirements), the data schema."""

from __future__ import annotations

import pytest

from returnaudit.analysis.platform_data import PlatformDataError, parse_platforms, platform_specs
from returnaudit.analysis.platforms import platform_probes, recognise
from returnaudit.artifacts.model import Link, PageSnapshot

from .helpers import page

STORE = "http://shop.example/"


def _seen(*pages: PageSnapshot) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {p.name: (p.kind, tuple(e.signal for e in p.evidence))
            for p in recognise(pages, STORE)}


RECOGNISED = [
    ("Loop Returns", "return_portal",
     page(links=(Link("Start a return", "https://cedar.loopreturns.com/#/"),))),
    ("Loop Returns", "return_portal",
     page(assets=("http://shop.example/_vendor/loopreturns.com/portal/js/app.js",))),
    ("Narvar Return & Exchange", "return_portal",
     page("https://returns.narvar.com/harbor/returns")),
    ("AfterShip Returns", "return_portal",
     page(assets=("https://cdn.returnscenter.com/widget.js",))),
    ("ReturnGO", "return_portal", page(assets=("https://cdn.returngo.ai/portal.js",))),
    ("Happy Returns", "return_portal",
     page(footer_links=(Link("Returns", "https://acme.happyreturns.com/"),))),
    ("Redo", "return_portal", page(assets=("https://cdn.getredo.com/redo.js",))),
    ("ZigZag Global", "return_portal", page(assets=("https://portal.zigzag.global/a.js",))),
    ("Rich Returns", "return_portal", page(assets=("https://app.richreturns.io/p.js",))),
    ("Zendesk Guide", "help_centre", page("https://acme.zendesk.com/hc/en-us")),
    ("Zendesk Guide", "help_centre",
     page("http://shop.example/hc/en-us/articles/1-Returns", window_globals=("HelpCenter",))),
    ("Gorgias", "help_centre", page("https://acme.gorgias.help/en-US")),
    ("Gorgias", "help_centre",
     page(assets=("https://config.gorgias.chat/bundle-loader/01X",),
          markers=('link[rel=alternate][href$="llms.txt"]',))),
    ("Help Scout Docs", "help_centre",
     page(header_links=(Link("Help", "https://acme.helpscoutdocs.com/"),))),
    ("Intercom Articles", "help_centre", page("https://intercom.help/acme/en/")),
    ("Freshdesk", "help_centre", page("https://acme.freshdesk.com/support/home")),
    ("Heroic Knowledge Base", "help_centre",
     page(assets=("http://shop.example/wp-content/plugins/ht-knowledge-base/dist/kb.css",))),
    ("Gladly", "help_centre", page(links=(Link("Help centre", "https://help.gladly.com/acme"),))),
    ("Shopify", "shop_platform", page(window_globals=("Shopify",))),
    ("WooCommerce", "shop_platform", page(generator="WooCommerce 9.1.2")),
    ("PrestaShop", "shop_platform", page(window_globals=("prestashop",))),
    ("Magento / Adobe Commerce", "shop_platform",
     page(markers=('script[type="text/x-magento-init"]',))),
    ("OpenCart", "shop_platform",
     page(assets=("http://shop.example/catalog/view/javascript/common.js",))),
    ("BigCommerce", "shop_platform", page("https://acme.mybigcommerce.com/")),
    ("Shopware", "shop_platform",
     page(assets=("http://shop.example/bundles/storefront/x.js",),
          markers=('body[class*="is-ctl-"][class*="is-act-"]',))),
]


@pytest.mark.parametrize(("name", "kind", "shown"), RECOGNISED,
                         ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(RECOGNISED)])
def test_each_platform_is_recognised_from_its_signature(name: str, kind: str,
                                                        shown: PageSnapshot) -> None:
    seen = _seen(shown)
    assert seen[name][0] == kind
    assert seen[name][1]  # the evidence says what was seen


def test_every_shipped_platform_has_a_recognition_test() -> None:
    assert {spec.name for spec in platform_specs()} - {n for n, _, _ in RECOGNISED} == {
        "Shopify self-serve returns"}  # needs Shopify too: tested below


NOT_RECOGNISED = [
    page(links=(Link("Powered by Loop Returns", "https://www.loopreturns.com/"),)),
    page(links=(Link("Loop", "https://loopreturns.com/"),)),
    page(window_globals=("HelpCenter",)),  # one weak sign
    page(assets=("https://config.gorgias.chat/bundle-loader/01X",)),  # a chat widget only
    page(assets=("https://static.zdassets.com/ekr/snippet.js",), window_globals=("zE",)),
    page(text="Start a return in our Help Center"),  # words are never a platform
    page(markers=(".shopify-section[id^=\"shopify-section-\"]",)),
]


@pytest.mark.parametrize("shown", NOT_RECOGNISED)
def test_conservative_rules_recognise_nothing(shown: PageSnapshot) -> None:
    assert _seen(shown) == {}


def test_zendesk_path_and_footer_line_are_two_weak_signs() -> None:
    seen = _seen(page("http://shop.example/hc/en-us/articles/7-Returns",
                      footer_text="Acme Help Center · Powered by Zendesk"))
    assert seen["Zendesk Guide"] == ("help_centre", ("path '/hc/en-us/'",
                                                     "text 'Powered by Zendesk'"))


def test_paths_are_read_without_the_store_prefix() -> None:
    shown = page("http://shop.example/brightside/hc/en-us/", window_globals=("HelpCenter",))
    assert "Zendesk Guide" in {p.name for p in recognise([shown], "http://shop.example/brightside/")}


def test_shopify_self_serve_returns_needs_a_shopify_store() -> None:
    account = page("http://shop.example/account/orders/1042",
                   markers=('script[src*="/cdn/shop/"], link[href*="/cdn/shop/"]',))
    assert "Shopify self-serve returns" not in _seen(account)
    seen = _seen(page(window_globals=("Shopify",)), account)
    assert list(seen) == ["Shopify self-serve returns", "Shopify"]


def test_evidence_names_the_page_and_is_capped() -> None:
    pages = [page(f"http://shop.example/{i}", window_globals=("Shopify",)) for i in range(5)]
    (shopify,) = recognise(pages, STORE)
    assert [e.url for e in shopify.evidence] == [f"http://shop.example/{i}" for i in range(3)]
    assert shopify.evidence[0].signal == "global window.Shopify"


def test_the_browser_probes_every_selector_and_global_of_the_data() -> None:
    probes = platform_probes()
    assert "Shopify" in probes["global"] and "HelpCenter" in probes["global"]
    assert 'script[type="text/x-magento-init"]' in probes["selector"]


BAD_DATA = [
    ("schema: returnaudit.platforms/1\nplatforms: [{name: X, kind: portal}]",
     "platforms.yaml: platforms.0.kind: Input should be 'return_portal', 'help_centre' or "
     "'shop_platform'"),
    ("schema: returnaudit.platforms/1\nplatforms: [{name: X, kind: help_centre, hots: []}]",
     "platforms.yaml: platforms.0.hots: Extra inputs are not permitted"),
    ("schema: returnaudit.platforms/1\nplatforms: [{name: X, kind: help_centre, signatures: "
     "[{asset: '(', strength: strong}]}]",
     "platforms.yaml: platforms.0.signatures.0: invalid regular expression '(': missing ), "
     "unterminated subpattern at position 0"),
    ("schema: returnaudit.platforms/1\nplatforms: [{name: X, kind: help_centre, signatures: "
     "[{asset: a, text: b, strength: weak}]}]",
     "platforms.yaml: platforms.0.signatures.0: give exactly one of asset, global, selector, "
     "text, path or generator (got asset, text)"),
    ("schema: returnaudit.platforms/1\nplatforms: [{name: X, kind: help_centre, requires: Y}]",
     "platforms.yaml: platforms: X requires unknown platform 'Y'"),
    ("schema: other\nplatforms: [{name: X, kind: help_centre}]",
     "platforms.yaml: schema: Input should be 'returnaudit.platforms/1'"),
]


@pytest.mark.parametrize(("text", "message"), BAD_DATA)
def test_bad_platform_data_is_one_line_naming_the_key(text: str, message: str) -> None:
    with pytest.raises(PlatformDataError) as caught:
        parse_platforms(text)
    assert str(caught.value) == message
