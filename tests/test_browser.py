"""The caseworker's whole journey in Debian's Chromium against a real server with the embedded model:
sign in, new case, upload three documents (and one unreadable file), draft with live progress, open a
citation's source, edit a provision, dismiss a flag with a reason, see the version diff, export .docx
(converted to PDF by LibreOffice). Every page is checked with axe-core and screenshotted for the README.

The tests run in order and share one server, one browser page and one drafted case."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from appliance.config import PROJECT_ROOT, Settings
from appliance.safeguards import accounts
from tests.conftest import FIXTURES, PASSWORD

pytestmark = pytest.mark.browser
playwright_sync = pytest.importorskip("playwright.sync_api")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = PROJECT_ROOT / "docs" / "screenshots"
KAI = FIXTURES / "cases" / "c02-kai-year4-dyslexia" / "documents"
UPLOADS = [
    "Parent views - Kai Rendell.txt",
    "School SEN advice - Kai Rendell.docx",
    "Educational Psychology Advice - Kai Rendell.docx",
]
DRAFT_TIMEOUT_MS = 300_000

if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (scripts/system-deps.sh test)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn in a thread on a free loopback port, serving `create_app` with the embedded model."""

    def __init__(self, settings: Settings) -> None:
        import uvicorn

        from server.app import create_app

        self.app = create_app(settings)  # the factory keeps uploads in memory
        config = uvicorn.Config(self.app, host="127.0.0.1", port=settings.port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="live-server", daemon=True)
        self.url = f"http://127.0.0.1:{settings.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.1)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=60)

    @property
    def store(self) -> Any:
        return self.app.state.appliance.store


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("browser-data")
    settings = Settings(data_dir=data, store_key=None, llm_base_url=None, port=free_port())
    with LiveServer(settings) as server:
        accounts.create_user(
            server.store,
            "casey",
            PASSWORD,
            "caseworker",
            display_name="Casey Jones",
            must_change_password=False,
        )
        yield server


@pytest.fixture(scope="module")
def page(live: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with playwright_sync.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(base_url=live.url, viewport={"width": 1400, "height": 900}, accept_downloads=True)
        context.set_default_timeout(20_000)
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        # 4xx responses are part of the journey (a form with errors is a 400); script errors and 5xx are not.
        tab.on(
            "console",
            lambda m: errors.append(m.text) if m.type == "error" and "Failed to load" not in m.text else None,
        )
        tab.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 500 else None)
        yield tab
        context.close()
        browser.close()
        assert errors == [], f"script errors in the pages: {errors}"


@pytest.fixture(scope="module")
def journey() -> dict[str, Any]:
    return {}


def check_accessible(page: Any, name: str) -> None:
    """No serious or critical axe-core violations; the page is saved for the README."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], f"accessibility violations on {name}: {bad}"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def tab_to(page: Any, selector: str, limit: int = 400) -> None:
    """Press Tab until the element matching `selector` has focus: it is reachable by keyboard."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def test_sign_in_by_keyboard(page: Any) -> None:
    page.goto("/")
    assert page.url.endswith("/login")
    check_accessible(page, "sign-in")
    tab_to(page, "#username")
    page.keyboard.type("casey")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/")
    assert page.get_by_role("heading", name="Your cases").is_visible()


def test_new_case(page: Any, journey: dict[str, Any]) -> None:
    tab_to(page, "a.govuk-button[href='/cases/new']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cases/new")
    page.get_by_role("button", name="Create case").click()
    assert page.locator(".govuk-error-summary").is_visible(), "an empty form is refused with an error summary"
    page.get_by_label("Full name").fill("Kai Thomas Rendell")
    page.get_by_label("Date of birth").fill("2015-11-02")
    page.get_by_label("Year group").fill("4")
    page.get_by_label("LA reference (optional)").fill("WC/EHC/25/0037")
    page.get_by_label("Date the assessment was requested").fill("2025-02-03")
    page.get_by_label("Date the family was informed").fill("2025-02-04")
    check_accessible(page, "new-case")
    page.get_by_role("button", name="Create case").click()
    page.wait_for_url("**/cases/*")
    journey["case"] = page.url.rsplit("/", 1)[1]
    assert page.get_by_role("heading", name="Kai Thomas Rendell").is_visible()


def test_upload_three_documents_and_one_unreadable(page: Any, tmp_path: Path) -> None:
    broken = tmp_path / "Scan that will not open.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a pdf")
    page.set_input_files("input[type=file][name=files]", [str(KAI / name) for name in UPLOADS] + [str(broken)])
    page.get_by_role("button", name="Upload", exact=True).click()
    progress = page.locator("#upload-progress li")
    progress.nth(3).wait_for()
    page.wait_for_function("document.querySelectorAll('#upload-progress progress').length === 0", timeout=120_000)
    texts = progress.all_inner_texts()
    assert sum("Uploaded:" in t for t in texts) == 3, texts
    assert "Psychological advice" in " ".join(texts)
    assert "Scan that will not open.pdf" in texts[3] and "Uploaded" not in texts[3]
    page.locator(".app-documents tbody tr").nth(2).wait_for()
    assert page.locator(".app-documents tbody tr").count() == 3
    missing = page.locator("#missing-advice").inner_text()
    assert "Medical advice" in missing and "Social care advice" in missing and "Educational advice" not in missing
    page.evaluate("window.scrollTo(0, 0)")
    check_accessible(page, "case")


def test_draft_with_live_progress(page: Any) -> None:
    page.get_by_role("button", name="Draft the plan").click()
    page.wait_for_url("**/jobs/*")
    page.wait_for_function("document.getElementById('job-stage').textContent !== 'Waiting'", timeout=60_000)
    check_accessible(page, "drafting")
    assert page.locator("#job-elapsed").inner_text() != ""
    page.locator("#job-done").wait_for(state="visible", timeout=DRAFT_TIMEOUT_MS)
    assert page.locator("#job-percent").inner_text() == "100"
    page.get_by_role("link", name="Review the draft").click()
    page.wait_for_url("**/draft")


def test_open_a_citations_source_beside_the_plan(page: Any) -> None:
    tab_to(page, "a.app-cite")
    cited = page.evaluate("document.activeElement.textContent.trim()")
    page.keyboard.press("Enter")
    heading = page.locator("#source-heading")
    heading.wait_for()
    assert heading.inner_text().startswith("Source: ") and heading.inner_text()[8:] in cited
    assert page.locator("#source-panel mark").count() == 1
    assert page.locator("#source-panel .govuk-tag").inner_text() in cited, "the locator is shown"
    check_accessible(page, "review")


def test_edit_a_provision(page: Any, journey: dict[str, Any]) -> None:
    statement = page.locator("#section-F article.app-statement").first
    sid = statement.get_attribute("id").removeprefix("stmt-")
    statement.locator("summary", has_text="Edit").click()
    statement.get_by_label("How often").fill("three times a week, 20 minutes")
    statement.get_by_label("Delivered by").fill("specialist teacher")
    statement.get_by_role("button", name=f"Save {sid}").click()
    page.wait_for_url(f"**/draft#stmt-{sid}")
    edited = page.locator(f"#stmt-{sid}")
    assert "three times a week, 20 minutes" in edited.locator(".app-fields").inner_text()
    assert "Written by a caseworker" in edited.inner_text()
    assert "Version 2" in page.locator(".app-plan-bar").inner_text()
    journey["edited"] = sid


def test_dismiss_a_flag_with_a_reason(page: Any) -> None:
    flag = page.locator(".app-flag:not(.app-flag--decided)").first
    flag_id = flag.get_attribute("id")
    flag.locator("summary", has_text="Dismiss").click()
    flag.get_by_role("button", name="Dismiss flag").click()
    assert "Enter the reason" in page.locator(".govuk-error-summary").inner_text()
    flag = page.locator(f"#{flag_id}")
    flag.locator("summary", has_text="Dismiss").click()
    flag.get_by_label("Why does this not need a change?").fill("Requested from the health team on 3 March.")
    flag.get_by_role("button", name="Dismiss flag").click()
    page.wait_for_url(f"**/draft#{flag_id}")
    decided = page.locator(f"#{flag_id}")
    assert "Dismissed" in decided.inner_text() and "Requested from the health team" in decided.inner_text()


def test_version_diff(page: Any, journey: dict[str, Any]) -> None:
    page.get_by_role("link", name="Version history and changes").click()
    page.wait_for_url("**/draft/versions")
    sid = re.compile(f"^{re.escape(journey['edited'])}$")
    change = page.locator(".app-change").filter(has=page.locator("strong", has_text=sid))
    assert "Changed" in change.inner_text()
    assert "three times a week, 20 minutes" in change.locator("ins").all_inner_texts()
    check_accessible(page, "versions")


def test_export_docx_opens_in_libreoffice(page: Any, tmp_path: Path) -> None:
    page.get_by_role("link", name="Back to the draft").click()
    soffice = shutil.which("soffice")
    for copy in ("family copy", "caseworker copy"):
        with page.expect_download() as info:
            page.get_by_role("link", name=f"Download the {copy}").click()
        docx = tmp_path / f"{copy.split()[0]}.docx"
        info.value.save_as(docx)
        if soffice is None:
            pytest.skip("LibreOffice is not installed (scripts/system-deps.sh test)")
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{tmp_path}/lo",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        pdf = docx.with_suffix(".pdf").read_bytes()
        assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def test_case_list_shows_status_and_deadline(page: Any) -> None:
    page.goto("/")
    row = page.locator("tbody tr", has_text="Kai Thomas Rendell")
    assert "In review" in row.inner_text() and "overdue" in row.inner_text()
    check_accessible(page, "cases")
