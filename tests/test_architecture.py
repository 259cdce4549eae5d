"""The core never imports the web framework, each heavy dependency has one importer, only the
store runs SQL, and only the status machine sets a case's status."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = {"fastapi", "starlette", "jinja2", "uvicorn"}
SINGLE_IMPORTER = {
    "llama_cpp": {"appliance/llm/llama.py"},
    "unstructured": {"appliance/ingest/parse.py"},
    "pdfminer": {"appliance/ingest/parse.py"},
    "sqlcipher3": {"appliance/store/db.py"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_has_no_web_framework_imports() -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(_imports(p) & WEB)
        for p in (ROOT / "appliance").rglob("*.py")
        if _imports(p) & WEB and "bench" not in p.parts
    }
    assert offenders == {}


def test_heavy_dependencies_have_one_importer() -> None:
    found: dict[str, set[str]] = {name: set() for name in SINGLE_IMPORTER}
    for p in list((ROOT / "appliance").rglob("*.py")) + list((ROOT / "server").rglob("*.py")):
        if "bench" in p.parts:
            continue
        for name in _imports(p) & set(SINGLE_IMPORTER):
            found[name].add(str(p.relative_to(ROOT)))
    assert found == SINGLE_IMPORTER


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


def _code() -> list[Path]:
    return sorted([*(ROOT / "appliance").rglob("*.py"), *(ROOT / "server").rglob("*.py")])


def test_only_the_store_runs_sql() -> None:
    offenders = {
        str(p.relative_to(ROOT)): lines
        for p in _code()
        if (lines := _calls(p, SQL_METHODS)) and (ROOT / "appliance" / "store") not in p.parents
    }
    assert offenders == {}


def test_only_the_status_machine_sets_a_case_status() -> None:
    callers = {str(p.relative_to(ROOT)) for p in _code() if _calls(p, {"set_status"})}
    assert callers == {"appliance/cases/status.py"}
