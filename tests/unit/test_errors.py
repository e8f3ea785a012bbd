"""One line of an exception for a report."""

from __future__ import annotations

from returnaudit.lib.errors import first_line


def test_first_line_drops_playwright_call_log() -> None:
    exc = Exception("Page.goto: net::ERR_CONNECTION_REFUSED at http://x/\nCall log:\n"
                    "  - navigating to \"http://x/\"")
    assert first_line(exc) == "Page.goto: net::ERR_CONNECTION_REFUSED at http://x/"


def test_first_line_of_a_log_banner_message() -> None:
    exc = Exception("Timeout 30000ms exceeded.\n=========================== logs ====\nx")
    assert first_line(exc) == "Timeout 30000ms exceeded."


def test_first_line_of_a_silent_exception() -> None:
    assert first_line(RuntimeError()) == "RuntimeError"
    assert first_line(RuntimeError("  "), "unreadable") == "unreadable"
    assert first_line(RuntimeError(), "") == ""
