"""A small static HTTP server on 127.0.0.1 for the demo stores and test fixtures."""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEMO_PORT = 8732


class StaticHandler(BaseHTTPRequestHandler):
    """GET, HEAD and POST serve files: `/x/` is x/index.html, `/x` may be x.html; forms
    therefore chain static pages (their bodies are read and ignored)."""

    root: Path
    server_version = "returnaudit-demo"

    def do_GET(self) -> None:
        self._serve(body=True)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._serve(body=True)

    def _serve(self, *, body: bool) -> None:
        path = self.resolve(urlsplit(self.path).path)
        if path is None:
            self._send(404, b"<!doctype html><title>Not found</title><h1>Page not found</h1>",
                       "text/html; charset=utf-8", body)
            return
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
            kind += "; charset=utf-8"
        self._send(200, path.read_bytes(), kind, body)

    def resolve(self, url_path: str) -> Path | None:
        """The file for a URL path, never outside the root."""
        root = self.root.resolve()
        target = (root / unquote(url_path).lstrip("/")).resolve()
        if target != root and root not in target.parents:
            return None
        for candidate in (target / "index.html", target, target.with_name(target.name + ".html")):
            if candidate.is_file():
                return candidate
        return None

    def _send(self, status: int, data: bytes, kind: str, body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        # Pages are asked for again each time; style sheets, scripts and images are kept for a
        # while, as a real store's are, so a browser context fetches each once.
        cached = not kind.startswith("text/html") and status == 200
        self.send_header("Cache-Control", "max-age=3600" if cached else "no-cache")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the audit's own report is the output."""


def demo_root() -> Path:
    """The folder of the bundled demo stores (one sub-folder per store)."""
    return Path(__file__).parent / "stores"


@contextmanager
def serve(root: Path, *, port: int = 0,
          handler: type[StaticHandler] = StaticHandler) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 in a background thread; yields the base URL; always stops."""
    handler_class = type("BoundHandler", (handler,), {"root": root})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler_class)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="returnaudit-demo", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
