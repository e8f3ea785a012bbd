"""The many-stores floor: the three demo return flows hand-written against Playwright.

One Python process, one browser, a new context per flow, the flows run one after another,
cycling Northwind, Maison Lumière and BudgetBin like `many_stores.py` builds its scenarios.
Chromium is launched like returnaudit launches it (the same flags, `--block all`'s included).

    python benchmarks/_floor_many.py BASE_URL COUNT
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from playwright.sync_api import BrowserContext, sync_playwright

from returnaudit.browser.blocking import DEFAULT, block_args
from returnaudit.browser.locate import find_system_chromium, launch_args

Flow = Callable[[BrowserContext, str], None]


def northwind(context: BrowserContext, base: str) -> None:
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


def maison_lumiere(context: BrowserContext, base: str) -> None:
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


def budgetbin(context: BrowserContext, base: str) -> None:
    page = context.new_page()
    page.goto(base + "/budgetbin/", wait_until="domcontentloaded")
    page.locator("footer").get_by_role("link", name="Terms & Conditions").click()
    page.wait_for_url("**/terms.html", wait_until="domcontentloaded")


FLOWS: tuple[Flow, ...] = (northwind, maison_lumiere, budgetbin)


def main(base: str, count: int) -> None:
    args = [*launch_args(), *block_args(DEFAULT)]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_system_chromium(), args=args)
        for index in range(count):
            context = browser.new_context()
            try:
                FLOWS[index % len(FLOWS)](context, base)
            finally:
                context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
