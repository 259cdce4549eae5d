"""The plan in Word, in two copies laid out by the plan's structure (`drafting.structure`):

- the **family copy**, as the family receives it: every section labelled, B by area of need, E by
  area with the needs each outcome addresses, F as a table per area, empty sections stated
  positively; no citations, no flags, no internal ids;
- the **caseworker copy**: the same plan with each statement's id and its citations (document,
  locator, quote), the documents read, and the QA record with each flag's decision.

Both are written into the council's Word template when one is set (`EHCP_DOCX_TEMPLATE`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Literal

from docx.enum.text import WD_BREAK

from appliance.case import iso_date
from appliance.drafting import details, register
from appliance.drafting.plan import PROVISION_SECTIONS, SECTIONS, Draft, Flag, Statement
from appliance.drafting.structure import PlanStructure, ProvisionTable
from appliance.drafting.structure import of as structure_of
from appliance.export.word import WordDocument
from appliance.ingest.doctype import ADVICE_LABELS
from appliance.qa.titles import flag_title

Copy = Literal["family", "caseworker"]
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
NO_BREAK_HYPHEN = "\u2011"  # "F-12" stays on one line in a narrow column
FIELDS = (("How often", "frequency"), ("How long", "duration"), ("Group size", "group_size"), ("Who", "delivered_by"))
F_HEADER = ("Need", "Provision", "How often", "How long", "Group size", "Who delivers it", "Outcomes it serves")


def _clean(text: str | None) -> str:
    return CONTROL_RE.sub("", text or "")


class PlanWriter:
    """Writes one copy of the plan; `copy` decides what a reader outside the council sees."""

    def __init__(self, draft: Draft, copy: Copy, template: Path | None = None) -> None:
        self.draft, self.copy = draft, copy
        self.st: PlanStructure = structure_of(draft)
        header = f"Draft Education, Health and Care plan: {draft.case.child_name}".rstrip(": ")
        self.w = WordDocument(template, header=header)
        needs = [s for a in self.st.needs for s in (*a.statements, *a.attainment)]
        needs += [*draft.sections.get("C", ()), *draft.sections.get("D", ())]
        self.need_numbers = {s.id: n for n, s in enumerate(needs, start=1)}
        outcomes = [o.statement for g in self.st.outcomes for o in g.outcomes]
        self.outcome_numbers = {s.id: n for n, s in enumerate(outcomes, start=1)}

    @property
    def family(self) -> bool:
        return self.copy == "family"

    # references between sections: numbers in the family copy, statement ids in the caseworker copy
    def need_ref(self, stmt: Statement) -> str:
        return f"Need {self.need_numbers.get(stmt.id, '')}".strip() if self.family else stmt.id

    def outcome_ref(self, stmt: Statement) -> str:
        return f"Outcome {self.outcome_numbers.get(stmt.id, '')}".strip() if self.family else stmt.id

    def write(self) -> bytes:
        self._front()
        for sec in SECTIONS:
            self._section(sec)
        if not self.family:
            self._documents()
            self._qa_report()
        return self.w.save()

    def _front(self) -> None:
        w, case = self.w, self.draft.case
        w.heading("Draft Education, Health and Care plan", 0)
        if self.family:
            w.paragraph(
                "This is a draft plan. You can comment on it, and ask to meet the local authority to discuss it, "
                "before it is finalised. Section I (the school or other institution) is left blank in a draft."
            )
        else:
            w.paragraph(
                "Caseworker copy, for the local authority only: every statement shows its id and the advice it "
                "comes from, and the quality-assurance report is at the end. Send the family copy to the family."
            )
        born = iso_date(case.date_of_birth)
        requested = iso_date(case.request_date)
        rows = [
            ("Name", case.child_name),
            ("Date of birth", details.long_date(born) if born else None),
            ("Year group", _year_label(case.year_group)),
            ("Date of request", details.long_date(requested) if requested else None),
            ("Local authority reference", case.la_reference),
        ]
        filled = [(label, _clean(value)) for label, value in rows if value]
        if filled:
            w.details(filled)

    def _section(self, sec: str) -> None:
        wide = sec == "F" and bool(self.st.provision)
        if wide:
            self.w.orientation(landscape=True)
        self.w.heading(f"Section {sec}: {self.st.titles[sec]}", 1)
        writers = {"A": self._views, "B": self._needs, "E": self._outcomes, "F": self._provision, "K": self._advice}
        statements = self.draft.sections.get(sec, ())
        if sec in writers and (statements or sec == "B"):
            writers[sec]()
        elif statements:
            for stmt in statements:
                self._statement(stmt, fields=sec in PROVISION_SECTIONS)
        else:
            self.w.paragraph(self.st.notes.get(sec, ""))
        if sec == "H1" and self.st.h1_note:
            self.w.paragraph(self.st.h1_note)
        if wide:
            self.w.orientation(landscape=False)

    def _statement(
        self, stmt: Statement, fields: bool = False, lead: str | None = None, then: str | None = None
    ) -> None:
        """One statement: a lead-in ("Need 3."; its id in the caseworker copy), its words, its
        provision details, a line `then`, and its sources in the caseworker copy."""
        if not self.family:
            lead = f"[{stmt.id}]" + (f" {lead}" if lead else "")
        self.w.paragraph(_clean(stmt.text), lead=lead)
        given = "; ".join(f"{label}: {_clean(getattr(stmt, key))}" for label, key in FIELDS if getattr(stmt, key))
        for line in (given if fields else None, then):
            if line:
                self.w.paragraph(line, indent=True)
        self._sources(stmt)

    def _sources(self, stmt: Statement, named: bool = False) -> None:
        """A caseworker copy's citations of `stmt` (`named`: each says which statement it is for)."""
        if self.family:
            return
        of = f"{stmt.id} " if named else ""
        for c in stmt.citations:
            doc = self.draft.document(c.document_id)
            name = doc.filename if doc else c.document_id
            where = f", {c.locator}" if c.locator else ""
            self.w.note(_clean(f"{of}Source {c.document_id} ({name}){where}: “{c.quote}”"))
        if not stmt.citations:
            self.w.note(f"{of}No source: nothing in the advice is cited for this statement.")

    def _views(self) -> None:
        for group in self.st.views:
            self.w.heading(group.label, 2)
            for stmt in group.statements:
                self._statement(stmt)

    def _needs(self) -> None:
        for area in self.st.needs:
            self.w.heading(area.label, 2)
            if area.empty:
                self.w.paragraph(area.empty)
            for stmt in area.statements:
                self._statement(stmt, lead=f"{self.need_ref(stmt)}." if self.family else None)
            if area.attainment:
                self.w.heading("Attainment", 3)
                for stmt in area.attainment:
                    self._statement(stmt, lead=f"{self.need_ref(stmt)}." if self.family else None)

    def _outcomes(self) -> None:
        for group in self.st.outcomes:
            self.w.heading(group.label, 2)
            for outcome in group.outcomes:
                stmt = outcome.statement
                refs = ", ".join(self.need_ref(n) for n in outcome.needs)
                then = f"This outcome addresses: {refs}." if refs else None
                self._statement(stmt, lead=f"{self.outcome_ref(stmt)}." if self.family else None, then=then)

    def _provision(self) -> None:
        tables = [(table, self._rows(table)) for table in self.st.provision]
        widths = self.w.widths(F_HEADER, [row for _, rows in tables for row in rows])  # one grid for every area
        for table, rows in tables:
            self.w.heading(table.label, 2)
            self.w.table(F_HEADER, rows, widths=widths)
            if not self.family:
                for row in table.rows:
                    self._sources(row.provision, named=True)

    def _rows(self, table: ProvisionTable) -> list[list[str]]:
        rows = []
        for row in table.rows:
            p = row.provision
            needs = "\n".join(f"{self._ref_id(self.need_ref(n))}: {_first_sentence(n.text)}" for n in row.needs)
            text = _clean(p.text) if self.family else f"{self._ref_id(p.id)}: {_clean(p.text)}"
            outcomes = ", ".join(self._ref_id(self.outcome_ref(o)) for o in row.outcomes)
            said = [_clean(v) or "Not stated" for v in (p.frequency, p.duration)]  # the law asks for both
            rows.append([needs, text, *said, _clean(p.group_size), _clean(p.delivered_by) or "Not stated", outcomes])
        return rows

    def _ref_id(self, ref: str) -> str:
        return ref if self.family else ref.replace("-", NO_BREAK_HYPHEN)

    def _advice(self) -> None:
        """Section K; an entry for a document that gives no date says so, and when it was received
        (the draft's own words state only what the document says)."""
        for stmt in self.draft.sections.get("K", ()):
            note = register.entry_note(self.draft, stmt)
            shown = replace(stmt, text=f"{stmt.text} ({note})") if note else stmt
            if self.family:
                self.w.bullet(_clean(shown.text))
            else:
                self._statement(shown)

    def _documents(self) -> None:
        self.w.heading("Documents read", 1)
        for d in self.draft.documents:
            kind = ADVICE_LABELS.get(d.advice_type, d.advice_type)
            who = ", ".join(details.author_parts(d)) or "author not found"
            self.w.bullet(_clean(f"{d.id}: {d.filename} ({kind}; {who}; {d.date or 'undated'})"))

    def _qa_report(self) -> None:
        """The QA record, on its own pages after the plan: for the local authority, not the family."""
        self.w.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.w.heading("Quality-assurance record", 1)
        self.w.note(
            "For the local authority: each flag, where it applies, what to check and what was decided, by whom "
            "and when; an override is an error flag a person let stand, with their reason.",
            indent=False,
        )
        if not self.draft.flags:
            self.w.paragraph("No quality-assurance flags were raised.")
            return
        rows = [[_clean(text) for text in _flag_row(f)] for f in self.draft.flags]
        self.w.table(QA_COLUMNS, rows, size_pt=9)


DECISIONS = {
    "accepted": "Agreed: the plan will change",
    "dismissed": "Dismissed: no change needed",
    "overridden": "Overridden",
}
QA_COLUMNS = ("Flag", "Where", "What to check", "Decision")


def _flag_row(f: Flag) -> tuple[str, str, str, str]:
    """One flag as the QA record's row: its title, where, what to check and the decision."""
    where = ", ".join(x for x in (f"Section {f.section}" if f.section else "", f.statement_id, f.document_id) if x)
    what = (
        [f.message] + ([f"\u201c{f.quote[:300]}\u201d"] if f.quote else []) + ([f"Basis: {f.basis}"] if f.basis else [])
    )
    if f.decision:
        who = ", ".join(x for x in (f.decided_by, (f.decided_at or "")[:10]) if x)
        decision = [DECISIONS.get(f.decision, f.decision)] + ([f"by {who}"] if who else [])
        decision += [f"Reason: {f.reason}"] if f.reason else []
        decision += ["Still blocks sign-off"] if f.blocks_sign_off else []
    else:
        decision = ["Open"] + (["Blocks sign-off"] if f.blocks_sign_off else [])
    title = "\n".join((flag_title(f.code), f.severity.capitalize(), f.code))
    return title, where or "The case", "\n".join(what), "\n".join(decision)


def _year_label(year: int | None) -> str | None:
    if year is None:
        return None
    return "Reception" if year == 0 else f"Year {year}" if year > 0 else "Nursery"


def _first_sentence(text: str) -> str:
    """A need named in F's table by its first sentence (the whole need is in Section B)."""
    first = SENTENCE_RE.split(_clean(text).strip(), maxsplit=1)
    return first[0] + (" …" if len(first) > 1 else "")


def family_copy(draft: Draft, template: Path | None = None) -> bytes:
    return PlanWriter(draft, "family", template).write()


def caseworker_copy(draft: Draft, template: Path | None = None) -> bytes:
    return PlanWriter(draft, "caseworker", template).write()


def render(draft: Draft, copy: Copy = "caseworker", template: Path | None = None) -> bytes:
    return PlanWriter(draft, copy, template).write()
