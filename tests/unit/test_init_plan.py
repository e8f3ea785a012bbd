"""`init`'s reasoning over hand-built explorations: the route, the steps and values, the goal,
the guesses, and a file the scenario loader accepts."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Link
from returnaudit.pipeline.init import variable_prefixes
from returnaudit.scaffold.plan import Plan, plan_scenario, with_prefix
from returnaudit.scaffold.write import render_scenario, scalar
from returnaudit.scenario import parse_scenario
from returnaudit.scenario.models import ClickStep, ContactStep

from .initkit import LIVE, STORE, exploration, explored, field, form, home, self_service


def _plan(*pages: object, store: str = STORE, language: str | None = None) -> Plan:
    return plan_scenario(exploration(*pages, store=store), language)  # type: ignore[arg-type]


def _steps(plan: Plan) -> list[tuple[str, object]]:
    return [(step.action, step.value) for step in plan.steps]


def test_a_store_on_this_machine_gets_its_whole_return_path_and_demo_order() -> None:
    plan = _plan(home(), *self_service())
    assert plan.outcome == "self_service" and plan.why is None and plan.guesses == 0
    assert _steps(plan) == [
        ("open", "/"),
        ("click", {"text": "Returns", "in": "footer"}),
        ("click", "Start a return"),
        ("fill", {"field": "Order number", "value": "${ORDER_NUMBER:-A-1001}"}),
        ("fill", {"field": "Email", "value": "${ORDER_EMAIL:-shopper@example.com}"}),
        ("click", {"role": "button", "name": "Find my order"}),
        ("check", "Blue shirt"),
        ("select", {"field": "Reason", "option": "Too small"}),
        ("click", {"role": "button", "name": "Submit return", "submit": True}),
    ]
    assert (plan.goal, plan.goal_guess) == ("Your return label", False)
    assert plan.policy_url == "/returns"
    assert [v.name for v in plan.variables] == ["ORDER_NUMBER", "ORDER_EMAIL"]


def test_a_live_store_stops_reading_at_its_first_form_and_guesses_the_rest() -> None:
    returns, lookup, *_ = self_service(LIVE)
    plan = _plan(home(LIVE), returns, lookup, store=LIVE)
    assert _steps(plan)[3:] == [
        ("fill", {"field": "Order number", "value": "${ORDER_NUMBER:-your-order-number}"}),
        ("fill", {"field": "Email", "value": "${ORDER_EMAIL:-you@example.com}"}),
        ("click", {"role": "button", "name": "Find my order"}),
        ("check", {"selector": "main input[type=checkbox]"}),
        ("click", {"role": "button", "name": "Continue"}),
        ("click", {"role": "button", "name": "Submit return", "submit": True}),
    ]
    assert [step.guess for step in plan.steps[6:]] == [True, True, True]
    assert (plan.goal, plan.goal_guess, plan.guesses) == ("return label", True, 4)
    assert "the pages after its button 'Find my order' could not be read" in plan.found[2]


def test_guessed_words_are_in_the_scenarios_language() -> None:
    returns, lookup, *_ = self_service(LIVE)
    plan = _plan(home(LIVE), returns, lookup, store=LIVE, language="fr")
    assert plan.language == "fr"
    assert _steps(plan)[-1] == ("click", {"role": "button", "name": "Valider le retour",
                                          "submit": True})
    assert plan.goal == "étiquette de retour"


def test_a_one_page_form_whose_button_sends_the_return_is_submit_even_unread() -> None:
    one = explored(f"{LIVE}returns", title="Returns", heading="Start a return", forms=(form(
        field("text", "Order number", required=True), field("email", "Email", required=True),
        button="Request return label", action=f"{LIVE}returns/label"),))
    plan = _plan(home(LIVE), one, store=LIVE)
    assert _steps(plan)[-1] == ("click", {"role": "button", "name": "Request return label",
                                          "submit": True})
    assert plan.guesses == 1  # the goal only


CONTACT = explored(
    f"{STORE}returns", title="Returns | Acme Goods", heading="Returns",
    text="Unused items within 30 days. To start a return, email us at help@acme.test.",
    links=(Link("help@acme.test", "mailto:help@acme.test"),))


def test_a_store_that_says_email_us_gets_the_route_to_that_page_and_a_contact() -> None:
    plan = _plan(home(), CONTACT)
    assert plan.outcome == "contact"
    assert _steps(plan) == [("open", "/"), ("click", {"text": "Returns", "in": "footer"}),
                            ("contact", {"channel": "email", "note": "To start a return, "
                                         "email us at help@acme.test."})]
    assert plan.why == ("no way to start a return online: 'Returns' (/returns) tells shoppers "
                        "to contact support (\"To start a return, email us at help@acme.test.\")")
    assert (plan.goal, plan.goal_guess) == ("return label", False)


def test_the_policy_reader_finds_a_push_the_page_signals_miss() -> None:
    ra = explored(f"{STORE}returns", title="Returns", heading="Returns", text=(
        "To return an item, email help@acme.test with your order number to request a Return "
        "Authorization (RA) number."))
    plan = _plan(home(), ra)
    assert plan.outcome == "contact" and plan.steps[-1].action == "contact"


def test_a_start_link_to_a_sign_in_page_is_a_login_wall() -> None:
    policy = explored(f"{STORE}returns", title="Returns", heading="Returns",
                      links=(Link("Start a return", f"{STORE}account/login"),))
    login = explored(f"{STORE}account/login", via="start", title="Sign in", heading="Sign in",
                     has_password_field=True, forms=(form(field("email", "Email"),
                                                          password=True, button="Sign in"),))
    plan = _plan(home(), policy, login)
    assert plan.outcome == "login"
    assert _steps(plan)[-1] == ("click", "Start a return")
    assert plan.why is not None and plan.why.startswith("returns start behind a sign-in")


def test_a_policy_that_sends_shoppers_to_their_account_stops_at_the_sign_in() -> None:
    policy = explored(f"{STORE}returns", title="Returns", heading="Returns",
                      text="Sign in to your account, open Orders and choose Return.")
    login = explored(f"{STORE}account", title="Account", heading="Sign in",
                     has_password_field=True)
    shop = home(header_links=(Link("My account", f"{STORE}account"),))
    assert _plan(shop, policy, login).outcome == "login"
    silent = explored(f"{STORE}returns", title="Returns", heading="Returns", text="30 days.")
    assert _plan(shop, silent, login).outcome == "policy"


def test_only_a_policy_or_nothing_found() -> None:
    policy = explored(f"{STORE}returns", title="Returns", heading="Returns", text="30 days.")
    assert _plan(home(), policy).outcome == "policy"
    nothing = _plan(home())
    assert (nothing.outcome, _steps(nothing)) == ("nothing", [("open", "/")])


def test_other_ways_and_what_was_found_are_listed() -> None:
    contact = explored(f"{STORE}contact", title="Contact", heading="Contact us",
                       has_contact_form=True)
    plan = _plan(home(), *self_service(), contact)
    assert plan.others == ("a contact form: 'Contact us' (/contact)",)
    assert "guarantee: 'Warranty' (/warranty)" in plan.found


def test_fill_keeps_what_is_chosen_and_answers_only_required_fields() -> None:
    one = form(field("text", "Order #", required=True),
               field("radio", "Exchange", name="r", checked=True),
               field("radio", "Refund", name="r"),
               field("select", "Size", value="L", options=("S", "L")),
               field("number", "Quantity", required=True),
               field("text", "Full name", required=True),
               field("textarea", "Why", required=True), field("text", "Comment"),
               field("checkbox", "Blue shirt", name="items"),
               field("checkbox", "Newsletter", name="news"),
               field("checkbox", "I accept the terms", name="terms", required=True),
               button="Send", action=f"{STORE}sent")
    start = explored(f"{STORE}returns", title="Returns", heading="Returns", forms=(one,))
    plan = _plan(home(), start, language="fr")
    assert _steps(plan)[2:] == [
        ("fill", {"field": "Order #", "value": "${ORDER_NUMBER:-1001}"}),
        ("fill", {"field": "Quantity", "value": "1"}),
        ("fill", {"field": "Full name", "value": "Camille Exemple"}),
        ("fill", {"field": "Why", "value": "L'article ne convient pas."}),
        ("check", "Blue shirt"),
        ("check", "I accept the terms"),
        ("click", {"role": "button", "name": "Send", "submit": True}),
    ]


def test_the_written_file_is_a_valid_scenario_with_its_comments() -> None:
    plan = _plan(home(), *self_service())
    text = render_scenario(plan, version="9.9")
    scenario = parse_scenario(text, "init.yaml", {})
    assert len(scenario.steps) == 9 and scenario.goal is not None
    last = scenario.steps[-1]
    assert isinstance(last, ClickStep) and last.submit
    assert "# What you must provide:" in text and "ORDER_NUMBER: the order number" in text
    assert "#   none: every step below was read from the store's pages." in text
    assert "#   Order number (text, required): ORDER_NUMBER" in text


def test_store_texts_cannot_change_the_yaml() -> None:
    evil = '"} \n- open: https://evil.example/ #'
    returns = explored(f"{STORE}returns", title="Returns", heading="Returns",
                       text="To start a return, email us.")
    shop = home(**{"footer_links": (Link(evil, f"{STORE}returns"),),
                   "links": (Link(evil, f"{STORE}returns"),)})
    scenario = parse_scenario(render_scenario(_plan(shop, returns), version="1"), "x.yaml", {})
    click, contact = scenario.steps[1], scenario.steps[2]
    assert isinstance(click, ClickStep) and click.text == evil
    assert isinstance(contact, ContactStep)


@pytest.mark.parametrize(("text", "written"), [
    ("Continue", "Continue"), ("/returns/", "/returns/"), ("Chef's knife", "Chef's knife"),
    ("Returns & Refunds", '"Returns & Refunds"'), ("yes", '"yes"'), ("10042", '"10042"'),
    ("a, b", '"a, b"'), ("#1", '"#1"'), ("${X:-1}", '"${X:-1}"'), (" pad", '" pad"'),
])
def test_scalars_are_plain_only_when_safe(text: str, written: str) -> None:
    assert scalar(text) == written


def _outcomes() -> list[Plan]:
    returns, lookup, *_ = self_service(LIVE)
    policy = explored(f"{STORE}returns", title="Returns", heading="Returns",
                      links=(Link("Start a return", f"{STORE}account/login"),))
    login = explored(f"{STORE}account/login", via="start", title="Sign in", heading="Sign in",
                     has_password_field=True)
    return [_plan(home(), *self_service()), _plan(home(LIVE), returns, lookup, store=LIVE),
            _plan(home(), CONTACT), _plan(home(), policy, login), _plan(home())]


@pytest.mark.parametrize("plan", _outcomes(), ids=lambda p: p.outcome)
def test_every_outcome_writes_a_file_validate_accepts(plan: Plan) -> None:
    text = render_scenario(plan, version="1")
    scenario = parse_scenario(text, "init.yaml", {})
    assert len(scenario.steps) == len(plan.steps)
    assert all(len(line) <= 100 or not line.startswith("#") for line in text.splitlines())


def test_a_store_of_a_list_gets_variables_named_for_it() -> None:
    plan = with_prefix(_plan(home(), *self_service()), "NORTHWIND")
    assert [v.name for v in plan.variables] == ["NORTHWIND_ORDER_NUMBER", "NORTHWIND_ORDER_EMAIL"]
    assert ("fill", {"field": "Order number", "value": "${NORTHWIND_ORDER_NUMBER:-A-1001}"}) \
        in _steps(plan)
    text = render_scenario(plan, version="test")
    assert "${ORDER_" not in text and "NORTHWIND_ORDER_EMAIL: the order's email" in text
    scenario = parse_scenario(text, "n.yaml", {"NORTHWIND_ORDER_NUMBER": "B-7"})
    assert "B-7" in str(scenario.steps) and "B-7" in scenario.secrets


@pytest.mark.parametrize(("names", "prefixes"), [
    (["127-0-0-1-northwind.yaml", "shop-example-com.yaml"], ["NORTHWIND", "SHOP_EXAMPLE_COM"]),
    (["127-0-0-1-shop.yaml", "127-0-0-2-shop.yaml"],
     ["STORE_127_0_0_1_SHOP", "STORE_127_0_0_2_SHOP"]),
    (["127-0-0-1.yaml"], ["STORE_127_0_0_1"]),
])
def test_variable_prefixes_are_names_a_shell_accepts_and_unique(names: list[str],
                                                                prefixes: list[str]) -> None:
    assert variable_prefixes(names) == prefixes
