"""The floor: the demo stores' return flows hand-written against Playwright, nothing else.

One Python process, one browser, a new context per store, one after another, cycling
Northwind, Maison Lumière and BudgetBin like the benchmarks build their scenarios (or only
`--store`). Chromium is launched like returnaudit launches it (the same flags, `--block all`'s
included). Maison Lumière's scenario also walks its EU withdrawal path, in a tab of its own:
so does the floor. `--visits '{"store": ["/path", ...]}'` then loads those pages in the flow's
tab (the pages returnaudit's discovery read, from its request log): the same pages, no reading.

    python benchmarks/_floor_many.py BASE_URL COUNT [--visits JSON] [--store NAME]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from playwright.sync_api import BrowserContext, Page, sync_playwright

from returnaudit.browser.blocking import DEFAULT, block_args
from returnaudit.browser.locate import find_system_chromium, launch_args

Flow = Callable[[BrowserContext, str], Page]


def northwind(context: BrowserContext, base: str) -> Page:
    page = context.new_page()
    page.goto(base + "/northwind/", wait_until="domcontentloaded")
    page.locator("footer").get_by_role("link", name="Returns & Refunds").click()
    page.get_by_role("link", name="Start a return").click()
    page.get_by_label("Order number").fill("NW-10042")
    page.get_by_label("Email").fill("shopper@example.com")
    page.get_by_role("button", name="Find my order").click()
    page.get_by_label("Blue Oxford shirt").check()
    page.get_by_label("Reason").select_option(label="Too small")
    page.get_by_role("button", name="Continue").click()
    page.get_by_text("Exchange for another size").first.wait_for()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Submit return").click()
    page.get_by_text("Your return label").first.wait_for()
    return page


def maison_lumiere(context: BrowserContext, base: str) -> Page:
    page = context.new_page()
    page.goto(base + "/maison-lumiere/", wait_until="domcontentloaded")
    page.locator("footer").get_by_role("link", name="Retours et remboursements").click()
    page.get_by_role("link", name="Demander un retour").click()
    page.get_by_label("Numéro de commande").fill("ML-2024-0815")
    page.get_by_label("Adresse e-mail").fill("client@example.fr")
    page.get_by_role("button", name="Rechercher ma commande").click()
    page.get_by_label("Lampe Opaline").check()
    page.get_by_label("Motif du retour").select_option(label="Ne correspond pas à la description")
    page.get_by_role("button", name="Continuer").click()
    page.get_by_label("Remboursement").check()
    page.get_by_role("button", name="Valider le retour").click()
    page.get_by_text("Votre étiquette de retour").first.wait_for()
    return page


def maison_lumiere_withdrawal(context: BrowserContext, base: str) -> None:
    page = context.new_page()
    page.goto(base + "/maison-lumiere/", wait_until="domcontentloaded")
    page.locator("footer").get_by_role("link", name="Renoncer au contrat ici").click()
    page.get_by_label("Nom").fill("Claire Martin")
    page.get_by_label("Numéro de commande").fill("ML-2024-0815")
    page.get_by_label("Adresse e-mail").fill("client@example.fr")
    page.get_by_role("button", name="Continuer").click()
    page.get_by_role("button", name="Confirmer la rétractation").click()
    page.get_by_text("accusé de réception").first.wait_for()
    page.close()


def budgetbin(context: BrowserContext, base: str) -> Page:
    page = context.new_page()
    page.goto(base + "/budgetbin/", wait_until="domcontentloaded")
    page.locator("footer").get_by_role("link", name="Terms & Conditions").click()
    page.wait_for_url("**/terms.html", wait_until="domcontentloaded")
    return page


FLOWS: dict[str, Flow] = {"northwind": northwind, "maison-lumiere": maison_lumiere,
                          "budgetbin": budgetbin}
AFTER: dict[str, Callable[[BrowserContext, str], None]] = {
    "maison-lumiere": maison_lumiere_withdrawal}
"""What the scenario walks after discovery, in a tab of its own."""


def audit(context: BrowserContext, base: str, store: str, visits: list[str]) -> None:
    page = FLOWS[store](context, base)
    for path in visits:
        page.goto(base + path, wait_until="domcontentloaded")
    if store in AFTER:
        AFTER[store](context, base)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("count", type=int)
    parser.add_argument("--visits", type=json.loads, default={})
    parser.add_argument("--store", choices=list(FLOWS))
    args = parser.parse_args()
    stores = [args.store] if args.store else list(FLOWS)
    flags = [*launch_args(), *block_args(DEFAULT)]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_system_chromium(), args=flags)
        for index in range(args.count):
            store = stores[index % len(stores)]
            context = browser.new_context()
            try:
                audit(context, args.base, store, args.visits.get(store, []))
            finally:
                context.close()
        browser.close()


if __name__ == "__main__":
    main()
