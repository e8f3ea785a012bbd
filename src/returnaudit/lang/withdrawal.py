"""The EU withdrawal function's words in every pack that has them, read together: a shop may
label its function in any EU language, whatever its own."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files

from returnaudit.lang.packs import PackError, load_all
from returnaudit.lang.patterns import whole_words
from returnaudit.lang.schema import Withdrawal
from returnaudit.lang.text import fold


@dataclass(frozen=True)
class WithdrawalWords:
    """Each list of the packs' `withdrawal:` sections, compiled (see lang/en.yaml)."""

    function: re.Pattern[str]
    ambiguous: re.Pattern[str]
    confirm: re.Pattern[str]
    acknowledgment: re.Pattern[str]
    model_form: re.Pattern[str]
    sign_in: re.Pattern[str]
    mention: re.Pattern[str]
    name_field: re.Pattern[str]
    order_field: re.Pattern[str]
    contact_field: re.Pattern[str]
    statutory: dict[str, tuple[str, str]]
    """Language code -> (the function's statutory label, the confirmation's)."""

    def field_role(self, label: str) -> str | None:
        """name | order | contact for the fields the statement may ask for, else None."""
        text = fold(label)
        for role, pattern in (("contact", self.contact_field), ("order", self.order_field),
                              ("name", self.name_field)):
            if pattern.search(text):
                return role
        return None


@functools.cache
def withdrawal_words() -> WithdrawalWords:
    """The withdrawal lists of every shipped pack and of the withdrawal-only packs."""
    sections = {**withdrawal_only_sections(),
                **{pack.code: pack.withdrawal for pack in load_all() if pack.withdrawal}}

    def every(get: str) -> re.Pattern[str]:
        return whole_words(fragment for section in sections.values()
                           for fragment in _list(section, get))

    return WithdrawalWords(
        function=every("function"), ambiguous=every("ambiguous"), confirm=every("confirm"),
        acknowledgment=every("acknowledgment"), model_form=every("model_form"),
        sign_in=every("sign_in"), mention=every("mention"), name_field=every("fields.name"),
        order_field=every("fields.order"), contact_field=every("fields.contact"),
        statutory={code: (s.statutory, s.statutory_confirmation)
                   for code, s in sections.items()},
    )


def withdrawal_only_sections() -> dict[str, Withdrawal]:
    """`lang/withdrawal/<code>.yaml`: languages known only for the withdrawal function."""
    from pydantic import ValidationError

    from returnaudit.lang.schema import WithdrawalPack
    from returnaudit.lib.yamlfile import load_yaml

    found = {}
    folder = files("returnaudit.lang").joinpath("withdrawal")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            try:
                pack = WithdrawalPack.model_validate(load_yaml(entry.read_text(encoding="utf-8")))
            except ValidationError as exc:
                raise PackError(f"lang/withdrawal/{entry.name}: {exc.errors()[0]['msg']} at "
                                f"{'.'.join(map(str, exc.errors()[0]['loc']))}") from None
            found[pack.code] = pack.withdrawal
    return found


def _list(section: Withdrawal, path: str) -> list[str]:
    value: object = section
    for part in path.split("."):
        value = getattr(value, part)
    assert isinstance(value, list)
    return value
