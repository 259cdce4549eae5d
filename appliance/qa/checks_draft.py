"""Checks on the drafted plan as a whole: its sections, Section A's voices, preparing for
adulthood, a placement named too early, and statements their advice does not support."""

from __future__ import annotations

import re
from collections.abc import Iterator

from appliance.documents import AdviceDocument
from appliance.drafting.plan import SECTIONS, Flag, Statement
from appliance.evidence import grounding
from appliance.qa import child
from appliance.qa.registry import Context, check, make_flag, statement_flag

PFA_YEAR = 9
PFA_RE = re.compile(
    r"adulthood|independent living|live independently|independence skills|\bemploy(ment|ed|able|er)|"
    r"\bjobs?\b|work experience|\bcareers?\b|\bcollege\b|further education|post-16|apprentice|"
    r"supported internship|travel training|travel(ling)? independently|independent travel|money skills|"
    r"manag\w+ (his |her |their )?money|"
    r"\bbudget(ing)?\b|\bcook(ing)?\b|life skills|in the community|community (activities|groups|facilities)|"
    r"adult (health|services)|transition to adult|"
    # "Tamsin will travel to and from school on the 42 bus on her own"
    r"\b(?:travel\w*|bus|train)\b[^.;]{0,60}\bon (?:her|his|their) own\b",
    re.I,
)
PLACEMENT = "Section I names a school or type of school in a draft plan: leave it blank until the LA has consulted."
NO_CHILD_VIEWS = (
    "Section A has no views, wishes or aspirations of the child themselves. Ask the child (in a way that "
    "suits them) or record why their views could not be gathered."
)
NO_PARENT_VIEWS = "Section A has no views of the child's parents or carers."
FIRST_PERSON_RE = re.compile(r"\b(I|me|my)\b")
THIRD_PERSON_RE = re.compile(r"\b(he|she|his|her|him)\b", re.I)
PARENT_VOICE_RE = re.compile(r"\b(we|our|us)\b|\b(his|her|their) (mum|mother|dad|father|parents?|carers?)\b", re.I)


@check(
    "SECTION_MISSING",
    "error",
    "SEND Regulations 2014 reg 12(1); SEND Code of Practice 9.62",
    "Every section of the plan must be present and separately labelled.",
)
def section_missing(ctx: Context) -> Iterator[Flag]:
    for sec in SECTIONS:
        if sec not in ctx.draft.sections:
            yield make_flag("SECTION_MISSING", f"Section {sec} is missing from the plan.", section=sec)


@check(
    "PLACEMENT_IN_DRAFT",
    "error",
    "IPSEA guidance on draft plans; SEND Regulations 2014 reg 13(1)",
    "Section I stays blank in a draft: the LA names a placement after consultation.",
)
def placement_in_draft(ctx: Context) -> Iterator[Flag]:
    for stmt in ctx.draft.sections.get("I", ()):
        yield statement_flag("PLACEMENT_IN_DRAFT", PLACEMENT, "I", stmt)


@check(
    "CHILD_VIEWS_MISSING",
    "warning",
    "SEND Regulations 2014 reg 12(1)(a); Children and Families Act 2014 s19",
    "Section A must give the child's own views, wishes and aspirations.",
)
def child_views_missing(ctx: Context) -> Iterator[Flag]:
    names = ctx.case.names
    if not any(_voice(s, names) == "child" for s in ctx.draft.sections.get("A", ())):
        yield make_flag("CHILD_VIEWS_MISSING", NO_CHILD_VIEWS, section="A")


@check(
    "PARENT_VIEWS_MISSING",
    "warning",
    "SEND Regulations 2014 reg 12(1)(a); Children and Families Act 2014 s19",
    "Section A must give the parents' views for a child under 16.",
)
def parent_views_missing(ctx: Context) -> Iterator[Flag]:
    age = child.age(ctx)
    if age is not None and age >= child.YOUNG_PERSON_AGE:
        return
    names = ctx.case.names
    if not any(_voice(s, names) == "parent" for s in ctx.draft.sections.get("A", ())):
        yield make_flag("PARENT_VIEWS_MISSING", NO_PARENT_VIEWS, section="A")


def _voice(stmt: Statement, child_names: set[str]) -> str | None:
    """Whose views a Section A statement gives: "I like ..." that names no child is the child's own,
    whatever form it came from; otherwise as drafting recorded it, or by its wording."""
    speaks = FIRST_PERSON_RE.search(stmt.text) is not None
    about_child = THIRD_PERSON_RE.search(stmt.text) or any(
        re.search(rf"\b{re.escape(n)}\b", stmt.text) for n in child_names
    )
    if speaks and not about_child:
        return "child"
    if stmt.who:
        return stmt.who
    return "parent" if PARENT_VOICE_RE.search(stmt.text) else None


@check(
    "PFA_MISSING",
    "error",
    "SEND Regulations 2014 reg 12(3); SEND Code of Practice 9.69 (E, F)",
    "From Year 9 the outcomes and provision must include preparing for adulthood.",
)
def pfa_missing(ctx: Context) -> Iterator[Flag]:
    year = child.year_group(ctx)
    if year is None or year < PFA_YEAR:
        return
    statements = [s for sec in ("E", "F") for s in ctx.draft.sections.get(sec, ())]
    if not any(s.area == "preparing_for_adulthood" or PFA_RE.search(s.text) for s in statements):
        yield make_flag(
            "PFA_MISSING",
            f"The child is in Year {year}, but Sections E and F have nothing on preparing for adulthood "
            "(employment, independent living, friends and community, good health).",
            section="E",
        )


@check(
    "UNSUPPORTED_STATEMENT",
    "error",
    "SEND Regulations 2014 reg 11(a); the appliance's fidelity rule",
    "A statement has no citation, or says something its cited advice does not.",
)
def unsupported_statement(ctx: Context) -> Iterator[Flag]:
    names = ctx.case.names
    docs = {d.record.id: d for d in ctx.documents}
    for sec, stmt in ctx.draft.statements():
        problem = _unsupported(sec, stmt, docs, names)
        if problem:
            yield statement_flag("UNSUPPORTED_STATEMENT", problem, sec, stmt)


def _unsupported(sec: str, stmt: Statement, docs: dict[str, AdviceDocument], names: set[str]) -> str | None:
    if not stmt.citations:
        return "This statement cites no advice."
    for c in stmt.citations:
        doc = docs.get(c.document_id)
        if doc is not None and not _in_document(c.quote, doc):
            return f"This statement cites text that is not in {doc.record.filename}."
    quotes = [c.quote for c in stmt.citations]
    if sec == "K":  # the advice list is built from each document's details: only its dates must match
        missing = grounding.numbers(stmt.text) - grounding.numbers(" ".join(quotes))
        return f"Numbers not in the cited advice: {', '.join(sorted(missing))}." if missing else None
    # plan language names the author ("I will review" -> "the consultant paediatrician will review"):
    # the words of their role, from the cited documents' details, count as found
    authors = {
        w
        for c in stmt.citations
        if c.document_id in docs
        for w in grounding.author_words(docs[c.document_id].record.author_role)
    }
    result = grounding.check(stmt.text, quotes, names | authors, coverage=0.6)
    return None if result.ok else "Not supported by its cited advice: " + "; ".join(result.problems)


def _in_document(quote: str, doc: AdviceDocument) -> bool:
    norm = _norm(quote)
    return any(norm in _norm(p.text) for p in doc.passages) or norm in _norm(" ".join(p.text for p in doc.passages))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()
