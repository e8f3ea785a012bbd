"""The scenario language v1 as strict pydantic models, one model per action."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

LESSON_IDS = (
    "accessible-info",
    "simple-returns",
    "reasonable-policy",
    "full-responsibility",
    "satisfaction-retention",
)
SCOPES = ("footer", "header", "nav", "main")


def _scalar_to_text(value: Any) -> Any:
    """Let `value: 10042` mean the text "10042", as a user writing YAML expects."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return str(value)
    return value


Text = Annotated[str, BeforeValidator(_scalar_to_text), Field(min_length=1)]


class StrictModel(BaseModel):
    """Unknown keys are errors; models are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Locator(StrictModel):
    """How a step finds its element: exactly one of text, role+name, field or selector."""

    text: Text | None = Field(None, description="Visible text or accessible name of a link/button.")
    role: str | None = Field(None, description="ARIA role, with `name` (e.g. button).")
    name: Text | None = Field(None, description="Accessible name, with `role`.")
    field: Text | None = Field(None, description="Form field by label, placeholder or name.")
    selector: Text | None = Field(None, description="A CSS selector.")
    in_: Text | None = Field(
        None, alias="in", description="Scope: footer, header, nav, main or a CSS selector."
    )

    @model_validator(mode="after")
    def _one_way_to_find(self) -> Locator:
        ways = [k for k in ("text", "role", "field", "selector") if getattr(self, k) is not None]
        if len(ways) != 1:
            found = ", ".join(ways) if ways else "none"
            raise ValueError(f"give exactly one of text, role, field or selector (got {found})")
        if self.role is not None and self.name is None:
            raise ValueError("'role' needs a 'name', e.g. { role: button, name: Continue }")
        if self.name is not None and self.role is None:
            raise ValueError("'name' goes with 'role', e.g. { role: button, name: Continue }")
        return self

    def describe(self) -> str:
        """A short human description of the target, for timelines and errors."""
        if self.role is not None:
            what = f"{self.role} '{self.name}'"
        elif self.field is not None:
            what = f"field '{self.field}'"
        elif self.selector is not None:
            what = f"selector '{self.selector}'"
        else:
            what = f"'{self.text}'"
        return f"{what} in {self.in_}" if self.in_ else what


class OpenStep(StrictModel):
    """Go to a page: a path relative to store.url, or a full http(s) URL."""

    url: Text

    def describe(self) -> str:
        return self.url


class ClickStep(Locator):
    """Click a link or button. `submit: true` marks an irreversible step (creates a return)."""

    submit: bool = False


class FillStep(Locator):
    """Type a value into a form field."""

    value: Text


class SelectStep(Locator):
    """Choose an option of a <select> by its visible label."""

    option: Text


class CheckStep(Locator):
    """Tick a checkbox or choose a radio button, by its label."""


class PressStep(StrictModel):
    """Press a key (e.g. Enter), optionally in a given field."""

    key: Text
    field: Text | None = None
    selector: Text | None = None

    def describe(self) -> str:
        where = self.field or self.selector
        return f"{self.key} in '{where}'" if where else self.key


class WaitStep(StrictModel):
    """Wait for something to appear (never a fixed pause unless `seconds` is given)."""

    text: Text | None = None
    selector: Text | None = None
    url: Text | None = Field(None, description="Wait until the URL contains this.")
    load: Literal["load", "domcontentloaded", "networkidle"] | None = None
    seconds: float | None = Field(None, gt=0, le=30)

    @model_validator(mode="after")
    def _one_condition(self) -> WaitStep:
        given = [k for k in ("text", "selector", "url", "load", "seconds") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, selector, url, load or seconds")
        return self

    def describe(self) -> str:
        key = next(k for k in ("text", "selector", "url", "load", "seconds") if getattr(self, k))
        return f"{key} '{getattr(self, key)}'"


class ExpectStep(StrictModel):
    """Assert that text, an element or a URL is present now."""

    text: Text | None = None
    selector: Text | None = None
    url: Text | None = Field(None, description="The current URL contains this.")
    in_: Text | None = Field(None, alias="in")

    @model_validator(mode="after")
    def _one_condition(self) -> ExpectStep:
        given = [k for k in ("text", "selector", "url") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, selector or url")
        return self

    def describe(self) -> str:
        key = next(k for k in ("text", "selector", "url") if getattr(self, k))
        return f"{key} '{getattr(self, key)}'"


class ContactStep(StrictModel):
    """A point where the shopper must contact support: counted, never executed."""

    channel: Literal["email", "phone", "chat", "form"]
    note: str | None = None

    def describe(self) -> str:
        return f"{self.channel}: {self.note}" if self.note else self.channel


class ScreenshotStep(StrictModel):
    """Save a screenshot of the current page."""

    name: Text | None = None
    full_page: bool = False

    def describe(self) -> str:
        return self.name or "screenshot"


Step = (
    OpenStep
    | ClickStep
    | FillStep
    | SelectStep
    | CheckStep
    | PressStep
    | WaitStep
    | ExpectStep
    | ContactStep
    | ScreenshotStep
)

ACTIONS: dict[str, type[StrictModel]] = {
    "open": OpenStep,
    "click": ClickStep,
    "fill": FillStep,
    "select": SelectStep,
    "check": CheckStep,
    "press": PressStep,
    "wait": WaitStep,
    "expect": ExpectStep,
    "contact": ContactStep,
    "screenshot": ScreenshotStep,
}

# What a bare string means for each action (`- click: Continue`); absent = no shorthand.
SHORTHAND_KEY: dict[str, str] = {
    "open": "url",
    "click": "text",
    "check": "field",
    "press": "key",
    "wait": "text",
    "expect": "text",
    "contact": "channel",
    "screenshot": "name",
}


def action_of(step: Step) -> str:
    """The action name of a validated step."""
    return next(name for name, model in ACTIONS.items() if type(step) is model)


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"must be an http(s) URL, got '{value}'")
    return value


class Store(StrictModel):
    """The store under audit."""

    url: Annotated[Text, Field(description="Entry point: the home page, http(s).")]
    language: str | None = Field(None, description="e.g. en, fr; else read from <html lang>.")
    market: Literal["eu", "other"] | None = Field(
        None, description="eu: the store sells to consumers in the EU (the EU withdrawal "
        "function check applies); other: it does not; unset: read from its pages (an EU "
        "language, prices in euro).")

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        return _http_url(value)


class Goal(StrictModel):
    """The flow succeeded when this holds at its end."""

    text: Text | None = None
    selector: Text | None = None
    url: Text | None = None

    @model_validator(mode="after")
    def _one_condition(self) -> Goal:
        if len([k for k in ("text", "selector", "url") if getattr(self, k)]) != 1:
            raise ValueError("give exactly one of text, selector or url")
        return self


class Budgets(StrictModel):
    """Gates for CI: a run whose results break one exits 1."""

    min_score: float | None = Field(None, ge=0, le=100)
    max_screens: int | None = Field(None, ge=0)
    max_interactions: int | None = Field(None, ge=0)
    max_fields: int | None = Field(None, ge=0)
    max_support_contacts: int | None = Field(None, ge=0)
    min_lessons: dict[Literal[LESSON_IDS], Annotated[float, Field(ge=0, le=100)]] | None = None  # type: ignore[valid-type]
    require: dict[str, Literal["pass", "partial"]] | None = None


class WithdrawalPath(StrictModel):
    """The EU withdrawal function's path ("withdraw from contract here", then the statement,
    then "confirm withdrawal"), walked and counted like the return flow."""

    flow: list[Any] = Field(min_length=1, description="The steps, in order; the same actions "
                                                      "as the return flow.")
    goal: Goal | None = None


class ScenarioDocument(StrictModel):
    """A scenario file, with `flow` validated step by step by the loader."""

    version: Literal[1]
    name: Text
    store: Store
    policy_url: Text | None = None
    flow: list[Any] = Field(default_factory=list)
    goal: Goal | None = None
    budgets: Budgets | None = None
    withdrawal: WithdrawalPath | None = None
    rubric: dict[str, Any] | None = Field(
        None, description="Rubric overrides for this store: lessons/checks weights, thresholds.")
