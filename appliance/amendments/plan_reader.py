"""The current plan, read from the LA's own document (.docx or .pdf, any reasonable layout) into
sections A-K of statements `cur-F-3`, each citing the passage of the plan it came from.

Layouts handled: a heading per section with paragraphs under it ("Section F: Special educational
provision"); a table per section, or one table with a section column; provision given as labelled
fields in the paragraph ("How often: weekly. How long: 30 minutes.") or as columns ("Provision |
How often | How long | Group | Who"); a table row per item or a small form per item; area-of-need
subheadings. Provision fields come from the labels and columns, else from the text by the same
patterns drafting uses; outcome time frames likewise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from appliance.amendments.model import CurrentPlan
from appliance.amendments.text import NIL, voice
from appliance.documents import AdviceDocument
from appliance.drafting.plan import PROVISION_SECTIONS, SECTIONS, Citation, Statement, empty_sections
from appliance.evidence import fields
from appliance.evidence.areas import area_from_headings, classify_area
from appliance.ingest.passages import Passage

TITLE_WORDS = {
    "A": r"views|interests|aspirations|about me|history",
    "B": r"needs",
    "C": r"health",
    "D": r"social care|care needs",
    "E": r"outcomes?",
    "F": r"provision",
    "G": r"health",
    "H1": r"social care|care provision|section 2|chronically",
    "H2": r"social care|care provision|other",
    "H": r"social care|care provision",
    "I": r"placement|school|institution|setting|college",
    "J": r"personal budget|budget|direct payment",
    "K": r"advice|information",
}
# A heading that names a section without its letter (strict: a whole title)
TITLE_ONLY = {
    "A": r".*\b(views|interests|aspirations|want you to know|about me|my story)\b.*",
    "B": r"(the )?([\w']+ )?(special )?educational needs.*|special educational needs.*|sen",
    "C": r"health( care)? needs.*",
    "D": r"social care needs.*",
    "E": r"(the )?outcomes.*",
    "F": r"(the )?(special )?educational provision.*",
    "G": r"health( care)? provision.*",
    "H1": r"social care provision (under|made under|required under) (section 2|s\.? ?2|the chronically).*",
    "H2": r"(other )?social care provision.*",
    "I": r"placement.*|(the )?name and type of (the )?(school|institution|setting).*|school or other institution.*",
    "J": r"personal budget.*",
    "K": r"advice and information.*",
}
SECTION_RE = re.compile(
    r"^\s*sections?\s*(h\s?1|h\s?2|[a-k])\b(?:\s*(?:and|&|/|,)\s*(h\s?1|h\s?2|[a-k])\b)?[\s:.)\-\u2013\u2014|]*(.*)$",
    re.I | re.S,
)
NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]{1,4}[.)])\s+", re.I)
LETTER_RE = re.compile(r"^\s*(H1|H2|[A-K])(\s*(?:and|&|/)\s*H[12])?\s*[:.)\-\u2013\u2014|]\s*(.+)$", re.S)
BARE_LABEL_RE = re.compile(r"^\s*(?:section\s*)?(h\s?1|h\s?2|[a-k])\s*[:.]?\s*$", re.I)
SIGN_OFF_RE = re.compile(
    r"^(signed|signature|name of (the )?officer|on behalf of|date (of|issued)|this plan (was|is) (issued|signed)|"
    r"authorised by|page \d+( of \d+)?$)",
    re.I,
)
FIELD_LABELS: list[tuple[str, str]] = [
    ("frequency", r"how often|frequency|when"),
    ("duration", r"how long|duration|length of (each )?session|time"),
    ("group_size", r"group size|group|ratio|staffing ratio"),
    ("delivered_by", r"delivered by|who( will deliver| delivers)?|provided by|by whom|staff|responsible|provider"),
    ("timeframe", r"by when|timescale|time ?frame|target date"),
]
LABEL_RE = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=\.)|(?<=;))\s*(" + "|".join(p for _, p in FIELD_LABELS) + r")\s*:\s*",
    re.I,
)
AREA_NAME_RE = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(communication and interaction|cognition and learning|social,? emotional and mental "
    r"health|sensory and/or physical|sensory and physical|physical and sensory|physical and/or sensory|preparing for "
    r"adulthood|all areas|communication|cognition|semh|sensory|physical|health|social care)( needs)?:?$",
    re.I,
)
COLUMN_ROLES: list[tuple[str, str]] = [
    ("frequency", r"how often|frequency"),
    ("duration", r"how long|duration|length"),
    ("group_size", r"group|ratio"),
    ("delivered_by", r"delivered|\bwho\b|by whom|staff|provider|responsib"),
    ("timeframe", r"by when|timescale|time ?frame|target date"),
    ("area", r"^area|area of need"),
    ("E", r"outcome|target"),
    ("B", r"\bneeds?\b|difficult"),
    ("F", r"provision|support|intervention|strateg|what|description|resource"),
]


@dataclass
class _Reader:
    """The reading state as the plan's passages go by."""

    document_id: str
    titles: bool = True  # whether a section may open by its title alone
    section: str | None = None
    area: str | None = None
    header: tuple[str, ...] = ()
    out: dict[str, list[Statement]] = field(default_factory=lambda: {sec: [] for sec in SECTIONS})

    def add(self, section: str, text: str, p: Passage, **values: str | None) -> None:
        text = _tidy(text, section)
        if not text:
            return
        n = len(self.out[section]) + 1
        cite = Citation(self.document_id, p.text, p.locator, p.seq)
        area = values.pop("area", None) or _area(section, text, self.area)
        stmt = Statement(id=f"cur-{section}-{n}", text=text, citations=(cite,), area=area, origin="extract")
        provision = section in PROVISION_SECTIONS and not NIL.search(text)
        if provision:
            found = fields.from_text(text)
            for name in ("frequency", "duration", "group_size", "delivered_by"):
                values.setdefault(name, None)
                values[name] = values[name] or getattr(found, name)
        if section == "E":
            values["timeframe"] = values.get("timeframe") or fields.timeframe(text)
        if section == "A":
            said_by = values.get("delivered_by")  # a "Who" column of views
            stmt = replace(stmt, who=voice(said_by) if said_by and voice(said_by) == "parent" else voice(text))
        allowed = SECTION_FIELDS.get(section, ())
        keep = {k: v for k, v in values.items() if k in allowed and v}
        self.out[section].append(replace(stmt, **keep))  # type: ignore[arg-type]

    def amend_last(self, values: dict[str, str]) -> bool:
        """Fields given after their item ("How often: weekly" on a line of its own)."""
        items = self.out[self.section] if self.section else []
        if not items:
            return False
        keep = {k: v for k, v in values.items() if k in Statement.__dataclass_fields__}
        items[-1] = replace(items[-1], **keep)  # type: ignore[arg-type]
        return True


def read_plan(doc: AdviceDocument, issued: str | None = None) -> CurrentPlan:
    """A plan that labels its sections ("Section B", "F:") is read by its labels alone; one that
    does not, by its section titles ("2. Special educational needs")."""
    labelled = sum(1 for p in doc.passages if _labelled_section(p.text))
    reader = _Reader(doc.id, titles=labelled < MIN_LABELS)
    for p in doc.passages:
        _read_passage(reader, p)
    sections = empty_sections()
    for sec in SECTIONS:
        sections[sec] = tuple(reader.out[sec])
    return CurrentPlan(document_id=doc.id, issued=issued or doc.record.date, sections=sections)


def _read_passage(reader: _Reader, p: Passage) -> None:
    cells = _distinct(p.cells) if p.kind == "table_row" else ()
    text = " ".join(cells) if cells else p.text
    started = section_start(text, p.kind == "heading", titles=reader.titles and not cells) if len(cells) <= 2 else None
    if started is not None:
        reader.section, reader.area, reader.header = started[0], None, ()
        rest = started[1]
        if rest and reader.section and len(cells) == 2 and BARE_LABEL_RE.match(cells[0]):
            reader.add(reader.section, rest, p)  # one table, the section in the first column
        return
    if reader.section is None or SIGN_OFF_RE.match(text):
        return
    if p.kind == "heading" or _is_subheading(text):
        reader.area = area_from_headings((text,)) or reader.area
        return
    if cells:
        _read_row(reader, p, cells)
        return
    labelled = _labelled(text)
    if labelled is not None and not labelled[0] and reader.section in (*PROVISION_SECTIONS, "E"):
        reader.amend_last(labelled[1])
        return
    what, values = labelled if labelled is not None else (text, {})
    reader.add(reader.section, what, p, **values)


def _labelled_section(text: str) -> bool:
    found = section_start(text.split(" | ")[0] if " | " in text else text, False, titles=False)
    return found is not None


def section_start(text: str, heading: bool, titles: bool = True) -> tuple[str, str] | None:
    """(section, the rest of the line) when `text` opens a section of the plan; with `titles`, a
    heading that gives a section's title without its letter opens it too ("2. Special educational
    needs"; not a table row, where "Health provision | Who provides it" is a column header)."""
    text = text.strip()
    if len(text.split()) > 25:
        return None
    m = SECTION_RE.match(text)
    if m is not None:
        combined = m.group(2) is not None
        sec, rest = ("H2" if combined else _letter(m.group(1))), m.group(3)  # "Sections H1 and H2": one list
    else:
        m = LETTER_RE.match(text)
        if m and (len(m.group(3).split()) > 16 or not _titled(_letter(m.group(1)), m.group(3))):
            m = None
        sec, rest = (("H2" if m.group(2) else _letter(m.group(1))), m.group(3)) if m else ("", "")
    if m is not None:
        rest = rest.strip(" |:")
        if rest and not _titled(sec, rest) and len(rest.split()) > 12:
            return None
        if sec == "H":
            sec = "H1" if re.search(r"section 2|chronically|csdpa", rest, re.I) else "H2"
        return sec, "" if _titled(sec, rest) else rest
    if titles and (heading or len(text.split()) <= 10) and not text.endswith((".", "!", "?")):
        low = NUMBERING_RE.sub("", text).lower().strip(" :.")
        for sec, pattern in TITLE_ONLY.items():
            if re.fullmatch(pattern, low):
                return sec, ""
    return None


def _letter(raw: str) -> str:
    return re.sub(r"\s", "", raw).upper()


def _titled(sec: str, rest: str) -> bool:
    return bool(re.search(TITLE_WORDS.get(sec, "$^"), rest, re.I)) and len(rest.split()) <= 20


def _is_subheading(text: str) -> bool:
    """An area-of-need subheading given as a line of its own ("Communication and interaction")."""
    return AREA_NAME_RE.match(text.strip()) is not None


def _area_label(text: str) -> bool:
    return AREA_NAME_RE.match(text.strip()) is not None


def _labelled(text: str) -> tuple[str, dict[str, str]] | None:
    """(what, {field: value}) for "X. How often: weekly. How long: 30 minutes."; None without labels."""
    marks = list(LABEL_RE.finditer(text))
    if not marks:
        return None
    values: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[m.end() : end].strip(" .;")
        name = _field_of(m.group(1))
        if name and value and name not in values:
            values[name] = value
    return text[: marks[0].start()].strip(), values


def _field_of(label: str) -> str | None:
    return next((name for name, pattern in FIELD_LABELS if re.fullmatch(pattern, label.strip(), re.I)), None)


def _read_row(reader: _Reader, p: Passage, cells: tuple[str, ...]) -> None:
    assert reader.section is not None
    roles = column_roles(cells)
    first = re.search(r"\brow 1$", p.locator) is not None
    if roles is not None and (len([r for r in roles if r]) >= 2 or (first and len(cells) >= 2 and _all_labels(cells))):
        reader.header = cells
        return
    if len(cells) == 2 and _field_of(cells[0].rstrip(":")):
        name = _field_of(cells[0].rstrip(":"))
        if name and reader.amend_last({name: cells[1]}):
            return
    if reader.header and len(p.cells) == len(reader.header):
        _read_mapped_row(reader, p, p.cells)
        return
    if len(cells) >= 2 and _area_label(cells[0]):
        reader.area = area_from_headings((cells[0],))
        cells = cells[1:]
    if len(cells) == 2 and _label(cells[0]) and _sentence(cells[1]):
        reader.area = area_from_headings((cells[0],)) or reader.area
        cells = cells[1:]  # "Autism | Callum was diagnosed with autism ..."
    reader.add(reader.section, " ".join(cells), p)


def _all_labels(cells: tuple[str, ...]) -> bool:
    """A header row: every cell a short label ("Health need | Details", "Advice | From | Date")."""
    return all(len(c.split()) <= 4 and not re.search(r"[.!?]$|\d{4}", c) for c in cells)


def _label(text: str) -> bool:
    return len(text.split()) <= 6 and not text.rstrip().endswith((".", "!", "?"))


def _sentence(text: str) -> bool:
    return len(text.split()) >= 4 and text.rstrip().endswith((".", "!", "?", ")"))


def column_roles(cells: tuple[str, ...]) -> list[str | None] | None:
    """What each column of a header row holds; None when the row is not a header."""
    if not cells or any(len(c.split()) > 6 for c in cells if c):
        return None
    roles: list[str | None] = []
    for cell in cells:
        found = next((role for role, pattern in COLUMN_ROLES if cell and re.search(pattern, cell, re.I)), None)
        roles.append(found)
    return roles


def _read_mapped_row(reader: _Reader, p: Passage, cells: tuple[str, ...]) -> None:
    assert reader.section is not None
    roles = column_roles(reader.header) or []
    values: dict[str, str | None] = {}
    texts: dict[str, str] = {}
    for role, cell in zip(roles, cells, strict=False):
        if not role or not cell:
            continue
        if role in SECTIONS and (_area_label(cell) or (_label(cell) and len(cell.split()) < 3)):
            values["area"] = area_from_headings((cell,)) or values.get("area")  # "Need: Communication and interaction"
        elif role in SECTIONS:
            texts.setdefault(role, cell)
        elif role == "area":
            values["area"] = area_from_headings((cell,))
        else:
            values.setdefault(role, cell)
    if not texts:  # no column says what: the row does ("Educational advice | Mrs Pike, SENCO | 18 November 2024")
        filled = [c for c in cells if c]
        labelled = len(filled) == 2 and _label(filled[0]) and _sentence(filled[1])
        texts[reader.section] = filled[1] if labelled else ", ".join(filled)
    if len(texts) == 1:  # a table of one section: its text goes there, whatever the column says
        reader.add(reader.section, next(iter(texts.values())), p, **values)
        return
    for sec, text in texts.items():
        own = dict(values) if sec in PROVISION_SECTIONS or sec == "E" else {"area": values.get("area")}
        reader.add(sec, text, p, **own)


def _distinct(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A row's cells without blanks or the copies a merged cell leaves."""
    out: list[str] = []
    for c in cells:
        if c and c not in out:
            out.append(c)
    return tuple(out)


def _tidy(text: str, section: str = "") -> str:
    """The statement without its bullet or its number in the plan ("2.1", "E1", "(a)")."""
    text = re.sub(r"\s+", " ", text).strip(" |\uf0b7")
    text = re.sub(r"^(?:[\u2022\u25cf\u25aa\-*]|\(?[a-z][.)]|\d{1,2}(?:\.\d{1,2})*[.)]?)\s+", "", text)
    if section:
        text = re.sub(rf"^{re.escape(section)}\s?\d{{1,2}}[.:)]?\s+", "", text)
    return text


MIN_LABELS = 3  # sections labelled "Section B" / "B:" at least this often: the plan labels them all
PROVISION_FIELDS = ("frequency", "duration", "group_size", "delivered_by")
SECTION_FIELDS = {sec: PROVISION_FIELDS for sec in PROVISION_SECTIONS} | {"E": ("timeframe",)}
SECTION_AREAS = {"C": "health", "G": "health", "D": "social_care", "H1": "social_care", "H2": "social_care"}


def _area(section: str, text: str, heading_area: str | None) -> str | None:
    if section in SECTION_AREAS:
        return SECTION_AREAS[section]
    if section in ("B", "E", "F"):
        return heading_area or classify_area(text)
    return None
