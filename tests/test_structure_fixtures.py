"""The plan's structure on the project's own fictional cases, read from their files as the CLI
reads them (no model): every area of B present, preparing for adulthood from Year 9, "young
person" from Year 12, Section J from a direct payment in the social care advice, every K entry
naming the advice and its date, and a family copy with no ids, citations or flag codes."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from docx import Document

from appliance.cases.folder import draft_folder
from appliance.config import Settings
from appliance.drafting import structure
from appliance.drafting.plan import Draft
from appliance.export import docx_export
from appliance.qa.registry import CHECKS

CASES = Path(__file__).parent / "fixtures" / "cases"
YEAR_9 = "c08-sophie-year9-cerebral-palsy"
YEAR_12 = "c14-tobias-year12-college-cerebral-palsy"
FOUR = ["communication_and_interaction", "cognition_and_learning", "social_emotional_mental_health"]
FOUR += ["sensory_and_physical"]
ID_RE = re.compile(r"\b(?:A|B|C|D|E|F|G|H1|H2|I|J|K)[-\u2011]\d+\b|\bD\d+\b")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Draft]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"))
    return {name: draft_folder(CASES / name, settings, None).draft for name in (YEAR_9, YEAR_12)}


@pytest.mark.parametrize("name", [YEAR_9, YEAR_12])
def test_every_area_of_need_is_present_with_preparing_for_adulthood(drafts: dict[str, Draft], name: str) -> None:
    st = structure.of(drafts[name])
    areas = [a.area for a in st.needs]
    assert areas[:5] == [*FOUR, "preparing_for_adulthood"]
    assert all(a.statements or a.attainment or a.empty for a in st.needs)
    placed = sorted(s.id for a in st.needs for s in (*a.statements, *a.attainment))
    assert placed == sorted(s.id for s in drafts[name].sections["B"])
    assert sum(len(t.rows) for t in st.provision) == len(drafts[name].sections["F"])


def test_a_young_person_from_year_12_and_a_child_before(drafts: dict[str, Draft]) -> None:
    assert structure.of(drafts[YEAR_9]).person == "child"
    young = structure.of(drafts[YEAR_12])
    assert young.person == "young person" and young.titles["A"].endswith("of the young person")
    k = [s.text for s in drafts[YEAR_12].sections["K"]]
    assert "My views: Tobias" in k and not [t for t in k if "child" in t.lower()]  # his own document, by its name


def test_section_j_gives_the_direct_payment_the_social_care_advice_describes(drafts: dict[str, Draft]) -> None:
    [j] = drafts[YEAR_12].sections["J"]
    assert j.text.startswith("Tobias has a direct payment for 4 hours a week of personal assistant support")
    assert j.citations[0].quote in j.text and not [f for f in drafts[YEAR_12].flags if f.section == "J"]
    assert drafts[YEAR_9].sections["J"] == ()


@pytest.mark.parametrize("name", [YEAR_9, YEAR_12])
def test_k_lists_every_document_by_its_type(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    k = draft.sections["K"]
    assert len(k) == len(draft.documents)
    dated = [d for d in draft.documents if d.date]
    assert sum(bool(re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}$", s.text)) for s in k) >= len(dated) - 1
    assert not [f for f in draft.flags if (f.statement_id or "").startswith("K-")]  # every date is cited


def test_the_family_copy_of_a_fixture_case_is_clean(drafts: dict[str, Draft]) -> None:
    doc = Document(io.BytesIO(docx_export.family_copy(drafts[YEAR_9])))
    text = "\n".join(
        [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for row in t.rows for c in row.cells]
    )
    assert ID_RE.findall(text) == [] and [c for c in CHECKS if c in text] == []
    assert "Nothing was drafted" not in text
    assert text.count("The advice received does not identify needs in this area.") >= 1
