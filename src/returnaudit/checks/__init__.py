"""The 26 checks of the five lessons and the compliance checks, one module each, in explicit
registries keyed by their stable ids. A check
(`base.py`) is metadata (titles, why it matters, how to fix, the rubric thresholds it reads)
and a pure function of an `Analysis` and the rubric.

May import `analysis`, `artifacts`, `lib` and the rubric model; never the browser, the
report, the reporters or the pipeline.
"""

from __future__ import annotations

from returnaudit.checks import (
    confirmation_next_steps,
    customer_friendly_tone,
    damaged_or_missing_covered,
    dedicated_policy_page,
    differentiated_policy,
    eu_withdrawal_function,
    flow_screens,
    footer_policy_link,
    form_burden,
    free_returns,
    guest_returns,
    help_search,
    marketplace_seller_returns,
    no_support_gate,
    policy_click_depth,
    policy_flexibility,
    policy_prominence,
    policy_readability,
    purchase_guarantee,
    refund_method_and_timing,
    resolution_options,
    retention_offers,
    return_costs_clear,
    return_policy_structured_data,
    return_window,
    returns_help_content,
    self_service_returns,
)
from returnaudit.checks.base import Check

CHECKS: dict[str, Check] = {
    module.CHECK.id: module.CHECK
    for module in (
        footer_policy_link,
        policy_click_depth,
        dedicated_policy_page,
        returns_help_content,
        help_search,
        policy_readability,
        return_policy_structured_data,
        self_service_returns,
        flow_screens,
        form_burden,
        guest_returns,
        resolution_options,
        confirmation_next_steps,
        return_window,
        differentiated_policy,
        refund_method_and_timing,
        return_costs_clear,
        policy_flexibility,
        purchase_guarantee,
        damaged_or_missing_covered,
        marketplace_seller_returns,
        policy_prominence,
        customer_friendly_tone,
        no_support_gate,
        free_returns,
        retention_offers,
    )
}

COMPLIANCE: dict[str, Check] = {eu_withdrawal_function.CHECK.id: eu_withdrawal_function.CHECK}
"""Legal checks, shown beside the five lessons and never weighted into the score; a store can
still gate on them (`budgets.require`, `--require`)."""

__all__ = ["CHECKS", "COMPLIANCE", "Check"]
