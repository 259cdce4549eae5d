"""A plan as the LA issues it: every section labelled, each statement a paragraph with its
provision fields written out ("How often: weekly. How long: 30 minutes."), no sources or flags.
Used for a signed-off plan taken into its annual review, and for the final amended plan."""

from __future__ import annotations

import io
import re

from docx import Document

from appliance.amendments.schedule import plan_paragraph
from appliance.drafting.plan import SECTION_TITLES, SECTIONS, Draft

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean(text: str | None) -> str:
    return CONTROL_RE.sub("", text or "")


def render_plan(draft: Draft, subtitle: str) -> bytes:
    doc = Document()
    doc.add_heading("Education, Health and Care Plan", level=0)
    doc.add_paragraph(_clean(f"{draft.case.child_name}: {subtitle}"))
    for sec in SECTIONS:
        doc.add_heading(f"Section {sec}: {SECTION_TITLES[sec]}", level=1)
        statements = draft.sections.get(sec, ())
        if not statements:
            doc.add_paragraph("None.")
        for stmt in statements:
            doc.add_paragraph(_clean(plan_paragraph(sec, stmt)))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
