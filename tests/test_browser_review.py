"""An annual review from start to the signed-off amended plan, in Debian's Chromium against a real
server with the embedded model: start the review with the LA's plan, upload the evidence, propose
the amendments with live progress, read the schedule, give the reasons for the cuts on the plan,
record the decision, download the notice with tracked changes (rendered by LibreOffice for the
README), record a representation and its response, and a manager signs off. Every page is checked
with axe-core.

The tests run in order and share one server, one browser page and one review."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from appliance.config import Settings
from appliance.drafting.plan import SECTIONS
from appliance.safeguards import accounts
from tests import review_builders as rb
from tests.conftest import PASSWORD
from tests.test_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DRAFT_TIMEOUT_MS,
    SHOTS,
    LiveServer,
    fill_date,
    free_port,
    playwright_sync,
)

pytestmark = [pytest.mark.browser, pytest.mark.model]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("browser-review-data")
    settings = Settings(data_dir=data, store_key=None, llm_base_url=None, port=free_port())
    with LiveServer(settings) as server:
        for name, role in (("robin", "caseworker"), ("morgan", "manager")):
            accounts.create_user(
                server.store, name, PASSWORD, role, display_name=name.title(), must_change_password=False
            )
        yield server


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = rb.write_case(tmp_path_factory.mktemp("review-files") / "case", "pdf")
    return {"plan": next((folder / "plan").iterdir()), **{p.name: p for p in (folder / "documents").iterdir()}}


@pytest.fixture(scope="module")
def page(live: LiveServer) -> Iterator[Any]:
    with playwright_sync.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(base_url=live.url, viewport={"width": 1400, "height": 900}, accept_downloads=True)
        context.set_default_timeout(20_000)
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 500 else None)
        yield tab
        context.close()
        browser.close()
        assert errors == [], f"script errors in the pages: {errors}"


@pytest.fixture(scope="module")
def journey() -> dict[str, Any]:
    return {}


def check_accessible(page: Any, name: str | None = None) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], f"accessibility violations on {page.url}: {bad}"
    if name:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def sign_in(page: Any, username: str) -> None:
    page.goto("/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")


def test_start_a_review_with_the_las_plan(page: Any, files: dict[str, Path], journey: dict[str, Any]) -> None:
    sign_in(page, "robin")
    page.goto("/cases/new")
    page.get_by_label("Full name").fill(rb.CHILD)
    fill_date(page, "date_of_birth", *reversed(rb.CASE["date_of_birth"].split("-")))
    page.get_by_label("Year group").fill("6")
    page.get_by_label("Not known (date the assessment was requested)").check()  # a plan already issued
    fill_date(page, "family_informed_on", "1", "2", "2026")
    page.get_by_role("button", name="Create case").click()
    page.wait_for_url("**/cases/*")
    journey["case"] = page.url
    page.get_by_role("button", name="Start a review").click()
    page.wait_for_url("**/reviews/new")
    page.get_by_label("Date of the review meeting").fill(rb.REVIEW["meeting_date"])
    page.get_by_label("Annual review").check()
    page.set_input_files("#plan", str(files["plan"]))
    check_accessible(page)
    page.get_by_role("button", name="Start the review").click()
    page.wait_for_url("**/reviews/*")
    journey["review"] = page.url
    assert "The statutory clock" in page.content() and "EHC plan - Ellis.pdf" in page.content()


def test_upload_the_evidence_and_propose(page: Any, files: dict[str, Path]) -> None:
    page.set_input_files("#files", [str(p) for name, p in files.items() if name != "plan"])
    page.get_by_role("button", name="Upload", exact=True).click()
    page.wait_for_url("**/documents")
    assert page.locator(".govuk-summary-list").inner_text().count("SLT review letter") == 1
    page.get_by_role("button", name="Propose the amendments").click()
    page.wait_for_url("**/jobs/*")
    page.locator("#job-done").wait_for(state="visible", timeout=DRAFT_TIMEOUT_MS)
    check_accessible(page)
    page.get_by_role("link", name="Back to the review").click()
    page.wait_for_url("**/reviews/*")
    schedule = page.locator(".app-schedule").inner_text()
    assert "Removed" in schedule and "Changed" in schedule and "New" in schedule
    assert "Mr Varga does not agree" in page.locator("#disputed").inner_text()
    page.evaluate("document.getElementById('proposal').scrollIntoView()")
    check_accessible(page, "annual-review")


def test_the_notice_waits_for_the_reasons_for_each_cut(page: Any) -> None:
    page.get_by_label("Reason", exact=True).fill("Amend after the review.")
    page.get_by_role("button", name="Record the decision").click()
    assert "cannot go yet" in page.locator(".govuk-error-summary").inner_text()
    page.get_by_role("link", name="Check and edit the proposed plan").click()
    page.wait_for_url("**/draft")
    assert page.locator(".app-amend-tag").count() > 10
    check_accessible(page)
    for _ in range(2):
        flag = page.locator(".app-flag:not(.app-flag--decided)", has_text="Provision reduced").first
        flag.get_by_label("Reason and evidence for this change").fill("Agreed at the meeting; the therapist's letter.")
        flag.get_by_role("button", name="Accept the change").click()
        page.wait_for_url("**/draft?done=flag-decided#flag-*")


def test_decision_and_notice_with_tracked_changes(page: Any, journey: dict[str, Any], tmp_path: Path) -> None:
    page.goto(journey["review"])
    page.get_by_label("Reason", exact=True).fill("Ellis's progress in speech; a new outcome.")
    page.get_by_label("Date of the amendment notice").fill("2026-03-20")
    page.get_by_role("button", name="Record the decision").click()
    page.wait_for_url("**#decision")
    with page.expect_download() as info:
        page.get_by_role("link", name="Amendment notice: the plan with tracked changes (.docx)").click()
    notice = tmp_path / "notice.docx"
    info.value.save_as(notice)
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        pytest.skip("LibreOffice or poppler-utils is not installed (scripts/system-deps.sh test)")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(notice)], check=True, capture_output=True, timeout=180)  # fmt: skip
    text = subprocess.run(["pdftotext", str(tmp_path / "notice.pdf"), "-"], capture_output=True, text=True, check=True)
    pages = text.stdout.split("\f")
    assert any("Schedule of proposed amendments" in p for p in pages)
    shown = next(n for n, p in enumerate(pages, start=1) if "Section F: Special educational provision" in p)
    subprocess.run([pdftoppm, "-png", "-r", "80", "-f", str(shown), "-l", str(shown), str(tmp_path / "notice.pdf"),
                    str(tmp_path / "page")], check=True, timeout=60)  # fmt: skip
    shot = next(tmp_path.glob("page*.png"))
    shutil.copy(shot, SHOTS / "notice-tracked-changes.png")


def test_representation_and_response(page: Any) -> None:
    page.get_by_label("From").fill("Mr Varga")
    page.get_by_label("Representation").fill("Please keep weekly therapy until the summer.")
    page.get_by_role("button", name="Record the representation").click()
    page.wait_for_url("**#representations")
    page.get_by_label("Reason", exact=True).fill("The therapist's evidence shows the sounds are secure.")
    page.get_by_role("button", name="Record the response to Mr Varga").click()
    page.wait_for_url("**#representations")
    assert "Change stands" in page.locator("#representations ~ .app-representation").first.inner_text()
    check_accessible(page)


def test_a_manager_signs_off_the_amended_plan(page: Any, journey: dict[str, Any]) -> None:
    sign_in(page, "morgan")
    page.goto(journey["case"] + "/draft")
    for sec in SECTIONS:
        section = page.locator(f"#section-{sec}")
        section.get_by_role("button", name=f"Mark section {sec} as reviewed").click()
        playwright_sync.expect(page.locator(f"#review-{sec}")).to_contain_text("Reviewed by")  # without a reload
    while page.locator(".app-flag--error:not(.app-flag--decided)").count():
        flag = page.locator(".app-flag--error:not(.app-flag--decided)").first
        flag.locator("summary", has_text="Override with a reason").click()
        flag.get_by_label("Why can the plan go ahead without this change?").fill("Checked with the caseworker.")
        flag.get_by_role("button", name=re.compile("Override the flag")).click()
        page.wait_for_url("**/draft?done=flag-decided#flag-*")
    page.goto(journey["review"])
    page.get_by_label(re.compile("I have read this version of the plan")).check()
    page.get_by_role("button", name="Sign off the amended plan").click()
    page.wait_for_url("**#final")
    assert "Amended plan signed off" in page.locator(".govuk-panel").inner_text()
    check_accessible(page)
    page.goto("/reviews")
    check_accessible(page)
