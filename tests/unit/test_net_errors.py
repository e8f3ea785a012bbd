"""Chromium's network errors are explained in plain words."""

from __future__ import annotations

import pytest

from returnaudit.lib.net_errors import explain


@pytest.mark.parametrize(("code", "words"), [
    ("net::ERR_UNSAFE_PORT", "the browser refuses this port"),
    ("net::ERR_CONNECTION_REFUSED", "nothing is listening at this address and port"),
    ("net::ERR_NAME_NOT_RESOLVED", "the host name does not exist"),
    ("net::ERR_CERT_AUTHORITY_INVALID", "certificate is not issued by a trusted authority"),
    ("net::ERR_CERT_DATE_INVALID", "certificate has expired"),
    ("net::ERR_CONNECTION_TIMED_OUT", "the server did not answer in time"),
    ("net::ERR_TOO_MANY_REDIRECTS", "the page redirects in a loop"),
])
def test_a_known_code_keeps_the_code_and_says_what_it_means(code: str, words: str) -> None:
    explained = explain(code)
    assert explained.startswith(f"{code}: ")
    assert words in explained


def test_an_unknown_code_or_plain_text_is_left_as_it_is() -> None:
    assert explain("net::ERR_SOMETHING_NEW") == "net::ERR_SOMETHING_NEW"
    assert explain("the page crashed") == "the page crashed"
