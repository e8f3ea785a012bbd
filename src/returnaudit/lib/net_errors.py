"""Chromium's network error codes in plain words, for the one line that says why a store could
not be reached."""

from __future__ import annotations

import re

_PLAIN = {
    "ERR_UNSAFE_PORT": "the browser refuses this port, which is reserved for other services "
                       "(use the store's web port, such as 80, 443 or 8080)",
    "ERR_CONNECTION_REFUSED": "nothing is listening at this address and port (is the store's "
                              "server running?)",
    "ERR_CONNECTION_RESET": "the server closed the connection before answering",
    "ERR_CONNECTION_CLOSED": "the server closed the connection before answering",
    "ERR_EMPTY_RESPONSE": "the server closed the connection without sending anything",
    "ERR_CONNECTION_TIMED_OUT": "the server did not answer in time",
    "ERR_TIMED_OUT": "the server did not answer in time",
    "ERR_ADDRESS_UNREACHABLE": "this address cannot be reached from this machine",
    "ERR_INTERNET_DISCONNECTED": "this machine has no network connection",
    "ERR_NAME_NOT_RESOLVED": "the host name does not exist (check the spelling of the URL, or "
                             "the DNS of this machine)",
    "ERR_NAME_RESOLUTION_FAILED": "the host name could not be looked up (check this machine's "
                                  "DNS)",
    "ERR_CERT_AUTHORITY_INVALID": "the site's HTTPS certificate is not issued by a trusted "
                                  "authority (self-signed?)",
    "ERR_CERT_COMMON_NAME_INVALID": "the site's HTTPS certificate is for another host name",
    "ERR_CERT_DATE_INVALID": "the site's HTTPS certificate has expired or is not valid yet",
    "ERR_SSL_PROTOCOL_ERROR": "the HTTPS connection failed (is this port plain HTTP?)",
    "ERR_TOO_MANY_REDIRECTS": "the page redirects in a loop",
    "ERR_BLOCKED_BY_CLIENT": "the page was blocked by the browser itself",
    "ERR_ABORTED": "the browser gave up loading the page (it was replaced or stopped)",
    "ERR_INVALID_URL": "the URL is not a valid address",
    "ERR_PROXY_CONNECTION_FAILED": "the proxy given to the browser cannot be reached",
}

_CODE = re.compile(r"net::(ERR_[A-Z_]+)")


def explain(message: str) -> str:
    """`message` with its first `net::ERR_...` code followed by what it means, when known."""
    found = _CODE.search(message)
    if found is None or found.group(1) not in _PLAIN:
        return message
    return f"{message}: {_PLAIN[found.group(1)]}"
