"""Measure the policy reader against the hand-labelled corpus (../shared/policies by default).

    python benchmarks/policy_accuracy.py [CORPUS_DIR] [--verbose] [--challenge DIR]

The corpus is split once (benchmarks/policy_split.yaml) into dev and test. Rules are written from
dev texts and dev misses only: `--verbose` lists dev disagreements and never a test one; test is
reported as totals.

Each scored fact of each text is one of:
- agree: the tool says what the label says (`refund_methods` compared as sets);
- confidently wrong: the tool stated an answer and the label says something else;
- missed: the label states a value and the tool said nothing (null, `unclear`, or `false` for a
  yes/no fact it did not find stated);
- over-claimed: the tool stated an answer where the label says the text does not say (null).
A yes/no fact labelled null (the corpus's older convention for "not said") is left out. Exit
status 1 when a test target is missed: >= 90% overall, every fact >= 80%, confidently wrong
<= 3%, every language >= 85%, dev - test gap <= 5 points.

Then the project-written challenge corpus (benchmarks/policy_challenge: policies we wrote, none
copied, labelled by the same conventions), split by the same rule into a tuning share and a
held-out share reported as totals only.

Then the project-written snippets (benchmarks/policy_sentences/<language>.yaml: short passages of
one to five sentences, each labelled only for the facts it decides), split by the same hash rule
into a tuning share and a held-out share (totals only). Each snippet is read as a whole policy.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "policies"
SPLIT_FILE = Path(__file__).with_name("policy_split.yaml")
CHALLENGE_CORPUS = Path(__file__).with_name("policy_challenge")
SNIPPETS = Path(__file__).with_name("policy_sentences")
SCORED_FACTS = (
    "window_days",
    "window_start",
    "free_returns",
    "return_shipping_paid_by",
    "restocking_fee",
    "refund_methods",
    "refund_days",
    "condition_tiers",
    "time_tiers",
    "purchase_method_tiers",
    "support_contact_required",
    "guarantee",
    "damaged_or_missing_covered",
)
YES_NO_FACTS = frozenset(
    {
        "restocking_fee",
        "condition_tiers",
        "time_tiers",
        "purchase_method_tiers",
        "support_contact_required",
        "guarantee",
        "damaged_or_missing_covered",
    }
)
KINDS = ("agree", "wrong", "missed", "over")
TARGET_OVERALL, TARGET_PER_FACT, TARGET_WRONG = 0.90, 0.80, 0.03
TARGET_LANGUAGE, TARGET_GAP = 0.85, 0.05


@dataclass(frozen=True)
class Case:
    """One labelled policy text."""

    id: str
    language: str
    source: str
    text: str
    labels: dict[str, object]
    partial: bool = False
    """Labelled only for some facts (a snippet): the others are not scored."""


@dataclass(frozen=True)
class Outcome:
    """One fact of one case: expected, got, and how they compare (None: not scored)."""

    case: str
    language: str
    fact: str
    expected: object
    got: object
    kind: str | None


def load_cases(corpus: Path) -> list[Case]:
    """Every text with its labels, sorted by id."""
    cases = []
    for label_file in sorted((corpus / "labels").glob("*.yaml")):
        labels = yaml.safe_load(label_file.read_text(encoding="utf-8"))
        raw = (corpus / "texts" / f"{label_file.stem}.txt").read_text(encoding="utf-8")
        header, _, body = raw.partition("\n\n")
        meta = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
        cases.append(Case(label_file.stem, meta["language"], meta["source"], body, labels))
    return cases


def load_snippets(folder: Path) -> list[Case]:
    """Every labelled snippet of every language file (`en.yaml`, `en.batch2.yaml`: the
    language is the name's first part), read as a policy (its heading on a line of its own
    above its text); labels are only the facts it decides."""
    cases = []
    for file in sorted(folder.glob("*.yaml")):
        language = file.name.split(".")[0]
        for entry in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            heading = entry.get("heading")
            text = f"{heading}\n\n{entry['text']}" if heading else entry["text"]
            cases.append(Case(entry["id"], language, "project-written", text,
                              dict(entry["expect"]), partial=True))
    return cases


def batch_of(case_id: str) -> str:
    """Which writing session a snippet comes from: 'en-b001' is the second batch's."""
    return "batch 2" if "-b" in case_id else "batch 1"


CHALLENGE_BATCHES = {
    "batch 2": {"cen": 31, "cfr": 26, "cde": 26},
    "batch 3": {"cen": 55, "cfr": 44, "cde": 44},
    "batch 4": {"cen": 79},
}
"""The first number of each later batch of the challenge corpus, per id prefix (each written
by other writers: benchmarks/policy_challenge/README.md), oldest first."""


def challenge_batch_of(case_id: str) -> str:
    """Which writing session a challenge policy comes from: 'cen-31' is the second batch's,
    'cen-55' the third's, 'cen-79' the fourth's."""
    prefix, _, number = case_id.partition("-")
    batch = "batch 1"
    for name, firsts in CHALLENGE_BATCHES.items():
        first = firsts.get(prefix)
        if first is not None and int(number) >= first:
            batch = name
    return batch


def held_out(case_id: str) -> bool:
    """The split rule of every corpus here: sha256(id) % 3 == 0 is held out."""
    return int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 3 == 0


def load_split(path: Path = SPLIT_FILE) -> dict[str, list[str]]:
    """dev, test, seen_before_split and the challenge corpus's dev and test id lists."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys = ("dev", "test", "seen_before_split", "challenge_dev", "challenge_test")
    return {key: list(data.get(key) or []) for key in keys}


def same(fact: str, expected: object, got: object) -> bool:
    if fact == "refund_methods":
        return isinstance(got, list) and isinstance(expected, list) and set(got) == set(expected)
    return bool(expected == got)


def kind_of(fact: str, expected: object, got: object, stated: bool) -> str | None:
    """agree | wrong | missed | over, or None when the label is left out of the score."""
    if expected is None:
        if fact in YES_NO_FACTS:
            return None
        return "agree" if got is None else "over"
    if same(fact, expected, got):
        return "agree"
    return "wrong" if stated else "missed"


def stated(facts: object, fact: str, got: object) -> bool:
    """Whether the tool stated this fact: its `fact_status` when it has one, else a non-null
    value (for a yes/no fact: true, since false also means "not said")."""
    status = getattr(facts, "status", None)
    if isinstance(status, Mapping) and fact in status:
        return bool(status[fact] == "stated")
    return got is not None and (fact not in YES_NO_FACTS or got is True)


def evaluate(cases: Sequence[Case], extract: Callable[..., object]) -> list[Outcome]:
    """Run the extractor over every case and compare each scored fact."""
    outcomes = []
    for case in cases:
        facts = extract(case.text, language=case.language, url=case.source)
        values = facts.to_dict()  # type: ignore[attr-defined]
        for fact in SCORED_FACTS:
            if case.partial and fact not in case.labels:
                continue  # a snippet scores only the facts it is labelled for
            expected, got = case.labels.get(fact), values[fact]
            kind = kind_of(fact, expected, got, stated(facts, fact, got))
            outcomes.append(Outcome(case.id, case.language, fact, expected, got, kind))
    return outcomes


@dataclass(frozen=True)
class Tally:
    """Counts of each kind over some outcomes."""

    agree: int
    wrong: int
    missed: int
    over: int

    @classmethod
    def of(cls, outcomes: Iterable[Outcome]) -> Tally:
        kinds = [o.kind for o in outcomes]
        return cls(*(kinds.count(k) for k in KINDS))

    @property
    def scored(self) -> int:
        return self.agree + self.wrong + self.missed + self.over

    def rate(self, count: int) -> float:
        return count / self.scored if self.scored else 1.0


HEADER = f"{'':<28}{'agree':>7}{'scored':>8}{'rate':>8}{'wrong':>8}{'missed':>8}{'over':>8}"


def row(name: str, tally: Tally) -> str:
    return (f"{name:<28}{tally.agree:>7}{tally.scored:>8}{tally.rate(tally.agree):>8.1%}"
            f"{tally.rate(tally.wrong):>8.1%}{tally.rate(tally.missed):>8.1%}"
            f"{tally.rate(tally.over):>8.1%}")


def table(title: str, outcomes: Sequence[Outcome]) -> None:
    """Per fact, per language and overall."""
    print(f"\n{title}\n{HEADER}")
    for fact in SCORED_FACTS:
        print(row(fact, Tally.of(o for o in outcomes if o.fact == fact)))
    for language in sorted({o.language for o in outcomes}):
        print(row(f"language {language}", Tally.of(o for o in outcomes if o.language == language)))
    print(row("overall", Tally.of(outcomes)))


def targets(dev: Sequence[Outcome], test: Sequence[Outcome]) -> list[tuple[str, bool]]:
    """Each test target with whether it is met."""
    overall = Tally.of(test)
    facts = [Tally.of(o for o in test if o.fact == f) for f in SCORED_FACTS]
    languages = [Tally.of(o for o in test if o.language == lang)
                 for lang in sorted({o.language for o in test})]
    gap = Tally.of(dev).rate(Tally.of(dev).agree) - overall.rate(overall.agree)
    return [
        (f"test overall >= {TARGET_OVERALL:.0%}", overall.rate(overall.agree) >= TARGET_OVERALL),
        (f"every fact >= {TARGET_PER_FACT:.0%} on test",
         all(t.rate(t.agree) >= TARGET_PER_FACT for t in facts)),
        (f"confidently wrong <= {TARGET_WRONG:.0%} on test",
         overall.rate(overall.wrong) <= TARGET_WRONG),
        (f"every language >= {TARGET_LANGUAGE:.0%} on test",
         all(t.rate(t.agree) >= TARGET_LANGUAGE for t in languages)),
        (f"dev - test gap <= {TARGET_GAP * 100:.0f} points ({gap * 100:+.1f})", gap <= TARGET_GAP),
    ]


def report_challenge(outcomes: Sequence[Outcome], split: dict[str, list[str]], *,
                     verbose: bool) -> None:
    """The project-written challenge corpus: its tuning share and its held-out share."""
    dev = [o for o in outcomes if o.case in split["challenge_dev"]]
    test = [o for o in outcomes if o.case in split["challenge_test"]]
    table(f"challenge, tuning share ({len(split['challenge_dev'])} project-written texts)", dev)
    table(f"challenge, held out ({len(split['challenge_test'])} project-written texts; totals "
          "only)", test)
    batches = sorted({challenge_batch_of(o.case) for o in outcomes})
    if len(batches) > 1:
        print(f"\nchallenge by batch\n{HEADER}")
        for batch in batches:
            for share, name in ((dev, "tuning"), (test, "held out")):
                mine = [o for o in share if challenge_batch_of(o.case) == batch]
                print(row(f"{batch}, {name} ({len({o.case for o in mine})})", Tally.of(mine)))
    if verbose:
        print("\nchallenge tuning-share disagreements (id, fact, kind, expected, got):")
        for o in dev:
            if o.kind not in (None, "agree"):
                print(f"  {o.case:<7}{o.fact:<28}{o.kind:<8}{o.expected!s:<36}{o.got!s}")


def report_snippets(outcomes: Sequence[Outcome], *, verbose: bool) -> None:
    """The project-written snippets: their tuning share and their held-out share."""
    tuning = [o for o in outcomes if not held_out(o.case)]
    test = [o for o in outcomes if held_out(o.case)]
    count = len({o.case for o in outcomes})
    table(f"snippets, tuning share ({len({o.case for o in tuning})} of {count})", tuning)
    table(f"snippets, held out ({len({o.case for o in test})}; totals only)", test)
    batches = sorted({batch_of(o.case) for o in outcomes})
    if len(batches) > 1:
        print(f"\nsnippets by batch\n{HEADER}")
        for batch in batches:
            for share, name in ((tuning, "tuning"), (test, "held out")):
                print(row(f"{batch}, {name}", Tally.of(o for o in share
                                                      if batch_of(o.case) == batch)))
    if verbose:
        print("\nsnippet tuning-share disagreements (id, fact, kind, expected, got):")
        for o in tuning:
            if o.kind not in (None, "agree"):
                print(f"  {o.case:<9}{o.fact:<28}{o.kind:<8}{o.expected!s:<36}{o.got!s}")


def report(outcomes: Sequence[Outcome], split: dict[str, list[str]], *, verbose: bool) -> bool:
    """Print dev and test tables (and dev disagreements); True when every test target is met."""
    dev = [o for o in outcomes if o.case in split["dev"]]
    test = [o for o in outcomes if o.case in split["test"]]
    unseen = [o for o in test if o.case not in split["seen_before_split"]]
    table(f"dev ({len(split['dev'])} texts)", dev)
    table(f"test ({len(split['test'])} texts; totals only)", test)
    print(row(f"test, never read ({len({o.case for o in unseen})})", Tally.of(unseen)))
    if verbose:
        print("\ndev disagreements (id, fact, kind, expected, got):")
        for o in dev:
            if o.kind not in (None, "agree"):
                print(f"  {o.case:<7}{o.fact:<28}{o.kind:<8}{o.expected!s:<36}{o.got!s}")
    print()
    results = targets(dev, test)
    for name, met in results:
        print(f"{'met   ' if met else 'MISSED'} {name}")
    return all(met for _, met in results)


def _extractor() -> Callable[..., object]:
    """The package's extract_facts, from the source tree when it is not installed."""
    if importlib.util.find_spec("returnaudit") is None:
        sys.path.insert(0, str(REPO / "src"))
    from returnaudit.analysis.policy import extract_facts

    return extract_facts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--challenge", type=Path, default=CHALLENGE_CORPUS,
                        help="the project-written challenge corpus, reported after the main one "
                             "(skipped when the folder is missing)")
    parser.add_argument("--snippets", type=Path, default=SNIPPETS,
                        help="the project-written labelled snippets (a YAML file per language)")
    parser.add_argument("--only", choices=("shared", "challenge", "snippets"),
                        help="report one corpus only")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list every dev disagreement (test ones are never listed)")
    args = parser.parse_args(argv)
    cases = load_cases(args.corpus)
    if not cases:
        parser.error(f"no labelled policies under {args.corpus}")
    split = load_split()
    unknown = sorted({c.id for c in cases} - set(split["dev"]) - set(split["test"]))
    if unknown:
        parser.error(f"ids in no split (add them to {SPLIT_FILE.name} by its rule): {unknown}")
    met = True
    if args.only in (None, "shared"):
        print(f"{len(cases)} policies from {args.corpus}")
        met = report(evaluate(cases, _extractor()), split, verbose=args.verbose)
    challenge = load_cases(args.challenge) if (args.challenge / "labels").is_dir() else []
    unsplit = sorted({c.id for c in challenge} - set(split["challenge_dev"])
                     - set(split["challenge_test"]))
    if unsplit:
        parser.error(f"challenge ids in no split (add them to {SPLIT_FILE.name} by its rule): "
                     f"{unsplit}")
    if challenge and args.only in (None, "challenge"):
        print(f"\n{len(challenge)} project-written policies from {args.challenge}")
        report_challenge(evaluate(challenge, _extractor()), split, verbose=args.verbose)
    snippets = load_snippets(args.snippets) if args.snippets.is_dir() else []
    if snippets and args.only in (None, "snippets"):
        print(f"\n{len(snippets)} project-written snippets from {args.snippets}")
        report_snippets(evaluate(snippets, _extractor()), verbose=args.verbose)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
