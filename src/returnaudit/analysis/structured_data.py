"""Find schema.org MerchantReturnPolicy items in a page's JSON-LD and microdata, check them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from urllib.parse import urljoin, urlsplit

JsonDict = dict[str, object]

SCHEMA = "https://schema.org/"
POLICY = "MerchantReturnPolicy"
FINITE = "MerchantReturnFiniteReturnWindow"
LINK = "merchantReturnLink"
_PREFIXES = ("https://schema.org/", "http://schema.org/", "schema:")
_COUNTRY = re.compile(r"[A-Z]{2}")
_DIGITS = re.compile(r"[0-9]+")
# Deeper nesting than this is never a real page's markup; stopping keeps recursion bounded.
_MAX_DEPTH = 64

ENUMS: Mapping[str, frozenset[str]] = {
    "returnPolicyCategory": frozenset({
        FINITE, "MerchantReturnNotPermitted", "MerchantReturnUnlimitedWindow",
        "MerchantReturnUnspecified"}),
    "returnMethod": frozenset({"ReturnAtKiosk", "ReturnByMail", "ReturnInStore"}),
    "returnFees": frozenset({"FreeReturn", "ReturnFeesCustomerResponsibility",
                             "ReturnShippingFees", "RestockingFees", "OriginalShippingFees"}),
    "refundType": frozenset({"FullRefund", "ExchangeRefund", "StoreCreditRefund"}),
    "itemCondition": frozenset({"NewCondition", "UsedCondition", "RefurbishedCondition",
                                "DamagedCondition"}),
}


@dataclass(frozen=True)
class ReturnPolicyItem:
    """One schema.org MerchantReturnPolicy found on a page."""

    url: str
    """The page it was found on."""
    source: str
    """json-ld | microdata"""
    path: str
    """Where in the data, e.g. "Product.offers.hasMerchantReturnPolicy"."""
    properties: Mapping[str, object]
    """The policy's own properties: enums as full schema.org URLs, merchantReturnLink absolute."""
    problems: tuple[str, ...]
    """Why Google would not accept it; empty when valid."""


@dataclass(frozen=True)
class StructuredDataResult:
    """Every return policy found on the audited pages, and how the best one fares."""

    present: bool
    """Any MerchantReturnPolicy was found anywhere."""
    valid: bool | None
    """None when not present; True when at least one item is valid."""
    problems: tuple[str, ...]
    """Problems of the best item (fewest problems), plus unreadable JSON-LD when none is valid."""
    items: tuple[ReturnPolicyItem, ...]

    def to_dict(self) -> dict[str, object]:
        """The result as JSON-able data."""
        return {
            "present": self.present,
            "valid": self.valid,
            "problems": list(self.problems),
            "items": [
                {"url": i.url, "source": i.source, "path": i.path,
                 "properties": dict(i.properties), "problems": list(i.problems)}
                for i in self.items
            ],
        }


def find_return_policies(
    url: str, json_ld_blocks: Sequence[str], microdata: Sequence[Mapping[str, object]] = ()
) -> list[ReturnPolicyItem]:
    """Every MerchantReturnPolicy on one page, JSON-LD first, each in document order."""
    return _scan_page(url, json_ld_blocks, microdata)[0]


def check_structured_data(
    pages: Iterable[tuple[str, Sequence[str], Sequence[Mapping[str, object]]]],
) -> StructuredDataResult:
    """Check the return policies of (url, json_ld_blocks, microdata_items) pages, in page order."""
    items: list[ReturnPolicyItem] = []
    unreadable: list[str] = []
    for url, blocks, microdata in pages:
        found, problems = _scan_page(url, blocks, microdata)
        items.extend(found)
        unreadable.extend(problems)
    if not items:
        return StructuredDataResult(False, None, tuple(unreadable), ())
    best = min(items, key=lambda item: len(item.problems))
    shown = best.problems + tuple(unreadable) if best.problems else ()
    return StructuredDataResult(True, not best.problems, shown, tuple(items))


def _scan_page(
    url: str, blocks: Sequence[str], microdata: Sequence[Mapping[str, object]]
) -> tuple[list[ReturnPolicyItem], list[str]]:
    roots: list[object] = []
    problems: list[str] = []
    for block in blocks:
        if not block.strip():
            continue
        try:
            roots.append(json.loads(block))
        except json.JSONDecodeError as exc:
            problems.append(f"a JSON-LD block on {url} is not valid JSON "
                            f"({exc.msg} at line {exc.lineno}, column {exc.colno})")
        except RecursionError:
            problems.append(f"a JSON-LD block on {url} is not valid JSON (nested too deeply)")
    items = _Walker(url, "json-ld", roots).items()
    items += _Walker(url, "microdata", [_from_microdata(m) for m in microdata]).items()
    return items, problems


class _Walker:
    """Walks one page's data in document order, following same-page @id references."""

    def __init__(self, url: str, source: str, roots: list[object]) -> None:
        self.url = url
        self.source = source
        self.roots = roots
        self.ids = _index_ids(url, roots)
        self.seen: set[int] = set()

    def items(self) -> list[ReturnPolicyItem]:
        found: list[ReturnPolicyItem] = []
        for path, node in self._walk(self.roots, None, 0):
            properties = _normalise(self.url, node)
            problems = tuple(sorted(_problems(self.url, properties)))
            found.append(ReturnPolicyItem(
                self.url, self.source, path, MappingProxyType(properties), problems))
        return found

    def _walk(self, value: object, path: str | None, depth: int) -> Iterator[tuple[str, JsonDict]]:
        """Policies under value; a None path marks a top-level node, named by its type."""
        if depth > _MAX_DEPTH:
            return
        if isinstance(value, list):
            for index, child in enumerate(value):
                yield from self._walk(child, path and f"{path}[{index}]", depth + 1)
            return
        if not isinstance(value, dict):
            return
        node = self._resolve(value)
        if id(node) in self.seen:
            return
        self.seen.add(id(node))
        types = _types(node)
        if POLICY in types:
            yield path or POLICY, node
            return
        path = path or (types or ["Thing"])[0]
        for key, child in node.items():
            if key == "@graph":
                yield from self._walk(child, None, depth + 1)
            elif not key.startswith("@"):
                yield from self._walk(child, f"{path}.{key}", depth + 1)

    def _resolve(self, node: JsonDict) -> JsonDict:
        ref = node.get("@id")
        if isinstance(ref, str) and set(node) <= {"@id", "@type"}:
            return self.ids.get(urljoin(self.url, ref), node)
        return node


def _index_ids(url: str, roots: list[object]) -> dict[str, JsonDict]:
    """Nodes that define an @id (not mere references), first definition winning."""
    ids: dict[str, JsonDict] = {}
    stack = list(reversed(roots))
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            ref = value.get("@id")
            if isinstance(ref, str) and set(value) - {"@id", "@type"}:
                ids.setdefault(urljoin(url, ref), value)
            stack.extend(reversed(list(value.values())))
    return ids


def _from_microdata(item: Mapping[str, object]) -> JsonDict:
    """A browser-parsed microdata item as a JSON-LD-shaped node (single values unwrapped)."""
    kind = item.get("type")
    node: JsonDict = {"@type": kind.split() if isinstance(kind, str) else kind}
    properties = item.get("properties")
    if isinstance(properties, Mapping):
        for name, values in properties.items():
            listed = values if isinstance(values, list) else [values]
            converted = [_from_microdata(v) if isinstance(v, Mapping) else v for v in listed]
            node[str(name)] = converted[0] if len(converted) == 1 else converted
    return node


def _short(value: str) -> str:
    for prefix in _PREFIXES:
        if value.startswith(prefix):
            return value[len(prefix):]
    return value


def _types(node: JsonDict) -> list[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [_short(k.strip()) for k in kinds if isinstance(k, str) and k.strip()]


def _values(value: object) -> list[object]:
    listed = value if isinstance(value, list) else [value]
    return [v for v in listed if v is not None and v != ""]


def _normalise(url: str, node: JsonDict) -> JsonDict:
    """The policy's own properties, enum values spelled in full and the link made absolute."""
    properties: JsonDict = {}
    for key, value in sorted(node.items()):
        if key.startswith("@"):
            continue
        if key in ENUMS:
            value = _full_enum(key, value)
        elif key == LINK and isinstance(value, str) and value.strip():
            value = urljoin(url, value.strip())
        properties[key] = value
    return properties


def _full_enum(key: str, value: object) -> object:
    if isinstance(value, list):
        return [_full_enum(key, v) for v in value]
    if isinstance(value, str) and _short(value.strip()) in ENUMS[key]:
        return SCHEMA + _short(value.strip())
    return value


def _problems(url: str, props: JsonDict) -> list[str]:
    link_ok = _link_ok(props.get(LINK))
    fragments = _missing(props, link_ok) + _bad_countries(props) + _bad_enums(props)
    fragments += _bad_days(props.get("merchantReturnDays"))
    if _values(props.get(LINK)) and not link_ok:
        fragments.append(f"has {LINK} {_show(props[LINK])}, which is not an http(s) URL")
    return [f"{POLICY} on {url} {fragment}" for fragment in fragments]


def _missing(props: JsonDict, link_ok: bool) -> list[str]:
    missing = [] if link_ok else [
        f"has no {name} (required unless {LINK} is given)"
        for name in ("applicableCountry", "returnPolicyCategory") if not _values(props.get(name))
    ]
    categories = _values(props.get("returnPolicyCategory"))
    if SCHEMA + FINITE in categories and not _values(props.get("merchantReturnDays")):
        missing.append(
            f"has no merchantReturnDays (required when returnPolicyCategory is {FINITE})")
    return missing


def _bad_countries(props: JsonDict) -> list[str]:
    return [
        f"has applicableCountry {_show(code)}, which is not an ISO 3166-1 alpha-2 country code "
        "(two capital letters, e.g. FR)"
        for code in _values(props.get("applicableCountry"))
        if not (isinstance(code, str) and _COUNTRY.fullmatch(code))
    ]


def _bad_enums(props: JsonDict) -> list[str]:
    return [
        f"has {key} {_show(value)}, which is not a schema.org value: "
        f"expected one of {', '.join(sorted(allowed))}"
        for key, allowed in ENUMS.items()
        for value in _values(props.get(key))
        if not (isinstance(value, str) and _short(value) in allowed)
    ]


def _bad_days(value: object) -> list[str]:
    if not _values(value) or _days_ok(value):
        return []
    return [f"has merchantReturnDays {_show(value)}, "
            "which is not a whole number of days (0 or more) or an ISO 8601 date"]


def _days_ok(value: object) -> bool:
    if isinstance(value, str):
        return _DIGITS.fullmatch(value.strip()) is not None or _is_iso_date(value.strip())
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_iso_date(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _link_ok(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
