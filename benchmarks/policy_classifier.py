"""Does a small statistical classifier beat, or usefully back up, the rules on the yes/no facts?

    pip install scikit-learn        # needed by this experiment only; not a package dependency
    python benchmarks/policy_classifier.py [CORPUS_DIR] [--challenge DIR] [--snippets DIR]
        [--no-snippets] [--project-only] [--no-timing]

The experiment of issue 10. For each yes/no fact (support_contact_required,
purchase_method_tiers, condition_tiers, time_tiers, restocking_fee, damaged_or_missing_covered,
guarantee) it trains a document-level classifier: TF-IDF word 1-2-grams and char_wb 3-5-grams
over the whole text (one vocabulary shared by en/fr/de), then a class-balanced logistic
regression (liblinear, random_state 0). The targets are the texts' own labels. Training data:
the shared corpus's `dev` share, the challenge corpus's `challenge_dev` share and the snippets'
tuning share (`--no-snippets`: whole policies only, as first measured; `--project-only`: no
shared-corpus text, as a model shipped with returnaudit would have to be). A label left null
is left out, as in benchmarks/policy_accuracy.py.

It compares, per fact and overall:
- rules alone (extract_facts, scored exactly as benchmarks/policy_accuracy.py scores it);
- the classifier alone (p(true) >= 0.5 is a stated true; false means "not said");
- rules backed by the classifier: `veto t` drops the rules' true when p(true) < 1 - t,
  `rescue t` states true where the rules did not when p(true) >= t, `override t` does both,
  for t in 0.7 / 0.8 / 0.9.

The combination is chosen twice. First by 5-fold cross-validation on the training data
(out-of-fold probabilities; score = agree - confidently wrong, ties to the earlier, simpler
candidate): but the rules were written while reading those texts, so their figures there
flatter them and the choice leans to the rules. Then on the snippets' held-out share, which
neither the rules nor the classifier saw, and measured on the two corpora of whole policies
(`test`, `challenge_test`). Held-out shares are printed as totals per fact only: never a text,
a label or a per-text result.

Reported: agreement and confidently-wrong rates (missed is the rest: a yes/no label is never
null here), and the classifier's time per policy (vectorise + 7 predictions, one text at a time).
Every figure but the timings is deterministic; `--no-timing` leaves the timings out. Exits 0,
with a message, when scikit-learn is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policy_accuracy import (
    CHALLENGE_CORPUS,
    DEFAULT_CORPUS,
    SNIPPETS,
    Case,
    _extractor,
    kind_of,
    load_cases,
    load_snippets,
    load_split,
    stated,
)
from policy_accuracy import (
    held_out as is_held_out,
)

FACTS = (
    "support_contact_required",
    "purchase_method_tiers",
    "condition_tiers",
    "time_tiers",
    "restocking_fee",
    "damaged_or_missing_covered",
    "guarantee",
)
TRAIN_SHARES = ("dev", "challenge_dev", "snippets_tuning")
HELD_OUT = (("test", "test (shared corpus, held out)"),
            ("challenge_test", "challenge_test (project-written, held out)"),
            ("snippets_test", "snippets, held-out share (project-written)"))
THRESHOLDS = (0.7, 0.8, 0.9)
FOLDS, SEED, C = 5, 0, 10.0

Answer = tuple[bool | None, bool]
"""A yes/no answer as the benchmark scores it: the value, and whether it is stated."""


@dataclass(frozen=True)
class RuleAnswer:
    """The rules' answer for one fact of one text."""

    value: bool | None
    stated: bool


Combiner = Callable[[RuleAnswer, float], Answer]


def _rules(rule: RuleAnswer, p: float) -> Answer:
    return rule.value, rule.stated


def _classifier(rule: RuleAnswer, p: float) -> Answer:
    return (True, True) if p >= 0.5 else (False, False)


def _veto(t: float) -> Combiner:
    def combine(rule: RuleAnswer, p: float) -> Answer:
        if rule.value is True and p < 1 - t:
            return False, False
        return rule.value, rule.stated
    return combine


def _rescue(t: float) -> Combiner:
    def combine(rule: RuleAnswer, p: float) -> Answer:
        if rule.value is not True and p >= t:
            return True, True
        return rule.value, rule.stated
    return combine


def _override(t: float) -> Combiner:
    veto, rescue = _veto(t), _rescue(t)

    def combine(rule: RuleAnswer, p: float) -> Answer:
        return veto(rule, p) if rule.value is True else rescue(rule, p)
    return combine


CANDIDATES: tuple[tuple[str, Combiner], ...] = (
    ("rules", _rules),
    ("classifier", _classifier),
    *((f"veto {t}", _veto(t)) for t in THRESHOLDS),
    *((f"rescue {t}", _rescue(t)) for t in THRESHOLDS),
    *((f"override {t}", _override(t)) for t in THRESHOLDS),
)
COMBINERS = dict(CANDIDATES)


# --- the classifier -------------------------------------------------------------------------

def _vectorizer() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.pipeline import FeatureUnion  # type: ignore[import-untyped]

    return FeatureUnion([
        ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2,
                                 sublinear_tf=True, max_features=30000)),
    ])


@dataclass
class Models:
    """One vectoriser fitted on the training texts, and one model per fact (a constant
    probability when the training labels hold one class only)."""

    vectorizer: Any
    per_fact: dict[str, Any]

    def probabilities(self, texts: Sequence[str]) -> dict[str, list[float]]:
        """Fact -> p(true) for each text."""
        matrix = self.vectorizer.transform(list(texts))
        out = {}
        for fact, model in self.per_fact.items():
            if isinstance(model, float):
                out[fact] = [model] * len(texts)
            else:
                out[fact] = [float(p) for p in model.predict_proba(matrix)[:, 1]]
        return out


def train(cases: Sequence[Case], facts: Sequence[str]) -> Models:
    """Fit the vectoriser on every given text, then one logistic regression per fact on the
    texts whose label for it is true or false."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    vectorizer = _vectorizer().fit([c.text for c in cases])
    per_fact: dict[str, Any] = {}
    for fact in facts:
        rows = [c for c in cases if isinstance(c.labels.get(fact), bool)]
        labels = [int(c.labels[fact] is True) for c in rows]
        if len(set(labels)) < 2:
            per_fact[fact] = float(labels[0]) if labels else 0.0
            continue
        model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear",
                                   random_state=SEED, max_iter=1000)
        per_fact[fact] = model.fit(vectorizer.transform([c.text for c in rows]), labels)
    return Models(vectorizer, per_fact)


def out_of_fold(cases: Sequence[Case]) -> dict[tuple[str, str], float]:
    """(case id, fact) -> p(true) from a model that never saw that case: per fact, stratified
    5-fold over the texts labelled true or false."""
    from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

    probabilities: dict[tuple[str, str], float] = {}
    for fact in FACTS:
        rows = [c for c in cases if isinstance(c.labels.get(fact), bool)]
        labels = [int(c.labels[fact] is True) for c in rows]
        folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
        for fit_idx, held_idx in folds.split(rows, labels):
            models = train([rows[i] for i in fit_idx], (fact,))
            held = [rows[i] for i in held_idx]
            for case, p in zip(held, models.probabilities([c.text for c in held])[fact],
                               strict=True):
                probabilities[(case.id, fact)] = p
    return probabilities


# --- scoring --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    """Counts over scored (fact, text) pairs."""

    agree: int = 0
    wrong: int = 0
    scored: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.agree + other.agree, self.wrong + other.wrong,
                     self.scored + other.scored)

    @property
    def objective(self) -> int:
        return self.agree - self.wrong

    def cell(self) -> str:
        if not self.scored:
            return f"{'-':>6}{'-':>6}"
        return f"{self.agree / self.scored:>6.1%}{self.wrong / self.scored:>6.1%}"


def rule_answers(cases: Sequence[Case]) -> tuple[dict[tuple[str, str], RuleAnswer], list[float]]:
    """(case id, fact) -> the rules' answer, and the rules' time per text (ms)."""
    extract = _extractor()
    answers: dict[tuple[str, str], RuleAnswer] = {}
    times = []
    for case in cases:
        start = time.perf_counter()
        facts = extract(case.text, language=case.language, url=case.source)
        times.append((time.perf_counter() - start) * 1000)
        values = facts.to_dict()  # type: ignore[attr-defined]
        for fact in FACTS:
            value = values[fact]
            answers[(case.id, fact)] = RuleAnswer(value, stated(facts, fact, value))
    return answers, times


def score(cases: Sequence[Case], fact: str, combine: Combiner,
          rules: Mapping[tuple[str, str], RuleAnswer],
          probabilities: Mapping[tuple[str, str], float]) -> Score:
    """How one way of answering does on one fact over the given texts."""
    total = Score()
    for case in cases:
        expected = case.labels.get(fact)
        if not isinstance(expected, bool):
            continue
        got, is_stated = combine(rules[(case.id, fact)], probabilities[(case.id, fact)])
        kind = kind_of(fact, expected, got, is_stated)
        total += Score(int(kind == "agree"), int(kind == "wrong"), 1)
    return total


def choose(cases: Sequence[Case], rules: Mapping[tuple[str, str], RuleAnswer],
           probabilities: Mapping[tuple[str, str], float]) -> tuple[str, dict[str, str]]:
    """The best candidate for all facts together, and the best per fact (by agree - wrong on
    the given, out-of-fold data; ties go to the earlier candidate)."""
    table = {(name, fact): score(cases, fact, combine, rules, probabilities)
             for name, combine in CANDIDATES for fact in FACTS}

    def best(facts: Sequence[str]) -> str:
        totals = [(sum((table[(name, f)] for f in facts), Score()).objective, -i, name)
                  for i, (name, _) in enumerate(CANDIDATES)]
        return max(totals)[2]

    return best(FACTS), {fact: best((fact,)) for fact in FACTS}


# --- report ---------------------------------------------------------------------------------

def columns_table(cases: Sequence[Case], columns: Sequence[tuple[str, Mapping[str, str]]],
                  rules: Mapping[tuple[str, str], RuleAnswer],
                  probabilities: Mapping[tuple[str, str], float]) -> None:
    """Per fact and overall, agree % and wrong % for each column (a column answers each fact
    with a named candidate)."""
    print(f"{'':<28}{'n':>4}" + "".join(f"{name[:22]:>24}" for name, _ in columns))
    print(f"{'':<32}" + f"{'agree wrong':>24}" * len(columns))
    totals = [Score() for _ in columns]
    for fact in FACTS:
        cells = []
        for i, (_, choice) in enumerate(columns):
            one = score(cases, fact, COMBINERS[choice[fact]], rules, probabilities)
            totals[i] += one
            cells.append(f"{one.cell():>24}")
        n = score(cases, fact, _rules, rules, probabilities).scored
        print(f"{fact:<28}{n:>4}" + "".join(cells))
    print(f"{'overall':<28}{totals[0].scored:>4}" + "".join(f"{t.cell():>24}" for t in totals))


def candidates_overall(cases: Sequence[Case], rules: Mapping[tuple[str, str], RuleAnswer],
                       probabilities: Mapping[tuple[str, str], float]) -> None:
    """Every candidate, all facts together."""
    print(f"  {'candidate':<16}{'agree':>8}{'wrong':>8}{'missed':>8}{'agree-wrong':>13}")
    for name, combine in CANDIDATES:
        total = sum((score(cases, f, combine, rules, probabilities) for f in FACTS), Score())
        missed = total.scored - total.agree - total.wrong
        print(f"  {name:<16}{total.agree / total.scored:>8.1%}{total.wrong / total.scored:>8.1%}"
              f"{missed / total.scored:>8.1%}{total.objective:>13}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--challenge", type=Path, default=CHALLENGE_CORPUS)
    parser.add_argument("--snippets", type=Path, default=SNIPPETS,
                        help="the labelled snippets: their tuning share is trained on, their "
                             "held-out share measured")
    parser.add_argument("--no-snippets", action="store_true",
                        help="train on whole policies only, as first measured")
    parser.add_argument("--project-only", action="store_true",
                        help="train on project-written texts only (challenge dev share and "
                             "snippet tuning share), as a shipped model would have to be")
    parser.add_argument("--no-timing", action="store_true",
                        help="leave out the timings (the only figures that vary between runs)")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("sklearn") is None:
        print("policy_classifier: skipped, scikit-learn is not installed "
              "(pip install scikit-learn; it is not a dependency of returnaudit)")
        return 0

    split = load_split()
    cases = load_cases(args.corpus)
    if (args.challenge / "labels").is_dir():
        cases += load_cases(args.challenge)
    by_share = {share: [c for c in cases if c.id in set(split.get(share, []))]
                for share in (*TRAIN_SHARES, *(s for s, _ in HELD_OUT))}
    if not args.no_snippets and args.snippets.is_dir():
        snippets = load_snippets(args.snippets)
        by_share["snippets_tuning"] = [c for c in snippets if not is_held_out(c.id)]
        by_share["snippets_test"] = [c for c in snippets if is_held_out(c.id)]
    shares = [s for s in TRAIN_SHARES if not (args.project_only and s == "dev")]
    training = [c for share in shares for c in by_share[share]]
    held_out = [c for share, _ in HELD_OUT for c in by_share[share]]
    rules, rule_ms = rule_answers(training + held_out)

    print(f"training: {len(by_share['dev'])} dev + {len(by_share['challenge_dev'])} "
          f"challenge_dev texts + {len(by_share['snippets_tuning'])} snippets; held out: "
          f"{len(by_share['test'])} test + {len(by_share['challenge_test'])} challenge_test "
          f"texts + {len(by_share['snippets_test'])} snippets")
    print("classifier: TF-IDF word 1-2 + char_wb 3-5 grams (shared en/fr/de), logistic "
          f"regression C={C:g}, class-balanced, per fact, document-level labels")

    oof = out_of_fold(training)
    chosen, per_fact = choose(training, rules, oof)
    print(f"\n{FOLDS}-fold cross-validation on the training texts (out-of-fold classifier; "
          "the rules were written\nwhile reading these texts, so their figures here flatter "
          "them)")
    candidates_overall(training, rules, oof)
    print(f"\nchosen on training CV: for all facts '{chosen}'; per fact: "
          + ", ".join(f"{f} '{c}'" for f, c in per_fact.items()))
    columns = [("rules", dict.fromkeys(FACTS, "rules")),
               ("classifier", dict.fromkeys(FACTS, "classifier")),
               (f"chosen: {chosen}", dict.fromkeys(FACTS, chosen)),
               ("chosen per fact", per_fact)]
    print(f"\n{FOLDS}-fold CV, training ({len(training)} texts)")
    columns_table(training, columns, rules, oof)

    start = time.perf_counter()
    models = train(training, FACTS)
    train_s = time.perf_counter() - start
    texts = [c.text for c in held_out]
    fitted = models.probabilities(texts)
    probabilities = {(c.id, f): fitted[f][i] for i, c in enumerate(held_out) for f in FACTS}
    for share, title in HELD_OUT:
        if not by_share[share]:
            continue
        print(f"\n{title}, {len(by_share[share])} texts; totals only")
        columns_table(by_share[share], columns, rules, probabilities)
    print("\nheld out (all shares), every candidate, all facts (for information; the choice "
          "above was made on training CV only)")
    candidates_overall(held_out, rules, probabilities)
    validation = by_share["snippets_test"]
    if validation:
        # The rules were tuned on every training share, so cross-validation there favours
        # them; the snippets' held-out share was seen by neither: choose on it instead, and
        # measure on the two corpora of whole policies.
        val_all, val_fact = choose(validation, rules, probabilities)
        print(f"\nchosen on the snippets' held-out share: for all facts '{val_all}'; per fact: "
              + ", ".join(f"{f} '{c}'" for f, c in val_fact.items()))
        val_columns = [("rules", dict.fromkeys(FACTS, "rules")),
                       (f"val: {val_all}", dict.fromkeys(FACTS, val_all)),
                       ("val per fact", val_fact)]
        for share, title in HELD_OUT[:2]:
            print(f"\n{title}, {len(by_share[share])} texts; totals only")
            columns_table(by_share[share], val_columns, rules, probabilities)

    if not args.no_timing:
        models.probabilities(texts[:1])
        ms = []
        for text in texts:
            start = time.perf_counter()
            models.probabilities([text])
            ms.append((time.perf_counter() - start) * 1000)
        held_rule_ms = rule_ms[len(training):]
        print(f"\nclassifier, per held-out policy (vectorise + {len(FACTS)} facts): median "
              f"{statistics.median(ms):.1f} ms, max {max(ms):.1f} ms; training "
              f"{train_s:.2f} s\nrules, per held-out policy (all facts): median "
              f"{statistics.median(held_rule_ms):.1f} ms, max {max(held_rule_ms):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
