"""eu-withdrawal-function over hand-built artifacts: every status, in en, fr and de."""

from __future__ import annotations

from dataclasses import replace

import pytest

from returnaudit.analysis.derived import Analysis
from returnaudit.artifacts.model import (
    Artifacts,
    ClickTarget,
    FlowArtifact,
    FormButton,
    FormField,
    Link,
    PageForm,
    PageSnapshot,
    ScenarioInfo,
    StepRecord,
    WithdrawalProbe,
)
from returnaudit.checks import COMPLIANCE
from returnaudit.scoring.rubric import default_rubric

from ..helpers import artifacts, page, step
from .builders import HOME, verdict

CHECK = "eu-withdrawal-function"
FORM = "http://s/renoncer/"


def store(lang: str, *footer: Link, text: str = "Lampe opaline 89,00 €",
          market: str | None = None, more: tuple[PageSnapshot, ...] = ()) -> Artifacts:
    home = page(HOME, lang=lang, text=text, footer_links=footer, links=footer)
    info = ScenarioInfo("Boutique", "b.yaml", HOME, lang.split("-")[0], market)
    return artifacts(entry=home, pages=(home, *more), scenario=info, policy_page=None)


def click(index: int, text: str, *, page_index: int | None = None) -> StepRecord:
    return replace(step(index, "click", new=page_index is not None, page=page_index,
                        target=f"'{text}'", clicked=ClickTarget(text, None, "")),
                   url_before=FORM)


def fill(index: int, label: str) -> StepRecord:
    return step(index, "fill", target=f"field '{label}' = 'x'")


def walked(base: Artifacts, *steps: StepRecord, pages: tuple[PageSnapshot, ...],
           status: str = "completed") -> Artifacts:
    opened = (step(0, "open", new=True, page=0),)
    flow = FlowArtifact(status, (*opened, *steps), None, None, 500)
    return replace(base, withdrawal=flow, withdrawal_pages=pages)


FR_LINK = Link("Renoncer au contrat ici", FORM)
RECEIPT = page("http://s/renoncer/envoyee", text="Un accusé de réception vous a été envoyé par "
               "e-mail, avec la date et l'heure.")
SIGN_IN = page("http://s/compte/", text="Connexion", has_password_field=True)
FR_FIELDS = (fill(2, "Nom"), fill(3, "Numéro de commande"), fill(4, "Adresse e-mail"))

COMPLIANT = walked(store("fr", FR_LINK), click(1, "Renoncer au contrat ici", page_index=1),
                   *FR_FIELDS, click(5, "Continuer", page_index=2),
                   click(6, "Confirmer la rétractation", page_index=3),
                   pages=(page(HOME), page(FORM), page("http://s/renoncer/verifier"), RECEIPT))
AMBIGUOUS = walked(store("fr", Link("Gérer mes commandes", FORM)),
                   click(1, "Gérer mes commandes", page_index=1), *FR_FIELDS,
                   click(5, "Continuer", page_index=2),
                   click(6, "Confirmer la rétractation", page_index=3),
                   pages=(page(HOME), page(FORM), page("http://s/renoncer/verifier"), RECEIPT))
LOGIN = walked(store("fr", Link("Mon compte", "http://s/compte/")),
               click(1, "Mon compte", page_index=1), fill(2, "Adresse e-mail"),
               fill(3, "Mot de passe"), click(4, "Se connecter", page_index=2),
               click(5, "Renoncer au contrat ici", page_index=3),
               click(6, "Continuer", page_index=4),
               click(7, "Confirmer la rétractation", page_index=5),
               pages=(page(HOME), SIGN_IN, page("http://s/compte/commandes"), page(FORM),
                      page("http://s/renoncer/verifier"), RECEIPT))
ONE_STAGE = walked(store("en-IE", Link("Withdraw from contract here", FORM),
                         text="Linen throw €49"),
                   click(1, "Withdraw from contract here", page_index=1), fill(2, "Full name"),
                   fill(3, "Order number"), fill(4, "Email"), fill(5, "Reason for withdrawal"),
                   click(6, "Send", page_index=2),
                   pages=(page(HOME), page(FORM), page("http://s/thanks", text="Thank you.")))
def probed(base: Artifacts, label: str, *fields: tuple[str, bool], button: str,
           text: str = "Renoncer au contrat") -> Artifacts:
    form = PageForm("http://s/renoncer/suite", "post", False, False, "main", tuple(
        FormField("text", name, name, "", "", required, False, "") for name, required in fields),
        (FormButton(button, True),))
    probe = WithdrawalProbe(label, HOME, page(FORM, text=text), (form,))
    return replace(base, withdrawal_probe=probe)


STATEMENT = (("Nom", True), ("Numéro de commande", True), ("Adresse e-mail", True))
DE_PDF = store("de", text="Kissen 24,90 €", more=(
    page("http://s/widerrufsbelehrung", lang="de", links=(
        Link("Muster-Widerrufsformular (PDF)", "http://s/muster.pdf"),)),))


@pytest.mark.parametrize(("arts", "expected"), [
    pytest.param(store("en-US", text="Linen shirt $45"), (
        "not_applicable", None, "not checked: no sign of an EU market on the pages opened: no "
        "EU language, no prices in euro (set store.market: eu in the scenario if the store "
        "sells in the EU)"), id="us-store"),
    pytest.param(store("fr", market="other"), (
        "not_applicable", None, "not checked: store.market is 'other': the store does not "
        "sell to consumers in the EU"), id="market-other"),
    pytest.param(store("fr"), (
        "fail", 0.0, "no withdrawal function on the pages opened (http://s/); add a link or "
        "button 'Renoncer au contrat ici' in the footer of every page"), id="fr-none"),
    pytest.param(store("en", text="Prices in GBP", market="eu"), (
        "fail", 0.0, "no withdrawal function on the pages opened (http://s/); add a link or "
        "button 'Withdraw from contract here' in the footer of every page"), id="market-eu"),
    pytest.param(DE_PDF, (
        "fail", 0.0, "no online withdrawal function, only a form to fill and send: "
        "'Muster-Widerrufsformular (PDF)' (http://s/muster.pdf); add a link or button "
        "'Vertrag widerrufen' in the footer of every page"), id="de-pdf-only"),
    pytest.param(store("fr", FR_LINK), (
        "partial", 0.5, "withdrawal function 'Renoncer au contrat ici' (footer, 1 click from "
        "home), but: its statement and confirmation were not checked (the audit never submits "
        "a form; describe the path under `withdrawal:` in a scenario to walk it on a test "
        "store)"), id="fr-linked-not-walked"),
    pytest.param(probed(store("fr", FR_LINK), "Renoncer au contrat ici", *STATEMENT,
                        button="Continuer"), (
        "partial", 0.5, "withdrawal function 'Renoncer au contrat ici' (footer, 1 click from "
        "home), but: the step after 'Continuer' was not checked for a 'Confirmer la "
        "rétractation' confirmation (the audit never submits a form; describe the path under "
        "`withdrawal:` in a scenario to walk it on a test store)"), id="fr-probed-two-pages"),
    pytest.param(probed(store("fr", FR_LINK), "Renoncer au contrat ici", *STATEMENT,
                        button="Confirmer la rétractation"), (
        "pass", 1.0, "withdrawal function 'Renoncer au contrat ici' (footer, 1 click from "
        "home): a statement asking only for name, order and e-mail, a confirmation step; the "
        "acknowledgment after submitting was not checked"), id="fr-probed-one-page"),
    pytest.param(probed(store("fr", Link("Mes commandes", FORM)), "Mes commandes", *STATEMENT,
                        button="Continuer", text="Suivre un colis."), (
        "fail", 0.0, "no withdrawal function on the pages opened (http://s/); add a link or "
        "button 'Renoncer au contrat ici' in the footer of every page"),
        id="fr-orders-page-without-withdrawal"),
    pytest.param(COMPLIANT, (
        "pass", 1.0, "withdrawal function 'Renoncer au contrat ici' (footer, 1 click from "
        "home): a statement asking only for name, order and e-mail, a confirmation step; an "
        "acknowledgment by e-mail"), id="fr-compliant"),
    pytest.param(AMBIGUOUS, (
        "partial", 0.5, "withdrawal function 'Gérer mes commandes' (footer, 1 click from home), "
        "but: the label 'Gérer mes commandes' does not say it withdraws from the contract (use "
        "'Renoncer au contrat ici')"), id="fr-ambiguous"),
    pytest.param(LOGIN, (
        "partial", 0.5, "withdrawal function 'Renoncer au contrat ici' (page, 3 clicks from "
        "home), but: it is reachable only after signing in"), id="fr-behind-login"),
    pytest.param(ONE_STAGE, (
        "partial", 0.5, "withdrawal function 'Withdraw from contract here' (footer, 1 click "
        "from home), but: the statement asks for more than name, order and e-mail: 'Reason for "
        "withdrawal'; no second step labelled 'Confirm withdrawal' (its last button says "
        "'Send'); the last page does not say an acknowledgment was sent by e-mail"),
        id="en-one-stage"),
])
def test_withdrawal_function(arts: Artifacts, expected: tuple[str, float | None, str]) -> None:
    result = COMPLIANCE[CHECK].evaluate(Analysis(arts), default_rubric())
    assert verdict(result) == expected


def test_the_compliance_checks_are_the_rubric_s() -> None:
    assert list(COMPLIANCE) == list(default_rubric().compliance)
