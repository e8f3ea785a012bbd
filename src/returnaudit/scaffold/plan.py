"""From an exploration to the scenario to write: the route's steps (clicks, the form values, the
guesses past what could be read, a contact where a shopper must write to support), the goal,
the order variables and every note for the file and the terminal."""

from __future__ import annotations

from dataclasses import dataclass, replace

from returnaudit.analysis.platforms import RecognisedPlatform, recognise, return_start
from returnaudit.analysis.return_forms import final_button, return_form
from returnaudit.analysis.signals import channels_on_page
from returnaudit.artifacts.exploration import Exploration
from returnaudit.lang.detect import resolve_language
from returnaudit.lang.init_words import guesses, init_words
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.page_words import page_words
from returnaudit.lang.schema import Guesses
from returnaudit.lib.wording import shorten
from returnaudit.scaffold.fill import FieldNote, Step, button_step, field_lines, fill_form
from returnaudit.scaffold.notes import (
    found_lines,
    other_ways,
    relative,
    site_name,
    title,
    why_it_stops,
)
from returnaudit.scaffold.route import Hop, Route, find_route

LIVE_DEFAULTS = {"ORDER_NUMBER": "your-order-number", "ORDER_EMAIL": "you@example.com",
                 "ORDER_ZIP": "your-zip-code"}
"""Stand-ins on a live store: `validate` accepts them; `run` needs the real order."""
WHAT = {"ORDER_NUMBER": "the order number", "ORDER_EMAIL": "the order's email address",
        "ORDER_ZIP": "the order's ZIP or postal code"}


@dataclass(frozen=True)
class Variable:
    """An environment variable the scenario reads, with its default."""

    name: str
    default: str
    what: str


@dataclass(frozen=True)
class FormPage:
    """A form page of the route and its fields, as the summary lists them."""

    title: str
    url: str
    fields: tuple[FieldNote, ...]


@dataclass(frozen=True)
class Plan:
    """Everything the scenario file and the terminal summary say."""

    name: str
    store_url: str
    language: str
    policy_url: str | None
    outcome: str
    """self_service | login | contact | policy | nothing (see Route)"""
    why: str | None
    steps: tuple[Step, ...]
    goal: str
    goal_note: str
    goal_guess: bool
    variables: tuple[Variable, ...]
    demo_defaults: bool
    """The defaults are the store's own demo order (a store on this machine)."""
    found: tuple[str, ...]
    others: tuple[str, ...]
    platforms: tuple[RecognisedPlatform, ...]
    forms: tuple[FormPage, ...]
    exploration: Exploration

    @property
    def guesses(self) -> int:
        """How many steps (and the goal) are guesses the user should check."""
        return sum(step.guess for step in self.steps) + self.goal_guess


def plan_scenario(exploration: Exploration, language: str | None = None) -> Plan:
    """The scenario for what `exploration` read; `language` overrides the store's own."""
    home = exploration.pages[0].snapshot
    language = resolve_language(home.text, language or home.lang)
    route = find_route(exploration)
    platforms = recognise((p.snapshot for p in exploration.pages), exploration.store_url)
    defaults = _defaults(exploration, route)
    builder = _Steps(exploration, guesses(language), defaults, platforms)
    steps = builder.build(route)
    goal, note, guessed = _goal(route, guesses(language))
    used = [name for name in LIVE_DEFAULTS if name in builder.variables]
    return Plan(
        name=f"{site_name(exploration)}, return path from init", store_url=exploration.store_url,
        language=language, policy_url=_policy_url(exploration, route), outcome=route.outcome,
        why=why_it_stops(route, exploration), steps=steps, goal=goal, goal_note=note,
        goal_guess=guessed, variables=tuple(Variable(n, defaults[n], WHAT[n]) for n in used),
        demo_defaults=exploration.followed_forms, found=tuple(found_lines(exploration, route,
                                                                           platforms)),
        others=tuple(dict.fromkeys(other_ways(exploration, route))), platforms=platforms,
        forms=tuple(builder.forms), exploration=exploration)


class _Steps:
    """The steps of a route, with the form pages and variables met on the way."""

    def __init__(self, exploration: Exploration, guessed: Guesses, defaults: dict[str, str],
                 platforms: tuple[RecognisedPlatform, ...]) -> None:
        self.exploration, self.guessed, self.defaults = exploration, guessed, defaults
        self.platforms = platforms
        self.forms: list[FormPage] = []
        self.variables: set[str] = set()

    def build(self, route: Route) -> tuple[Step, ...]:
        steps = [Step("open", "/")]
        forms = [hop for hop in route.hops if hop.kind == "form"]
        for hop in route.hops:
            if hop.kind == "link":
                steps.append(self._click(hop))
            else:
                steps += self._form(hop, last=hop is forms[-1])
        if route.outcome == "contact":
            steps.append(self._contact(route))
        return tuple(steps)

    def _click(self, hop: Hop) -> Step:
        value: str | dict[str, str | bool] = (
            {"text": hop.text, "in": "footer"} if hop.scope == "footer" else hop.text)
        comment = f"-> {title(hop.target)}" if hop.target is not None else ""
        return Step("click", value, comment)

    def _form(self, hop: Hop, *, last: bool) -> list[Step]:
        assert hop.form is not None
        filled = fill_form(hop.form, self.guessed, self.defaults)
        self.variables |= filled.variables
        url = relative(self.exploration.store_url, hop.start.snapshot.url)
        self.forms.append(FormPage(title(hop.start), url, filled.fields))
        steps = list(filled.steps)
        final = final_button(hop.form) or (last and hop.target is not None)
        if hop.text:
            steps.append(button_step(hop.text, submit=final, comment=self._after(hop, final)))
        else:
            steps.append(Step("press", {"key": "Enter"}, "guess: the form has no button", True))
        heading = f"the form on '{title(hop.start)}' ({url}): {len(filled.fields)} field(s)"
        steps[0] = replace(steps[0], notes=(heading, *(f"  {line}" for line in
                                                      field_lines(filled.fields))))
        if hop.target is None and not final:
            steps += self._guesses_after(hop.text)
        return steps

    def _after(self, hop: Hop, final: bool) -> str:
        if final:
            return "sends the return: a real one on a live store"
        return f"-> {title(hop.target)}" if hop.target is not None else ""

    def _guesses_after(self, button: str) -> list[Step]:
        """Past a form whose next page could not be read: the usual steps of a return."""
        usual = next((return_start(p.name) for p in self.platforms
                      if p.kind == "return_portal" and return_start(p.name)), "")
        notes = (f"Guesses from here: what comes after '{button}' could not be read (init "
                 "sends no form, and on a live store that page depends on your order). Check "
                 "these steps against the store and edit them.",
                 *((f"Usually: {usual}",) if usual else ()))
        return [
            Step("check", {"selector": "main input[type=checkbox]"}, "guess: the first item",
                 True, notes),
            button_step(self.guessed.next_button, submit=False, comment="guess", guess=True),
            button_step(self.guessed.submit_button, submit=True,
                        comment="guess: the button that sends the return", guess=True),
        ]

    def _contact(self, route: Route) -> Step:
        snap = route.end.snapshot
        kinds = [c.kind for c in channels_on_page(snap.url, snap.links, snap.chat_vendors,
                                                  snap.has_contact_form)]
        channel = next((k for k in ("email", "phone", "chat", "form") if k in kinds), "email")
        note = shorten(route.push or "the page tells the shopper to contact support", 150)
        return Step("contact", {"channel": channel, "note": note},
                    "counted as a push to support; nothing is sent",
                    notes=("No self-service return: a shopper stops here and contacts support.",))


def _goal(route: Route, guessed: Guesses) -> tuple[str, str, bool]:
    """The goal's text, why it was chosen, and whether it is a guess."""
    end = route.end
    read_to_the_end = (route.outcome == "self_service" and route.hops
                       and route.hops[-1].kind == "form" and route.hops[-1].target is end
                       and return_form(end) is None)
    if read_to_the_end:
        label = page_words().confirmation["label"]
        heading = next((h for h in end.snapshot.headings if label.names(h)), None)
        if heading is not None:
            return heading, "a heading of the page after the last form", False
        if end.snapshot.heading:
            return end.snapshot.heading, "the main heading of the page after the last form", False
    if route.outcome == "self_service":
        return guessed.goal, "guess: what a confirmation usually shows", True
    return guessed.goal, "what a self-service return would end with; not met today", False


def _defaults(exploration: Exploration, route: Route) -> dict[str, str]:
    """The variables' defaults: on a store on this machine its demo order (shown on the page
    after the order lookup, or in the order field's placeholder); else stand-ins."""
    if not exploration.followed_forms:
        return dict(LIVE_DEFAULTS)
    return {"ORDER_NUMBER": _demo_order(route), "ORDER_EMAIL": "shopper@example.com",
            "ORDER_ZIP": "12345"}


def _demo_order(route: Route) -> str:
    pattern = init_words().order_word
    for hop in route.hops:
        shown = hop.target.snapshot.text if hop.kind == "form" and hop.target else ""
        found = pattern.search(shown)
        if found:
            return found.group(1).lstrip("#")
    for hop in route.hops:
        for field in hop.form.fields if hop.form else ():
            if field.placeholder and any(c.isdigit() for c in field.placeholder):
                return field.placeholder.lstrip("#")
    return "1001"


def _policy_url(exploration: Exploration, route: Route) -> str | None:
    """The returns policy the route passes: its first page headed for returns that is no
    return form, else one a returns link led to; for a push to support, the page saying so."""
    pages = [hop.target for hop in route.hops if hop.kind == "link" and hop.target is not None]
    texts = {id(hop.target): hop.text for hop in route.hops}
    policy = next((p for p in pages if is_returns_text(p.snapshot.heading or "")
                   and return_form(p) is None), None)
    policy = policy or next((p for p in pages if is_returns_text(texts[id(p)])), None)
    if policy is None and route.outcome == "contact":
        policy = route.end
    return relative(exploration.store_url, policy.snapshot.url) if policy else None


def with_prefix(plan: Plan, prefix: str) -> Plan:
    """The plan with its order variables named for one store (`SHOP_ORDER_NUMBER`), so that a
    folder of scenarios written together can be run together, each with its own order."""
    names = {variable.name: f"{prefix}_{variable.name}" for variable in plan.variables}

    def renamed(text: str) -> str:
        for old, new in names.items():
            text = text.replace("${" + old + ":-", "${" + new + ":-")
        return text

    def value(step_value: str | dict[str, str | bool]) -> str | dict[str, str | bool]:
        if isinstance(step_value, str):
            return renamed(step_value)
        return {key: renamed(v) if isinstance(v, str) else v for key, v in step_value.items()}

    steps = tuple(replace(step, value=value(step.value)) for step in plan.steps)
    forms = tuple(replace(form, fields=tuple(
        replace(note, chosen=names.get(note.chosen, note.chosen)) for note in form.fields))
        for form in plan.forms)
    variables = tuple(replace(v, name=names[v.name]) for v in plan.variables)
    return replace(plan, steps=steps, forms=forms, variables=variables)
