"""Structured data: MerchantReturnPolicy found in JSON-LD and microdata, checked like Google."""

from __future__ import annotations

import json

import pytest

from returnaudit.analysis.structured_data import (
    StructuredDataResult,
    check_structured_data,
    find_return_policies,
)

URL = "https://shop.example/p/1"
MINIMAL = {
    "@type": "MerchantReturnPolicy",
    "applicableCountry": "FR",
    "returnPolicyCategory": "MerchantReturnFiniteReturnWindow",
    "merchantReturnDays": 30,
}


def policy(**changes: object) -> dict[str, object]:
    """MINIMAL with changes applied; a None value removes the property."""
    merged = {**MINIMAL, **changes}
    return {key: value for key, value in merged.items() if value is not None}


def check_one(*blocks: object) -> StructuredDataResult:
    return check_structured_data([(URL, [json.dumps(b) for b in blocks], ())])


NO_COUNTRY_CATEGORY = {"applicableCountry": None, "returnPolicyCategory": None,
                       "merchantReturnDays": None}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({**NO_COUNTRY_CATEGORY, "merchantReturnLink": "https://shop.example/returns"}, []),
        ({**NO_COUNTRY_CATEGORY, "merchantReturnLink": "/returns"}, []),
        ({"merchantReturnDays": None}, ["has no merchantReturnDays (required when"]),
        ({"merchantReturnDays": None, "merchantReturnLink": "/returns"},
         ["has no merchantReturnDays"]),
        ({"returnPolicyCategory": "MerchantReturnNotPermitted", "merchantReturnDays": None}, []),
        ({"returnPolicyCategory": "https://schema.org/MerchantReturnUnlimitedWindow"}, []),
        ({"returnFees": "schema:FreeReturn", "returnMethod": "http://schema.org/ReturnByMail",
          "refundType": "https://schema.org/FullRefund", "itemCondition": "NewCondition"}, []),
        ({"returnFees": "FreeShipping"}, ['has returnFees "FreeShipping", which is not']),
        ({"returnMethod": "https://example.com/ReturnByMail"},
         ['has returnMethod "https://example.com/ReturnByMail"']),
        ({"refundType": ["FullRefund", "Cash"]}, ['has refundType "Cash"']),
        ({"itemCondition": "LikeNew"}, ['has itemCondition "LikeNew"']),
        ({"returnPolicyCategory": "Forever"}, ['has returnPolicyCategory "Forever"']),
        ({"applicableCountry": "France"}, ['has applicableCountry "France", which is not']),
        ({"applicableCountry": ["FR", "de"]}, ['has applicableCountry "de"']),
        ({"applicableCountry": ["FR", "DE", "BE"]}, []),
        ({"merchantReturnDays": "30"}, []),
        ({"merchantReturnDays": "2025-01-31"}, []),
        ({"merchantReturnDays": 0}, []),
        ({"merchantReturnDays": -1}, ["has merchantReturnDays -1, which is not"]),
        ({"merchantReturnDays": "thirty"}, ['has merchantReturnDays "thirty"']),
        ({"applicableCountry": None},
         ["has no applicableCountry (required unless merchantReturnLink is given)"]),
        ({**NO_COUNTRY_CATEGORY, "merchantReturnLink": "javascript:void(0)"},
         ["has merchantReturnLink \"javascript:void(0)\", which is not an http(s) URL",
          "has no applicableCountry", "has no returnPolicyCategory"]),
    ],
)
def test_policy_problems(changes: dict[str, object], expected: list[str]) -> None:
    result = check_one(policy(**changes))
    assert result.present is True
    assert result.valid is (not expected)
    assert len(result.problems) == len(expected), result.problems
    for fragment in expected:
        assert any(fragment in problem for problem in result.problems), (fragment, result.problems)
    assert all(p.startswith(f"MerchantReturnPolicy on {URL} ") for p in result.problems)


def org(value: object, **extra: object) -> dict[str, object]:
    return {"@type": "Organization", "hasMerchantReturnPolicy": value, **extra}


def product(offers: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "Product", "offers": offers}


def offer(value: object = MINIMAL) -> dict[str, object]:
    return {"@type": "Offer", "hasMerchantReturnPolicy": value}


REF = {"@id": "#returns"}
DEFINED = {**MINIMAL, "@id": "#returns"}


@pytest.mark.parametrize(
    ("blocks", "paths"),
    [
        ([MINIMAL], ["MerchantReturnPolicy"]),
        ([org(MINIMAL)], ["Organization.hasMerchantReturnPolicy"]),
        ([org([MINIMAL, MINIMAL])],
         ["Organization.hasMerchantReturnPolicy[0]", "Organization.hasMerchantReturnPolicy[1]"]),
        ([product(offer())], ["Product.offers.hasMerchantReturnPolicy"]),
        ([product([{"@type": "Offer"}, offer()])], ["Product.offers[1].hasMerchantReturnPolicy"]),
        ([{"@type": "ItemList", "itemListElement": [{"item": product(offer())}]}],
         ["ItemList.itemListElement[0].item.offers.hasMerchantReturnPolicy"]),
        ([{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, org(MINIMAL)]}],
         ["Organization.hasMerchantReturnPolicy"]),
        ([[{"@type": "WebSite"}, product(offer())]], ["Product.offers.hasMerchantReturnPolicy"]),
        ([{"@type": "BreadcrumbList"}, org(MINIMAL), product(offer())],
         ["Organization.hasMerchantReturnPolicy", "Product.offers.hasMerchantReturnPolicy"]),
        ([policy(**{"@type": ["Thing", "MerchantReturnPolicy"]})], ["MerchantReturnPolicy"]),
        ([policy(**{"@type": "schema:MerchantReturnPolicy"})], ["MerchantReturnPolicy"]),
        ([org(policy(**{"@type": "https://schema.org/MerchantReturnPolicy"}),
              **{"@type": "http://schema.org/Organization"})],
         ["Organization.hasMerchantReturnPolicy"]),
        ([{"@graph": [org(REF), DEFINED]}], ["Organization.hasMerchantReturnPolicy"]),
        ([product(offer(REF)), {**MINIMAL, "@id": f"{URL}#returns"}],
         ["Product.offers.hasMerchantReturnPolicy"]),
        ([{"@graph": [DEFINED, org(REF)]}], ["MerchantReturnPolicy"]),
        ([org({"@id": "https://elsewhere.example/#returns"})], []),
        ([org({**REF, "hasMerchantReturnPolicy": REF}, **{"@id": "#returns"})], []),
        ([product({"@type": "Offer", "price": "9.00"}), {"@type": "WebSite"}], []),
    ],
)
def test_policy_locations(blocks: list[object], paths: list[str]) -> None:
    items = find_return_policies(URL, [json.dumps(b) for b in blocks])
    assert [item.path for item in items] == paths
    assert all(item.source == "json-ld" and item.url == URL for item in items)


def md(kind: str, **properties: list[object]) -> dict[str, object]:
    return {"type": f"https://schema.org/{kind}", "properties": properties}


MD_POLICY = md("MerchantReturnPolicy", applicableCountry=["FR"], merchantReturnDays=["30"],
               returnPolicyCategory=["https://schema.org/MerchantReturnFiniteReturnWindow"])


@pytest.mark.parametrize(
    ("item", "path"),
    [
        (md("Offer", hasMerchantReturnPolicy=[MD_POLICY]), "Offer.hasMerchantReturnPolicy"),
        (md("Product", offers=[md("Offer", hasMerchantReturnPolicy=[MD_POLICY])]),
         "Product.offers.hasMerchantReturnPolicy"),
        (md("Organization", hasMerchantReturnPolicy=[MD_POLICY]),
         "Organization.hasMerchantReturnPolicy"),
    ],
)
def test_microdata(item: dict[str, object], path: str) -> None:
    result = check_structured_data([(URL, [], [item])])
    assert (result.present, result.valid, result.problems) == (True, True, ())
    [found] = result.items
    assert (found.source, found.path, found.properties["applicableCountry"]) == (
        "microdata", path, "FR")


@pytest.mark.parametrize(
    ("page", "link", "absolute"),
    [
        ("http://127.0.0.1:8000/northwind/", "returns/", "http://127.0.0.1:8000/northwind/returns/"),
        ("http://127.0.0.1:8000/northwind/products/beanie.html", "../returns/",
         "http://127.0.0.1:8000/northwind/returns/"),
        (URL, "/returns", "https://shop.example/returns"),
        (URL, "https://help.example/returns", "https://help.example/returns"),
    ],
)
def test_relative_link_resolved(page: str, link: str, absolute: str) -> None:
    data = policy(merchantReturnLink=link, returnFees="FreeReturn")
    [item] = find_return_policies(page, [json.dumps(org(data))])
    assert item.properties["merchantReturnLink"] == absolute
    assert item.properties["returnFees"] == "https://schema.org/FreeReturn"
    assert item.properties["returnPolicyCategory"] == (
        "https://schema.org/MerchantReturnFiniteReturnWindow")
    assert item.problems == ()


BROKEN = '{"@type": "Organization",, }'
BAD_POLICY = json.dumps(policy(applicableCountry="France"))


@pytest.mark.parametrize(
    ("blocks", "present", "valid", "problems"),
    [
        ([BROKEN], False, None, [f"a JSON-LD block on {URL} is not valid JSON ("]),
        ([BROKEN, json.dumps(MINIMAL)], True, True, []),
        ([BROKEN, BAD_POLICY], True, False,
         ['has applicableCountry "France"', f"a JSON-LD block on {URL} is not valid JSON ("]),
        ([], False, None, []),
        (["  "], False, None, []),
        ([json.dumps(product({"@type": "Offer"}))], False, None, []),
    ],
)
def test_page_outcomes(blocks: list[str], present: bool, valid: bool | None,
                       problems: list[str]) -> None:
    result = check_structured_data([(URL, blocks, ())])
    assert (result.present, result.valid) == (present, valid)
    assert len(result.problems) == len(problems), result.problems
    for fragment, problem in zip(problems, result.problems, strict=True):
        assert fragment in problem


def page(url: str, data: dict[str, object]) -> tuple[str, list[str], list[dict[str, object]]]:
    return (url, [json.dumps(data)], [])


@pytest.mark.parametrize(
    ("policies", "valid", "best"),
    [
        ([policy(applicableCountry="x", returnFees="Nope"), policy(returnFees="Nope")], False, 1),
        ([policy(returnFees="Nope"), policy(refundType="Nope")], False, 0),
        ([policy(returnFees="Nope"), MINIMAL, policy(applicableCountry="x")], True, None),
    ],
)
def test_best_of_several(policies: list[dict[str, object]], valid: bool, best: int | None) -> None:
    pages = [page(f"https://shop.example/{i}", data) for i, data in enumerate(policies)]
    result = check_structured_data(pages)
    assert [item.url for item in result.items] == [url for url, _, _ in pages]
    assert result.valid is valid
    assert result.problems == (() if best is None else result.items[best].problems)


def test_to_dict_is_json_and_deterministic() -> None:
    pages = [page(URL, org([policy(returnFees="Nope", applicableCountry="fr")]))]
    first, second = check_structured_data(pages), check_structured_data(pages)
    assert first == second
    data = first.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert list(data) == ["present", "valid", "problems", "items"]
    assert data["problems"] == sorted(first.problems)
    [item] = first.items
    assert item.path == "Organization.hasMerchantReturnPolicy[0]"
    assert list(item.properties) == sorted(item.properties)
