"""Train the learned reading and the learned section (`make reading-model`, the quick half) from
models/reading-units.jsonl.

Each is a multinomial logistic regression (scikit-learn, lbfgs, deterministic): the reading over
`learned.features` of every unit, the section over `learned.section_features` of the units labelled
a need or provision (their label: the expected item's preferred section). The weights are written
rounded, in a fixed order, to models/reading-classifier.json and models/section-classifier.json, so
the same units give the same files. `--cv` also holds out whole fixture groups in turn and prints
how the rules alone and the rules with the learned reading compare, at each probability threshold:
the figures `classify.LEARNED_MIN_PROBABILITY` and `STRONG_BACKGROUND` were chosen from, how many of
the rules' readings each `LEARNED_DOUBT_PROBABILITY` would make unsure, and how many of the rules'
sections each `LEARNED_SECTION_PROBABILITY` would put right and put wrong.

    python scripts/train_reading.py [--units FILE] [--out FILE] [--section-out FILE] [--cv] [--measure FILE]

`--measure FILE` prints the same section counts for the trained section model on units it never saw:
the held-out groups' units, labelled from their expected items to measure, never to train or to choose
a threshold (`python scripts/reading_units.py --out /tmp/held-out-units.jsonl tests/fixtures/heldout*`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appliance.evidence import classify, learned  # noqa: E402

C = 1.0  # inverse regularisation strength
DECIMALS = 4
FOLDS = 5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
DOUBT_THRESHOLDS = (0.8, 0.9, 0.95)
SECTION_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
T = TypeVar("T")


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fit(units: list[dict[str, Any]]) -> dict[str, Any]:
    """The reading model as JSON: classes, intercepts and each feature's weights."""
    return _fit([learned.features(u["text"], u["role"], u["advice_type"]) for u in units], [u["label"] for u in units])


def rules_section(unit: dict[str, Any]) -> str:
    """Where the rules put the unit's need or provision (H for either part of H)."""
    if unit["label"] == "need":
        return classify.need_section(unit["text"], unit["advice_type"])
    return classify.provision_section(unit["text"], unit["advice_type"], unit["role"])[0]


def placed_units(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The units an expected need or provision covers, with where the rules put them."""
    return [{**u, "rules_section": rules_section(u)} for u in units if u.get("sections")]


def _section_features(u: dict[str, Any]) -> list[str]:
    return learned.section_features(u["text"], u["role"], u["advice_type"], u["label"], u["rules_section"])


def fit_sections(placed: list[dict[str, Any]]) -> dict[str, Any]:
    """The section model as JSON, from `placed_units`."""
    return _fit([_section_features(u) for u in placed], [u["sections"][0] for u in placed])


def _fit(features: list[list[str]], labels: list[str]) -> dict[str, Any]:
    import numpy
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = CountVectorizer(analyzer=lambda f: f, binary=True, min_df=2)
    x = vectoriser.fit_transform(features)
    regression = LogisticRegression(C=C, max_iter=5000)
    regression.fit(x, labels)
    coef, intercept = regression.coef_, regression.intercept_
    if len(regression.classes_) == 2:  # one logit for the second class: the first's is 0
        coef, intercept = numpy.vstack([numpy.zeros_like(coef), coef]), numpy.concatenate([[0.0], intercept])
    weights = {
        f: [round(float(w), DECIMALS) for w in coef[:, i]]
        for f, i in sorted(vectoriser.vocabulary_.items())
        if any(round(float(w), DECIMALS) for w in coef[:, i])
    }
    return {
        "classes": [str(c) for c in regression.classes_],
        "intercept": [round(float(b), DECIMALS) for b in intercept],
        "weights": weights,
        "trained_on": dict(sorted(Counter(labels).items())),
    }


def _scores(units: list[dict[str, Any]], readings: list[str]) -> tuple[float, float]:
    """Precision and recall of the non-background readings against the labels."""
    drafted = sum(r != "background" for r in readings)
    wanted = sum(u["label"] != "background" for u in units)
    right = sum(r == u["label"] != "background" for u, r in zip(units, readings, strict=True))
    return right / max(drafted, 1), right / max(wanted, 1)


def _out_of_fold(
    units: list[dict[str, Any]],
    train: Callable[[list[dict[str, Any]]], dict[str, Any]],
    answer: Callable[[learned.Model, dict[str, Any]], T],
) -> dict[int, T]:
    """Each unit's answer from a model trained without the unit's group (whole groups held out in turn)."""
    groups = sorted({u["group"] for u in units})
    answers: dict[int, T] = {}
    for k in range(FOLDS):
        held = set(groups[k::FOLDS])
        model = learned.Model.from_json(train([u for u in units if u["group"] not in held]))
        answers.update({i: answer(model, u) for i, u in enumerate(units) if u["group"] in held})
    return answers


def cross_validate(units: list[dict[str, Any]]) -> None:
    guesses = _out_of_fold(units, fit, lambda m, u: m.guess(u["text"], u["role"], u["advice_type"]))
    rules = [u["rules"] for u in units]
    print("rules alone: precision {:.3f} recall {:.3f}".format(*_scores(units, rules)))
    for strong in (3.0, 5.0, float("inf")):
        for t in THRESHOLDS:
            combined = []
            for i, u in enumerate(units):
                g = guesses[i]
                taken_here = u["background"] < strong and g.reading != "background" and g.probability >= t
                combined.append(g.reading if u["rules"] == "background" and taken_here else u["rules"])
            taken = sum(a != b for a, b in zip(rules, combined, strict=True))
            p, r = _scores(units, combined)
            print(f"background under {strong}, p >= {t}: precision {p:.3f} recall {r:.3f} ({taken} taken)")
    for t in DOUBT_THRESHOLDS:  # the rules' readings the learned reading is this sure are background: unsure
        doubted = [
            u
            for i, u in enumerate(units)
            if u["rules"] != "background" and guesses[i].reading == "background" and guesses[i].probability >= t
        ]
        wrong = sum(u["label"] == "background" for u in doubted)
        print(f"doubted at p >= {t}: {len(doubted)} readings made unsure, {wrong} of them labelled background")


def cross_validate_sections(placed: list[dict[str, Any]]) -> None:
    placings = _out_of_fold(placed, fit_sections, _placing)
    _section_counts("sections", placed, [placings[i] for i in range(len(placed))])


def measure_sections(model: dict[str, Any], placed: list[dict[str, Any]]) -> None:
    """The trained section model on units it was not trained on (the held-out groups' units, labelled
    from their expected items to measure only)."""
    section_model = learned.Model.from_json(model)
    _section_counts("measured sections", placed, [_placing(section_model, u) for u in placed])


def _placing(model: learned.Model, u: dict[str, Any]) -> learned.Placing:
    return model.place(u["text"], u["role"], u["advice_type"], u["label"], u["rules_section"])


def _section_counts(title: str, placed: list[dict[str, Any]], placings: list[learned.Placing]) -> None:
    right = sum(u["rules_section"] in u["sections"] for u in placed)
    print(f"{title}, rules alone: {right} of {len(placed)} needs and provision in a section their item allows")
    for t in SECTION_THRESHOLDS:
        fixed = broke = 0
        for u, p in zip(placed, placings, strict=True):
            settled = classify.section_settled(u["text"], u["role"], u["advice_type"], u["label"])
            chosen = classify.taken_section(u["rules_section"], u["label"], p, settled, t)
            fixed += chosen in u["sections"] and u["rules_section"] not in u["sections"]
            broke += chosen not in u["sections"] and u["rules_section"] in u["sections"]
        print(f"{title}, learned at p >= {t}: {right + fixed - broke} right ({fixed} put right, {broke} put wrong)")


def _write(model: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(model['weights'])} features, trained on {model['trained_on']}: {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=Path, default=ROOT / "models" / "reading-units.jsonl")
    parser.add_argument("--out", type=Path, default=learned.MODEL_PATH)
    parser.add_argument("--section-out", type=Path, default=learned.SECTION_MODEL_PATH)
    parser.add_argument("--cv", action="store_true", help="print the grouped cross-validation first")
    parser.add_argument(
        "--measure", type=Path, help="units of cases never trained on (scripts/reading_units.py --out FILE GROUP ...)"
    )
    args = parser.parse_args(argv)
    units = load(args.units)
    placed = placed_units(units)
    if args.cv:
        cross_validate(units)
        cross_validate_sections(placed)
    sections = fit_sections(placed)
    _write(fit(units), args.out)
    _write(sections, args.section_out)
    if args.measure:
        measure_sections(sections, placed_units(load(args.measure)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
