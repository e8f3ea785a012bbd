"""Hand-built explorations for the `init` tables: pages, forms and fields, no browser."""

from __future__ import annotations

from returnaudit.artifacts.exploration import (
    Exploration,
    ExploredPage,
    FieldOption,
    FormButton,
    FormField,
    PageForm,
)
from returnaudit.artifacts.model import Link

from .helpers import page

STORE = "http://127.0.0.1:8000/shop/"
LIVE = "https://shop.example/"


def field(kind: str, label: str, *, required: bool = False, checked: bool = False,
          name: str = "", value: str = "", placeholder: str = "",
          options: tuple[str, ...] = ()) -> FormField:
    choices = tuple(FieldOption(o, "" if i == 0 and o.startswith("Choose") else o)
                    for i, o in enumerate(options))
    return FormField(kind, label, name or label.lower(), placeholder, "", required, checked,
                     value, choices)


def form(*fields: FormField, button: str = "Continue", action: str = "",
         region: str = "main", search: bool = False, password: bool = False) -> PageForm:
    buttons = (FormButton(button, True),) if button else ()
    return PageForm(action, "post", search, password, region, fields, buttons)


def explored(url: str, *, via: str = "link", forms: tuple[PageForm, ...] = (),
             **snapshot: object) -> ExploredPage:
    return ExploredPage(url, page(url, **snapshot), forms, via)


def exploration(*pages: ExploredPage, store: str = STORE, followed: bool | None = None
                ) -> Exploration:
    follows = store.startswith("http://127.") if followed is None else followed
    return Exploration(store, pages, 1234, "found the return path", follows)


def footer(*links: tuple[str, str]) -> dict[str, object]:
    made = tuple(Link(text, href) for text, href in links)
    return {"footer_links": made, "links": made}


def home(store: str = STORE, **more: object) -> ExploredPage:
    snapshot: dict[str, object] = {"title": "Welcome | Acme Goods", "heading": "Welcome",
                                   **footer(("Returns", f"{store}returns"),
                                            ("Warranty", f"{store}warranty")), **more}
    return explored(store, via="entry", **snapshot)


def self_service(store: str = STORE) -> tuple[ExploredPage, ...]:
    """Home -> footer Returns -> Start a return -> lookup -> items -> confirmation."""
    returns = explored(f"{store}returns", title="Returns | Acme Goods", heading="Returns",
                       links=(Link("Start a return", f"{store}returns/start"),),
                       footer_links=(Link("Returns", f"{store}returns"),))
    lookup = explored(
        f"{store}returns/start", via="start", title="Find your order | Acme Goods",
        heading="Find your order", forms=(form(
            field("text", "Order number", required=True, placeholder="A-0000"),
            field("email", "Email", required=True),
            button="Find my order", action=f"{store}returns/items"),))
    items = explored(
        f"{store}returns/items", via="form", title="Items | Acme Goods", heading="Choose items",
        text="Order A-1001, delivered May 2.", forms=(form(
            field("checkbox", "Blue shirt", name="items"),
            field("checkbox", "Grey socks", name="items"),
            field("select", "Reason", required=True, options=("Choose one", "Too small", "Other")),
            field("radio", "Refund", name="outcome", checked=True),
            field("radio", "Store credit", name="outcome"),
            button="Submit return", action=f"{store}returns/done"),))
    done = explored(f"{store}returns/done", via="form", title="Done | Acme Goods",
                    heading="Return confirmed",
                    headings=("Return confirmed", "Your return label", "Next steps"))
    return returns, lookup, items, done
