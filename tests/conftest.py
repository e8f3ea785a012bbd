"""Shared fixtures: the loopback server for demo stores and test sites (one per session)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from returnaudit.demo.server import StaticHandler, demo_root, serve

FIXTURES = Path(__file__).parent / "fixtures"
SITES = FIXTURES / "sites"
FIXTURE_SCENARIOS = FIXTURES / "scenarios"

_release = threading.Event()
REQUESTS: list[str] = []
"""Every path the fixture server was asked for, in order (tests clear it first)."""
POSTS: list[str] = []
"""Every path it was sent a form to (POST), in order (tests clear it first)."""


class FixtureHandler(StaticHandler):
    """Demo stores and test sites side by side, plus a page that never finishes loading and
    an answer that comes late (`/slow/reply?ms=N`)."""

    def _serve(self, *, body: bool) -> None:
        REQUESTS.append(self.path)
        if self.command == "POST":
            POSTS.append(self.path)
        path, _, query = self.path.partition("?")
        if path == "/slow/never-loads":
            self._hang()
            return
        if path == "/slow/reply":
            self._reply_late(float(dict(parse_qsl(query)).get("ms", "500")))
            return
        super()._serve(body=body)

    def _reply_late(self, ms: float) -> None:
        _release.wait(timeout=ms / 1000)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def resolve(self, url_path: str) -> Path | None:
        self.root = SITES
        found = super().resolve(url_path)
        if found is None:
            self.root = demo_root()
            found = super().resolve(url_path)
        return found

    def _hang(self) -> None:
        """Headers and the start of a page, then nothing until the test session ends."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(b"<!doctype html><html><head><title>Returns</title>")
        self.wfile.flush()
        _release.wait(timeout=120)


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    """Base URL of a loopback server with every demo store and test site."""
    with serve(SITES, handler=FixtureHandler) as url:
        yield url
        _release.set()
