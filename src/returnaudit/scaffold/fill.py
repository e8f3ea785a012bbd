"""The steps that fill one return form, as a shopper would: `${ORDER_NUMBER}`, `${ORDER_EMAIL}`
and `${ORDER_ZIP}` for what identifies the order, the first item, the first reason or choice,
quantity 1, sample answers for other required fields; what is already chosen stays."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from returnaudit.analysis.return_forms import field_kind
from returnaudit.artifacts.exploration import FormField, PageForm
from returnaudit.lang.schema import Guesses

TYPED = frozenset({"text", "email", "tel", "number", "textarea", "url", "search", "date"})
ORDER_VARIABLES = {"order_number": "ORDER_NUMBER", "email": "ORDER_EMAIL", "zip": "ORDER_ZIP"}
"""What identifies an order, and the environment variable that holds it."""


@dataclass(frozen=True)
class Step:
    """One step of the scenario to write: its action and YAML value, and a comment."""

    action: str
    value: str | dict[str, str | bool]
    comment: str = ""
    guess: bool = False
    notes: tuple[str, ...] = ()
    """Comment lines written above the step."""


@dataclass(frozen=True)
class FieldNote:
    """A form field as the scenario's comments list it."""

    label: str
    kind: str
    required: bool
    chosen: str
    """What the scenario does with it ("ORDER_NUMBER", "'Too small'", "left as it is")."""


@dataclass(frozen=True)
class Filled:
    """The steps of one form, its fields as listed, and the order variables it uses."""

    steps: tuple[Step, ...]
    fields: tuple[FieldNote, ...]
    variables: frozenset[str]


def fill_form(form: PageForm, guesses: Guesses, defaults: dict[str, str]) -> Filled:
    """The steps for `form`; `defaults` holds each order variable's default value."""
    steps: list[Step] = []
    notes: list[FieldNote] = []
    used: set[str] = set()
    groups_done: set[str] = set()
    first_box = _first_checkbox_group(form)
    for field in form.fields:
        step, chosen = _field_step(field, form, guesses, defaults, groups_done, first_box)
        if step is not None:
            steps.append(step)
        variable = ORDER_VARIABLES.get(field_kind(field) or "")
        if variable is not None and step is not None:
            used.add(variable)
        notes.append(FieldNote(target(field), field.kind, field.required, chosen))
    return Filled(tuple(steps), tuple(notes), frozenset(used))


def _field_step(field: FormField, form: PageForm, guesses: Guesses, defaults: dict[str, str],
                groups_done: set[str], first_box: str | None) -> tuple[Step | None, str]:
    if field.kind in ("checkbox", "radio"):
        return _choice(field, form, groups_done, first_box)
    if field.kind == "select":
        return _select(field)
    if field.kind in TYPED:
        return _typed(field, guesses, defaults)
    return None, "left as it is"


def _choice(field: FormField, form: PageForm, groups_done: set[str],
            first_box: str | None) -> tuple[Step | None, str]:
    """The first box of the item list and of each choice with none made yet (radios)."""
    group = field.name or target(field)
    members = [f for f in form.fields if f.kind == field.kind and (f.name or target(f)) == group]
    wanted = field.kind == "radio" or group == first_box or field.required
    if group in groups_done or any(f.checked for f in members) or not wanted:
        return None, "left as it is"
    groups_done.add(group)
    what = "item" if field.kind == "checkbox" else "choice"
    comment = f"the first of {len(members)} {what}s" if len(members) > 1 else f"the {what}"
    return Step("check", target(field), comment), f"'{target(field)}'"


def _select(field: FormField) -> tuple[Step | None, str]:
    """The first real option, unless one is chosen already."""
    if field.value:
        return None, "left as it is"
    options = [o for o in field.options if o.value and o.label]
    if not options:
        return None, "no option to choose"
    first = options[0].label
    comment = f"the first of {len(options)} options" if len(options) > 1 else "the option"
    return Step("select", {"field": target(field), "option": first}, comment), f"'{first}'"


def _typed(field: FormField, guesses: Guesses, defaults: dict[str, str]
           ) -> tuple[Step | None, str]:
    kind = field_kind(field)
    variable = ORDER_VARIABLES.get(kind or "")
    if variable is not None:
        value = f"${{{variable}:-{defaults[variable]}}}"
        return Step("fill", {"field": target(field), "value": value},
                    f"{_required(field)}{field.kind}"), variable
    if not field.required or field.value:
        return None, "left as it is (optional)" if not field.required else "left as it is"
    value = _sample(kind, field.kind, guesses)
    return Step("fill", {"field": target(field), "value": value},
                f"required {field.kind}: a sample answer"), f"'{value}'"


def _sample(kind: str | None, html_type: str, guesses: Guesses) -> str:
    if kind == "quantity" or html_type == "number":
        return "1"
    if kind == "name":
        return guesses.name
    if kind == "phone" or html_type == "tel":
        return guesses.phone
    return guesses.text


def _first_checkbox_group(form: PageForm) -> str | None:
    """The item list: the form's first group of checkboxes."""
    return next((f.name or target(f) for f in form.fields if f.kind == "checkbox"), None)


def _required(field: FormField) -> str:
    return "required " if field.required else ""


def target(field: FormField) -> str:
    """How the scenario names the field: its label, else its placeholder, else its name."""
    return field.label or field.placeholder or field.name


def button_step(text: str, *, submit: bool, comment: str = "", guess: bool = False) -> Step:
    """The click on a form's button."""
    value: dict[str, str | bool] = {"role": "button", "name": text}
    if submit:
        value["submit"] = True
    return Step("click", value, comment, guess)


def field_lines(notes: tuple[FieldNote, ...]) -> Iterator[str]:
    """The form's fields as comment lines: label, type, required, what the scenario does."""
    for note in notes:
        flag = "required" if note.required else "optional"
        yield f"{note.label} ({note.kind}, {flag}): {note.chosen}"
