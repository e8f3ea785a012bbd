"""--block: kinds to Chromium flags, merged with the user's own host rules."""

from __future__ import annotations

import pytest

from returnaudit.browser.blocking import DEFAULT, block_args, parse_block, tracker_hosts
from returnaudit.lib.chat_widgets import chat_widgets
from returnaudit.lib.errors import UsageError


def test_parse_block_kinds_all_and_none() -> None:
    assert parse_block("all") == DEFAULT == {"images", "fonts", "media", "trackers"}
    assert parse_block("none") == frozenset() == parse_block("")
    assert parse_block(" Images , trackers ") == {"images", "trackers"}


def test_parse_block_rejects_unknown_kinds() -> None:
    with pytest.raises(UsageError, match="unknown kind 'css'; use any of images, fonts, media, "
                                         "trackers, or all, or none"):
        parse_block("images,css")


def test_block_args_one_flag_per_kind() -> None:
    assert block_args(["images"]) == ["--blink-settings=imagesEnabled=false"]
    assert block_args(["fonts"]) == ["--disable-remote-fonts"]
    assert block_args(["media"]) == ["--autoplay-policy=document-user-activation-required"]
    assert block_args([]) == []


def test_trackers_fail_to_resolve_with_their_subdomains() -> None:
    [flag] = block_args(["trackers"])
    assert flag.startswith("--host-resolver-rules=")
    rules = flag.split("=", 1)[1].split(", ")
    assert "MAP google-analytics.com ~NOTFOUND" in rules
    assert "MAP *.google-analytics.com ~NOTFOUND" in rules
    assert len(rules) == 2 * len(tracker_hosts())


def test_user_host_rules_are_merged_after_the_tracker_rules() -> None:
    # Chromium reads one --host-resolver-rules flag and the first matching rule wins.
    args = block_args(["trackers"], ["--proxy-server=http://p:3128",
                                     "--host-resolver-rules=MAP shop.example 10.0.0.5"])
    [rules] = [a for a in args if a.startswith("--host-resolver-rules=")]
    assert rules.endswith(", MAP shop.example 10.0.0.5")
    assert args[-1] == "--proxy-server=http://p:3128"


def test_user_host_rules_pass_through_when_trackers_load() -> None:
    assert block_args([], ["--host-resolver-rules=MAP a b"]) == ["--host-resolver-rules=MAP a b"]


def test_no_chat_vendor_or_tag_manager_is_a_tracker() -> None:
    # Chat widgets are support channels the checks read: never blocked, nor what loads them.
    hosts = tracker_hosts()
    for loader in ("googletagmanager.com", "www.googletagmanager.com", "cdn.segment.com",
                   "tags.tiqcdn.com"):
        assert not any(loader == h or loader.endswith("." + h) for h in hosts), loader
    for widget in chat_widgets().values():
        for script in widget.scripts:
            assert not any(script == h or script.endswith("." + h) for h in hosts), script
