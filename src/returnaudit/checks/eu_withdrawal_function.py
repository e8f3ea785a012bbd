"""eu-withdrawal-function: the online withdrawal function EU web shops must offer since
19 June 2026 (Art. 11a of Directive 2011/83/EU, inserted by Directive (EU) 2023/2673; France:
L221-21 and D221-5 Code de la consommation; Germany: § 356a BGB). A compliance check: shown
beside the five lessons, never in the score. A technical check of what the pages show, not
legal advice."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.analysis.eu_market import market_of
from returnaudit.analysis.withdrawal import Entry, Statement, WithdrawalSeen, seen
from returnaudit.checks.base import (
    Check,
    Evidence,
    Result,
    failed,
    not_applicable,
    pages_read,
    partial,
    passed,
)
from returnaudit.lang.withdrawal import withdrawal_words
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    market = market_of(inp.artifacts)
    if not market.eu:
        return not_applicable(f"not checked: {market.reason}")
    found = seen(inp.artifacts, inp.withdrawal_walk)
    if found.entry is None:
        return _missing(found, _statutory(inp))
    problems = _problems(found.entry, found.statement, _statutory(inp))
    evidence = _evidence(found)
    where = (f"'{found.entry.label}' ({found.entry.where}, {found.entry.clicks} "
             f"click{'s' * (found.entry.clicks != 1)} from home)")
    if not problems:
        statement = found.statement
        ack = ("an acknowledgment by e-mail" if statement and statement.acknowledged else
               "the acknowledgment after submitting was not checked")
        return passed(f"withdrawal function {where}: a statement asking only for name, order and "
                      f"e-mail, a confirmation step; {ack}", *evidence)
    return partial(f"withdrawal function {where}, but: {'; '.join(problems)}", *evidence)


def _statutory(inp: Analysis) -> tuple[str, str]:
    """The statutory wordings in the store's language (English when unknown)."""
    entry = inp.artifacts.entry
    code = ((entry.lang if entry else None) or inp.artifacts.scenario.language or "en")
    statutory = withdrawal_words().statutory
    return statutory.get(code.split("-")[0].lower(), statutory["en"])


def _missing(found: WithdrawalSeen, words: tuple[str, str]) -> Result:
    fix = f"add a link or button '{words[0]}' in the footer of every page"
    if found.paper_only:
        link = found.paper_only[0]
        return failed(f"no online withdrawal function, only a form to fill and send: "
                      f"'{link.text}' ({link.href}); {fix}",
                      Evidence(url=link.href, quote=link.text))
    return failed(f"no withdrawal function on the pages opened ({pages_read(found.looked_at)}); "
                  f"{fix}")


def _problems(entry: Entry, statement: Statement | None, words: tuple[str, str]) -> list[str]:
    problems = []
    if not entry.unambiguous:
        problems.append(f"the label '{entry.label}' does not say it withdraws from the contract "
                        f"(use '{words[0]}')")
    if entry.behind_login:
        problems.append("it is reachable only after signing in")
    if statement is None:
        problems.append("its statement and confirmation were not checked (the audit never "
                        "submits a form; describe the path under `withdrawal:` in a scenario "
                        "to walk it on a test store)")
        return problems
    if statement.extra:
        problems.append("the statement asks for more than name, order and e-mail: "
                        + ", ".join(f"'{label}'" for label in statement.extra))
    if statement.confirmation is None and not statement.walked:
        button = f"'{statement.last_button}'" if statement.last_button else "its form"
        problems.append(f"the step after {button} was not checked for a '{words[1]}' "
                        "confirmation (the audit never submits a form; describe the path under "
                        "`withdrawal:` in a scenario to walk it on a test store)")
    elif statement.confirmation is None:
        last = f" (its last button says '{statement.last_button}')" if statement.last_button \
            else ""
        problems.append(f"no second step labelled '{words[1]}'{last}")
    if statement.submitted and not statement.acknowledged:
        problems.append("the last page does not say an acknowledgment was sent by e-mail")
    return problems


def _evidence(found: WithdrawalSeen) -> tuple[Evidence, ...]:
    assert found.entry is not None
    selector = {"footer": "footer a", "header": "header a"}.get(found.entry.where)
    evidence = [Evidence(url=found.entry.url, selector=selector, quote=found.entry.label)]
    statement = found.statement
    if statement is not None and statement.confirmation:
        evidence.append(Evidence(url=statement.last_url, quote=statement.confirmation))
    return tuple(evidence)


CHECK = Check(
    id="eu-withdrawal-function",
    lesson="compliance",
    title="The EU withdrawal function is there",
    failure_title="The EU withdrawal function is missing or incomplete",
    why="Since 19 June 2026 every shop selling online to EU consumers must offer a 'withdraw "
        "from contract here' function, a short statement and a 'confirm withdrawal' step "
        "(Art. 11a of Directive 2011/83/EU; in France up to 15,000 EUR of fines for a person "
        "and 75,000 EUR for a company). It is lesson 1 and 2 made law.",
    how_to_fix="Link a button with the statutory label in the footer of every page, open a "
               "form asking only for name, order number and e-mail, then a second button "
               "labelled 'confirm withdrawal', and e-mail an acknowledgment with the date and "
               "time.",
    evaluate=evaluate,
)
