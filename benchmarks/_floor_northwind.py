"""The floor: the Northwind return flow hand-written against Playwright, nothing else."""

import os
import shutil
import sys

from playwright.sync_api import sync_playwright

ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-default-apps", "--disable-dev-shm-usage"]


def main(base: str) -> None:
    args = ARGS + (["--no-sandbox"] if os.geteuid() == 0 else [])
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=args)
        page = browser.new_context().new_page()
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
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1])
