"""Read a page's forms into plain data for `returnaudit init` (forms.js, one evaluation)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from playwright.async_api import Error, Page

from returnaudit.artifacts.exploration import FieldOption, FormButton, FormField, PageForm
from returnaudit.lang.page_words import page_words

MAX_FORMS = 10
MAX_FIELDS = 40


@cache
def _forms_js() -> str:
    return (resources.files("returnaudit.browser") / "forms.js").read_text(encoding="utf-8")


async def read_forms(page: Page) -> tuple[PageForm, ...]:
    """The page's visible forms; none when the page cannot be read (it is navigating away)."""
    arg = {"searchNames": list(page_words().search_fields), "maxForms": MAX_FORMS,
           "maxFields": MAX_FIELDS}
    try:
        raw: list[dict[str, Any]] = await page.evaluate(_forms_js(), arg)
    except Error:
        return ()
    return forms_from_raw(raw)


def forms_from_raw(raw: list[dict[str, Any]]) -> tuple[PageForm, ...]:
    """What forms.js returned, as plain data (pure, so tests can feed it by hand)."""
    return tuple(PageForm(
        action=str(form["action"]), method=str(form["method"]), search=bool(form["search"]),
        password=bool(form["password"]), region=str(form["region"]),
        fields=tuple(_field(field) for field in form["fields"]),
        buttons=tuple(FormButton(str(b["text"]), bool(b["submits"])) for b in form["buttons"]),
    ) for form in raw)


def _field(raw: dict[str, Any]) -> FormField:
    return FormField(
        kind=str(raw["kind"]), label=str(raw["label"]), name=str(raw["name"]),
        placeholder=str(raw["placeholder"]), autocomplete=str(raw["autocomplete"]),
        required=bool(raw["required"]), checked=bool(raw["checked"]), value=str(raw["value"]),
        options=tuple(FieldOption(str(o["label"]), str(o["value"])) for o in raw["options"]),
    )
