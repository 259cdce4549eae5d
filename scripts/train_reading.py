"""Train the learned reading (`make reading-model`, the quick half) from models/reading-units.jsonl.

A multinomial logistic regression (scikit-learn, lbfgs, deterministic) over `learned.features`;
the weights are written rounded, in a fixed order, to models/reading-classifier.json, so the same
units give the same file. `--cv` also holds out whole fixture groups in turn and prints how the
rules alone and the rules with the learned reading compare, at each probability threshold: the
figures `classify.LEARNED_MIN_PROBABILITY` and `STRONG_BACKGROUND` were chosen from, and how many of
the rules' readings each `LEARNED_DOUBT_PROBABILITY` would make unsure.

    python scripts/train_reading.py [--units FILE] [--out FILE] [--cv]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appliance.evidence import learned  # noqa: E402

C = 1.0  # inverse regularisation strength
DECIMALS = 4
FOLDS = 5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
DOUBT_THRESHOLDS = (0.8, 0.9, 0.95)


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fit(units: list[dict[str, Any]]) -> dict[str, Any]:
    """The model as JSON: classes, intercepts and each feature's weights."""
    import numpy
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = CountVectorizer(analyzer=lambda f: f, binary=True, min_df=2)
    x = vectoriser.fit_transform([learned.features(u["text"], u["role"], u["advice_type"]) for u in units])
    regression = LogisticRegression(C=C, max_iter=5000)
    regression.fit(x, [u["label"] for u in units])
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
        "trained_on": dict(sorted(Counter(u["label"] for u in units).items())),
    }


def _scores(units: list[dict[str, Any]], readings: list[str]) -> tuple[float, float]:
    """Precision and recall of the non-background readings against the labels."""
    drafted = sum(r != "background" for r in readings)
    wanted = sum(u["label"] != "background" for u in units)
    right = sum(r == u["label"] != "background" for u, r in zip(units, readings, strict=True))
    return right / max(drafted, 1), right / max(wanted, 1)


def cross_validate(units: list[dict[str, Any]]) -> None:
    groups = sorted({u["group"] for u in units})
    guesses: dict[int, learned.Guess] = {}
    for k in range(FOLDS):
        held = set(groups[k::FOLDS])
        model = learned.Model.from_json(fit([u for u in units if u["group"] not in held]))
        for i, u in enumerate(units):
            if u["group"] in held:
                guesses[i] = model.guess(u["text"], u["role"], u["advice_type"])
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=Path, default=ROOT / "models" / "reading-units.jsonl")
    parser.add_argument("--out", type=Path, default=learned.MODEL_PATH)
    parser.add_argument("--cv", action="store_true", help="print the grouped cross-validation first")
    args = parser.parse_args(argv)
    units = load(args.units)
    if args.cv:
        cross_validate(units)
    model = fit(units)
    args.out.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(model['weights'])} features, trained on {model['trained_on']}: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
