"""Hand-built artifacts for browser-free tests."""

from __future__ import annotations

from returnaudit.artifacts.model import (
    Artifacts,
    ClickTarget,
    ContactNote,
    FlowArtifact,
    Link,
    PageSnapshot,
    PolicyPage,
    ScenarioInfo,
    StepRecord,
)

INTERACTIONS = {"click", "fill", "select", "check", "press"}


def step(index: int, action: str, *, new: bool = False, status: str = "passed",
         target: str = "x", clicked: ClickTarget | None = None,
         contact: ContactNote | None = None, page: int | None = None) -> StepRecord:
    """A step; `page` is the index in the artifacts' pages of the screen it led to."""
    return StepRecord(
        index=index, action=action, target=target, url_before="http://s/a",
        url_after="http://s/b", heading_after=None, new_screen=new,
        interaction=action in INTERACTIONS, field=action in {"fill", "select", "check"},
        duration_ms=10, status=status, clicked=clicked, contact=contact, page=page,
    )


def page(url: str = "http://s/", **changes: object) -> PageSnapshot:
    base = PageSnapshot(
        url=url, title="Shop", lang="en", heading="Welcome", footer_source="footer",
        footer_links=(Link("Returns", "http://s/returns"),), header_links=(),
        links=(Link("help@s.example", "mailto:help@s.example"),), chat_vendors=(),
        has_contact_form=False, json_ld=(), has_search=False, has_password_field=False,
        text="Hello",
    )
    return base.__class__(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def artifacts(steps: tuple[StepRecord, ...] = (), **changes: object) -> Artifacts:
    entry = page()
    base = Artifacts(
        scenario=ScenarioInfo("Shop, return", "shop.yaml", "http://s/", "en"),
        tool_version="0.1.0", started_at="2026-11-28T00:00:00+00:00", duration_ms=1234,
        status="completed", entry=entry, pages=(entry,),
        flow=FlowArtifact("completed" if steps else "not_run", steps, None, None, 900),
        policy_page=PolicyPage("http://s/returns", "footer", 200, "Returns", "30 days", "en"),
    )
    return base.__class__(**{**base.__dict__, **changes})  # type: ignore[arg-type]
