"""The guards on a model's wording, with the scripted fake model: the faults found in a trial of the
embedded model ("He has a high", "P1 will review him in the pediatric neurology clinic", a sentence
written twice, an unchanged "I") never reach a draft, whatever the policy, a council model's too."""

from __future__ import annotations

import pytest

from appliance.case import CaseDetails
from appliance.documents import AdviceDocument, DocumentRecord
from appliance.drafting import guards
from appliance.drafting.compose import compose, lower_first
from appliance.drafting.pipeline import draft_plan
from appliance.drafting.writer import Writer
from appliance.evidence.routing import Evidence, Excerpt
from appliance.ingest.passages import Passage
from appliance.llm.base import ModelInfo
from appliance.llm.fake import FakeLLM

ADVICE = "I will review him in the paediatric neurology clinic every 6 months, and the epilepsy nurse will train staff."
EXTRACT = (
    "The GP will review him in the paediatric neurology clinic every 6 months, and the epilepsy nurse will train staff."
)
GOOD = (
    "Every 6 months, the GP will review him in the paediatric neurology clinic, and the epilepsy nurse will train "
    "staff."
)


def _candidate(text: str = ADVICE, kind: str = "health_provision", role: str | None = "GP") -> object:
    passage = Passage(seq=3, kind="paragraph", text=text, headings=(), locator="para 3")
    section = {"health_provision": "G", "need": "B"}[kind]
    excerpt = Excerpt(passage, 0, len(text))
    cand = compose(Evidence(kind, section, "D1", (excerpt,), area="health"), role, "Noah")  # type: ignore[arg-type]
    assert cand is not None
    return cand


def _write(reply: str | dict[str, object]) -> tuple[str, str, tuple[str, ...]]:
    written = Writer(FakeLLM([reply]), "Noah Webb", {"Noah", "Webb"}).write(_candidate())  # type: ignore[arg-type]
    return written.text, written.origin, written.problems


def test_the_extract_is_already_plan_language() -> None:
    assert _candidate().text == EXTRACT  # type: ignore[attr-defined]


def test_faithful_wording_is_kept() -> None:
    assert _write({"text": GOOD, "cites": ["P1"]})[:2] == (GOOD, "model")


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        ("The GP will review him in the paediatric neurology clinic every 6 months, and the", "stopped mid-sentence"),
        (
            "The GP will review him in the paediatric neurology clinic every 6 months. The GP will review him in the "
            "paediatric neurology clinic every 6 months.",
            "repeated itself",
        ),
        (
            "P1 will review him in the paediatric neurology clinic every 6 months, and the nurse will train staff.",
            "input label",
        ),
        (
            "The GP will review him in the pediatric neurology clinic every 6 months, and the epilepsy nurse will "
            "train staff.",
            "spelling: pediatric",
        ),
        (
            "Noah will review him in the paediatric neurology clinic every 6 months, and the epilepsy nurse will "
            "train staff.",
            "changed who does what",
        ),
        (
            "I will review him in the paediatric neurology clinic every 6 months, and the epilepsy nurse will train "
            "staff.",
            "reads like a report (first person)",
        ),
        ("The paediatric neurology clinic every 6 months.", "changed who does what"),
        ("The GP will review him in the paediatric neurology clinic every 6 months.", "dropped key terms"),
    ],
    ids=["truncated", "repeated", "label", "respelled", "subject", "report voice", "no verb", "dropped a claim"],
)
def test_a_guarded_fault_leaves_the_extract(reply: str, problem: str) -> None:
    text, origin, problems = _write({"text": reply, "cites": ["P1"]})
    assert (text, origin) == (EXTRACT, "extract")
    assert any(problem in p for p in problems), problems


def test_british_forms_of_us_spellings() -> None:
    for us, uk in [
        ("pediatric", "paediatric"),
        ("behavior", "behaviour"),
        ("color", "colour"),
        ("center", "centre"),
        ("organize", "organise"),
        ("program", "programme"),
        ("modeling", "modelling"),
        ("judgment", "judgement"),
        ("mom", "mum"),
        ("edema", "oedema"),
        ("anemia", "anaemia"),
    ]:
        assert uk in guards.british(us), us
    assert guards.respellings("a behavior plan and a program", "a behaviour plan and a programme") == [
        "behavior",
        "program",
    ]
    assert guards.respellings("the programme is reviewed", "the programme will be reviewed") == []


def test_a_pronoun_and_the_childs_name_are_the_same_subject() -> None:
    names = {"Noah"}
    assert not guards.changed_subject("Noah will have a session.", "He will have a session.", names)
    assert not guards.changed_subject("Noah will have a daily session.", "A daily session with his TA.", names)
    assert guards.changed_subject("The teacher will have a session.", "He will have a session.", names)
    assert guards.changed_subject("P1 will review him.", "The GP will review him.", names)
    theo = {"Theo", "Marsh"}  # found in a trial: the child made the one referred, and what was done made future
    assert guards.changed_subject(
        "Theo Marsh, Consultant Paediatrician, will be referred to the school nursing team.",
        "The consultant paediatrician has referred Theo to the school nursing team.",
        theo,
    )
    assert not guards.changed_subject("Theo Marsh has mild asthma.", "Theo has mild asthma.", theo)


def test_a_council_model_writing_every_statement_goes_through_the_same_guards() -> None:
    council = FakeLLM(lambda m: {"text": "P1 will review him in the pediatric clinic. He has a high", "cites": ["P1"]})
    council.info = ModelInfo(name="council-8b", backend="fake", rewrite="all")
    doc = AdviceDocument(
        DocumentRecord("D1", "letter.pdf", "medical", author_role="GP"),
        (
            Passage(1, "paragraph", "Noah has focal epilepsy and has a seizure about once every two months.", (), "p1"),
            Passage(2, "paragraph", ADVICE, (), "p2"),
        ),
    )
    draft = draft_plan(CaseDetails(child_name="Noah Webb"), [doc], council)
    written = [s for _, s in draft.statements() if not s.id.startswith("K")]
    assert len(council.history) == len(written) >= 2  # the council's policy: the model writes every statement
    assert all(s.origin == "extract" for s in written)
    assert "The GP will review him" in " ".join(s.text for s in written)


@pytest.mark.model
def test_the_embedded_model_writing_every_statement_keeps_only_guarded_grounded_wording() -> None:
    """The real model through llama.cpp, as a council's would be used (`rewrite = "all"`): each statement is
    the deterministic extract or model wording that passes every guard."""
    from appliance.config import Settings
    from appliance.llm import load_llm
    from tests.builders import EP_REPORT, PAEDIATRIC_LETTER, advice_document, docx_bytes, pdf_bytes

    case = CaseDetails(child_name="Zara Whitfield", preferred_name="Zara", year_group=3)
    docs = [
        advice_document("D1", "EP report.docx", docx_bytes(EP_REPORT)),
        advice_document("D2", "Paediatric letter.pdf", pdf_bytes(PAEDIATRIC_LETTER)),
    ]
    extracts = {s.id: s.text for _, s in draft_plan(case, docs, None).statements()}
    llm = load_llm(Settings())
    draft = draft_plan(case, docs, llm, rewrite="all")
    written = [(sec, s) for sec, s in draft.statements() if sec not in ("A", "I", "J", "K")]
    assert draft.stats["llm"]["calls"] == len(written) > 0
    for _, s in written:
        if s.origin == "extract":
            assert s.text == extracts[s.id]
        else:
            sources = [c.quote for c in s.citations]
            assert guards.problems(s.text, extracts[s.id], sources, case.names) == (), s.text


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Teaching assistant", "teaching assistant"),
        ("Twice weekly", "twice weekly"),
        ("Mrs Saxby", "Mrs Saxby"),  # a title stays: "delivered by Mrs Saxby"
        ("Jo Reed (TA)", "Jo Reed (TA)"),  # so does a name
        ("SLT review", "SLT review"),
        ("Tuesday and Thursday", "Tuesday and Thursday"),  # a day's name; near miss: "Daily" is lowered
        ("Daily", "daily"),
    ],
)
def test_lower_first_leaves_names_and_titles(text: str, lowered: str) -> None:
    assert lower_first(text) == lowered
