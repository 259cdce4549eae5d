"""The shape of the code: the core never imports the web app or its framework, the pipeline's
packages import one way (ingest -> evidence -> drafting -> qa -> amendments -> review -> export), QA reads the
plan's types and nothing else of drafting, each heavy dependency has one importer, the module
every other module imports (`Passage`) loads none of them, only the store runs SQL, and only the
status machine sets a case's status."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = {"fastapi", "starlette", "jinja2", "uvicorn", "server"}
SINGLE_IMPORTER = {
    "llama_cpp": {"appliance/llm/llama.py"},
    "unstructured": {"appliance/ingest/parse.py"},
    "pdfminer": {"appliance/ingest/parse.py"},
    "spacy": {"appliance/ingest/spacy_model.py"},
    "sqlcipher3": {"appliance/store/db.py"},
    "ldap3": {"appliance/directory/ldap.py"},
    "joserfc": {"appliance/directory/oidc.py"},
    "sklearn": set(),  # trains the learned reading at build time (scripts/train_reading.py); never run time
}
# The pipeline's packages in the order the data flows; each may import only those before it.
PIPELINE = ("ingest", "evidence", "drafting", "qa", "amendments", "review", "export")


def _modules(path: Path) -> Iterator[str]:
    """Every module `path` imports, dotted and in full (`from a.b import c` gives a.b and a.b.c)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{a.name}" for a in node.names)


def _sources(*packages: str) -> list[Path]:
    return [p for package in packages for p in (ROOT / package).rglob("*.py")]


def _package(path: Path) -> str:
    """The `appliance` sub-package a file belongs to ("ingest", "qa", ...)."""
    return path.relative_to(ROOT / "appliance").parts[0].removesuffix(".py")


def test_the_core_imports_neither_the_web_framework_nor_the_web_app() -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted({m.split(".")[0] for m in _modules(p)} & WEB) for p in _sources("appliance")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_pipeline_imports_one_way() -> None:
    backwards = set()
    for path in _sources("appliance"):
        here = _package(path)
        if here not in PIPELINE:
            continue
        for module in _modules(path):
            parts = module.split(".")
            target = parts[1] if parts[0] == "appliance" and len(parts) > 1 else ""
            if target in PIPELINE and PIPELINE.index(target) > PIPELINE.index(here):
                backwards.add(f"{path.relative_to(ROOT)} imports {module}")
    assert backwards == set()


def test_qa_reads_only_the_plan_types_of_drafting() -> None:
    used = {
        m
        for p in (ROOT / "appliance" / "qa").rglob("*.py")
        for m in _modules(p)
        if m.startswith("appliance.drafting") and m.count(".") == 2
    }
    assert used <= {"appliance.drafting.plan"}


def test_heavy_dependencies_have_one_importer() -> None:
    found: dict[str, set[str]] = {name: set() for name in SINGLE_IMPORTER}
    for p in _sources("appliance", "server"):
        for name in {m.split(".")[0] for m in _modules(p)} & set(SINGLE_IMPORTER):
            found[name].add(str(p.relative_to(ROOT)))
    assert found == SINGLE_IMPORTER


def test_importing_passages_loads_no_parser() -> None:
    heavy = ("spacy", "unstructured", "pdfminer", "pypdfium2", "llama_cpp")
    code = f"import sys, appliance.ingest.passages; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


SQL_METHODS = {"execute", "executemany", "executescript"}


def _calls(path: Path, names: set[str]) -> list[int]:
    """Lines where `path` calls a method or function named in `names`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted(
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Attribute) and node.func.attr in names)
            or (isinstance(node.func, ast.Name) and node.func.id in names)
        )
    )


def test_only_the_store_runs_sql() -> None:
    offenders = {
        str(p.relative_to(ROOT)): lines
        for p in _sources("appliance", "server")
        if (lines := _calls(p, SQL_METHODS)) and (ROOT / "appliance" / "store") not in p.parents
    }
    assert offenders == {}


def test_only_the_status_machine_sets_a_case_status() -> None:
    callers = {str(p.relative_to(ROOT)) for p in _sources("appliance", "server") if _calls(p, {"set_status"})}
    assert callers == {"appliance/cases/status.py"}
