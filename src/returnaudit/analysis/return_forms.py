"""Which form of an explored page is a return form, and what each of its fields asks for
(order number, email, ZIP code, name, phone, quantity, reason), from the field's autocomplete
hint, its type and its label's words (every pack's `init:` lists)."""

from __future__ import annotations

from returnaudit.artifacts.exploration import ExploredPage, FormField, PageForm
from returnaudit.lang.init_words import init_words

IDENTIFIES_ORDER = frozenset({"order_number", "email", "zip"})
"""What a shopper types to find their order."""
CHOICES = frozenset({"checkbox", "radio", "select"})
_AUTOCOMPLETE = {"email": "email", "postal-code": "zip", "name": "name", "given-name": "name",
                 "family-name": "name", "tel": "phone"}
_TYPES = {"email": "email", "tel": "phone"}


def field_kind(field: FormField) -> str | None:
    """What the field asks for; None for anything else (an item to tick, a free comment...)."""
    hint = _AUTOCOMPLETE.get(field.autocomplete.split(" ")[-1]) if field.autocomplete else None
    if hint is not None:
        return hint
    words = init_words().field_kind(field.label, field.placeholder, field.name)
    if words is not None and (field.kind not in CHOICES or words in ("reason", "quantity")):
        return words
    return _TYPES.get(field.kind)


def could_be_return_form(form: PageForm) -> bool:
    """A form in the page's main content that is no search box and no login."""
    usable = bool(form.fields) or any(button.submits for button in form.buttons)
    return usable and form.region == "main" and not form.search and not form.password


def identifies_order(form: PageForm) -> bool:
    """The form asks for an order number (an order lookup, or a one-page return form)."""
    return any(field_kind(field) == "order_number" for field in form.fields)


def return_form(page: ExploredPage) -> PageForm | None:
    """The page's return form: one that asks for an order number, or, on a page reached along
    a return path, its first main-content form."""
    candidates = [form for form in page.forms if could_be_return_form(form)]
    asking = next((form for form in candidates if identifies_order(form)), None)
    if asking is not None or not page.in_chain:
        return asking
    return candidates[0] if candidates else None


def final_button(form: PageForm) -> bool:
    """Whether the form's button sends the return itself (not a lookup or a next page)."""
    button = main_button(form)
    return button is not None and init_words().submit_button.names(button)


def main_button(form: PageForm) -> str | None:
    """The name of the button that sends the form: its submit button, else its only button."""
    submits = [button.text for button in form.buttons if button.submits]
    if submits:
        return submits[-1]
    return form.buttons[0].text if len(form.buttons) == 1 else None
