"""The learned reading (appliance/evidence/learned.py): its features, its plain-Python inference, how
`classify.read` takes it (only where the rules found nothing and no strong cue for background, and
always as unsure), and that the committed model is what its units and script reproduce."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from appliance.evidence import classify, learned

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_reading  # noqa: E402


def test_features_hide_names_and_numbers_but_keep_who_acts() -> None:
    f = learned.features("She sees Mrs Okafor 3 times a week", "provision", "educational")
    assert "she" in f and "<cap>" in f and "<n>" in f
    assert "okafor" not in f and "3" not in f
    assert "<n>_times" in f and "ROLE=provision" in f and "TYPE=educational" in f and "FIRST=she" in f


def test_features_near_miss_a_capitalised_word_that_is_not_a_name() -> None:
    assert "staff" in learned.features("Staff meet him at the gate", None, "educational")
    assert "<cap>" not in learned.features("Staff meet him at the gate", None, "educational")


def test_features_of_an_answer_typed_in_capitals_are_its_words() -> None:
    shouted = learned.features("MRS KAYE DOES HIS SALT PROGRAMME 3 TIMES A WEEK", "provision", "educational")
    said = learned.features("mrs kaye does his salt programme 3 times a week", "provision", "educational")
    assert shouted == said and "<cap>" not in shouted and "programme" in shouted


def test_features_near_miss_an_acronym_or_a_name_in_capitals_is_not_shouting() -> None:
    f = learned.features("She sees the SALT team and KAYE SMITH 3 times a week", "provision", "educational")
    assert "<cap>" in f and "salt" not in f


def test_probabilities_are_the_softmax_of_the_summed_weights() -> None:
    model = learned.Model(("background", "need"), (0.5, -0.5), {"struggles": (-1.0, 2.0), "ROLE=None": (0.25, 0.0)})
    probs = model.probabilities("struggles struggles", None, "educational")  # a feature counts once
    need_logit, background_logit = -0.5 + 2.0, 0.5 - 1.0 + 0.25
    expected = 1 / (1 + math.exp(background_logit - need_logit))
    assert probs["need"] == pytest.approx(expected)
    assert sum(probs.values()) == pytest.approx(1.0)


def _units(label: str, *texts: str) -> list[dict[str, object]]:
    return [{"group": "g", "text": t, "role": None, "advice_type": "educational", "label": label} for t in texts]


UNITS = _units(
    "need",
    "He struggles to hold a pencil",
    "She struggles to follow instructions",
    "He struggles with crowded corridors",
    "She struggles to settle after lunch",
) + _units(
    "background",
    "He lives with his mother",
    "She lives with her grandparents",
    "I visited the school in March",
    "I visited the family at home",
)


def test_training_is_reproducible_and_learns_from_the_words() -> None:
    first, second = train_reading.fit(UNITS), train_reading.fit(UNITS)
    assert json.dumps(first) == json.dumps(second)
    model = learned.Model.from_json(first)
    assert model.probabilities("He struggles to read", None, "educational")["need"] > 0.5
    assert model.probabilities("He lives near the school", None, "educational")["background"] > 0.5


# --------------------------------------------------------------------------- taken into the reading
def _model_saying(reading: str, probability: float) -> learned.Model:
    """A model whose every answer is `reading` with about this probability (two classes)."""
    logit = math.log(probability / (1 - probability))
    return learned.Model((reading, "background"), (logit, 0.0), {})  # type: ignore[arg-type]


@pytest.fixture
def model_says(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def use(reading: str, probability: float) -> None:
        monkeypatch.setattr(learned, "model", lambda path=None: _model_saying(reading, probability))

    return use


def test_a_sentence_the_rules_leave_is_read_as_the_model_reads_it_and_is_unsure(model_says) -> None:  # type: ignore[no-untyped-def]
    text = "Writing: forms most letters but reverses b and d."
    assert classify.read(text, None, "educational").reading == "background"  # rules alone see nothing
    model_says("need", 0.8)
    found = classify.read(text, None, "educational")
    assert found.reading == "need" and found.unsure
    assert any(r.startswith("learned reading") for r in found.reasons)


def test_near_miss_an_unlikely_model_reading_is_not_taken(model_says) -> None:  # type: ignore[no-untyped-def]
    model_says("need", classify.LEARNED_MIN_PROBABILITY - 0.05)
    assert classify.read("Writing: forms most letters but reverses b and d.", None, "educational").reading == (
        "background"
    )


@pytest.mark.parametrize(
    "text, role",
    [
        ("What we propose for Ali", None),  # a question set as a heading
        ("Ali's parents would like him to move to a residential school.", "placement"),
        ("Medication: melatonin 2 mg at bedtime.", None),
    ],
    ids=["question-heading", "placement", "medication-list"],
)
def test_near_miss_a_strong_cue_for_background_is_never_overruled(model_says, text: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    model_says("provision", 0.99)
    assert classify.read(text, role, "educational").reading == "background"  # type: ignore[arg-type]


def test_near_miss_a_whole_table_row_is_left_to_the_rules(model_says) -> None:  # type: ignore[no-untyped-def]
    """A row whose columns were not understood is read by the rules alone: one cell may name another child."""
    model_says("provision", 0.99)
    row = "School staff | Reading: up two book levels | Lateness and tiredness | A review in the spring"
    assert classify.read(row, None, "educational").reading == "background"
    assert classify.read(row.replace(" | ", "; "), None, "educational").reading == "provision"


def test_near_miss_the_rules_reading_stands_when_the_rules_found_one(model_says) -> None:  # type: ignore[no-untyped-def]
    model_says("outcome", 0.99)
    found = classify.read("She has a structured reading programme three times a week.", None, "psychological")
    assert found.reading == "provision"
    assert not any(r.startswith("learned reading") for r in found.reasons)


def test_a_reading_the_learned_reading_is_sure_is_background_stands_but_is_unsure(model_says) -> None:  # type: ignore[no-untyped-def]
    text = "She should have a structured reading programme with her teaching assistant, 20 minutes three times a week."
    assert not classify.read(text, None, "psychological").unsure  # the committed model agrees
    model_says("need", 1 - (classify.LEARNED_DOUBT_PROBABILITY + 0.02))  # background, surely
    found = classify.read(text, None, "psychological")
    assert found.reading == "provision" and found.unsure
    assert found.doubt is not None and found.doubt > classify.LEARNED_DOUBT_PROBABILITY
    # near miss: its reasons are the rules' own, so nothing downstream takes the doubt for a reading
    assert not any(r.startswith("learned reading") for r in found.reasons)


def test_near_miss_a_learned_doubt_short_of_sure_leaves_the_rules_reading_sure(model_says) -> None:  # type: ignore[no-untyped-def]
    model_says("need", 1 - (classify.LEARNED_DOUBT_PROBABILITY - 0.05))
    found = classify.read("She has a structured reading programme three times a week.", None, "psychological")
    assert found.reading == "provision" and not found.unsure and found.doubt is None


def test_without_a_model_the_rules_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "model", lambda path=None: None)
    assert learned.guess("He struggles to read", None, "educational") is None
    assert classify.read("Writing: forms most letters but reverses b and d.", None, "educational").reading == (
        "background"
    )


# --------------------------------------------------------------------------- the committed model
def test_the_committed_model_reads_plain_background_as_background() -> None:
    for text in ("Ali lives with his mother and two younger sisters.", "This report was written after two visits."):
        found = learned.guess(text, None, "educational")
        assert found is not None and found.reading == "background"


@pytest.mark.slow
def test_the_committed_model_is_what_its_units_train() -> None:
    units = train_reading.load(ROOT / "models" / "reading-units.jsonl")
    assert {u["group"] for u in units} == {p.name for p in (ROOT / "tests" / "fixtures").glob("cases*")}
    committed = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    trained = train_reading.fit(units)
    assert trained["classes"] == committed["classes"] and trained["trained_on"] == committed["trained_on"]
    # the same to the rounding (another BLAS may differ in the last place)
    for name in set(trained["weights"]) | set(committed["weights"]):
        zero = [0.0] * len(committed["classes"])
        got, want = trained["weights"].get(name, zero), committed["weights"].get(name, zero)
        assert got == pytest.approx(want, abs=2e-3), name


@pytest.mark.slow
def test_the_committed_units_are_what_the_script_reads_from_a_case() -> None:
    import reading_units

    case = sorted(p for p in (ROOT / "tests" / "fixtures" / "cases").iterdir() if (p / "expected.json").exists())[0]
    units = train_reading.load(ROOT / "models" / "reading-units.jsonl")
    assert reading_units.case_units(case) == [u for u in units if u["case"] == case.name]
