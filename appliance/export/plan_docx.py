"""A plan as the LA issues it: every section labelled, each statement a paragraph with its
provision fields written out ("How often: weekly. How long: 30 minutes."), no sources or flags.
Used for a signed-off plan taken into its annual review, and for the final amended plan."""

from __future__ import annotations

import io
import re

from docx import Document

from appliance.drafting.plan import PROVISION_SECTIONS, SECTION_TITLES, SECTIONS, Draft, Statement

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
FIELDS = (
    ("frequency", "How often"),
    ("duration", "How long"),
    ("group_size", "Group size"),
    ("delivered_by", "Delivered by"),
)


def _clean(text: str | None) -> str:
    return CONTROL_RE.sub("", text or "")


def plan_paragraph(section: str, stmt: Statement) -> str:
    """A statement as one paragraph of a plan, its provision fields labelled after its text."""
    text = _clean(stmt.text).strip()
    if section not in PROVISION_SECTIONS:
        return text
    parts = [text if text.endswith((".", "!", "?")) else text + "."]
    parts += [f"{label}: {_clean(getattr(stmt, name)).rstrip('.')}." for name, label in FIELDS if getattr(stmt, name)]
    return " ".join(parts)


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
            doc.add_paragraph(plan_paragraph(sec, stmt))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
