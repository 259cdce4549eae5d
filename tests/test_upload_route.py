"""The upload route under attack (issue 14, items 7 and 12): the session and the CSRF token are
checked before the body is read, which is streamed to the limit; every other request's body is
capped small; a file over the limit is refused with its own size and the limit; file names with
right-to-left overrides or thousands of characters are cleaned, not shown raw or failing the batch."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from appliance.config import Settings
from appliance.llm.fake import FakeLLM
from tests.conftest import sign_in_as, upload
from tests.test_hostile_files import _slow_docx

MB = 1024 * 1024
BOUNDARY = "hostile-boundary"


def _new_case(client: TestClient, token: str) -> str:
    data = {
        "csrf_token": token,
        "child_name": "Test Child",
        "date_of_birth_unknown": "yes",
        "request_date_unknown": "yes",
        "lawful_basis": "Public task",
        "family_informed_on": "2025-01-10",
    }
    return client.post("/cases", data=data, follow_redirects=False).headers["location"]


def _chunks(total: int) -> list[bytes]:
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    return [head, *([b"x" * 65536] * (total // 65536)), f"\r\n--{BOUNDARY}--\r\n".encode()]


def _post(client: TestClient, path: str, chunks: list[bytes], headers: dict[str, str]) -> tuple[int, int]:
    """POST `chunks` straight to the app as a streamed (chunked) body: the status and how many
    bytes of the body the app pulled before it answered. (TestClient reads a body whole first.)"""
    pulled = 0
    total = sum(len(c) for c in chunks)
    sent = iter(chunks)
    status = 0
    cookies = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    raw = [(k.lower().encode(), v.encode()) for k, v in {**headers, "host": "testserver", "cookie": cookies}.items()]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": raw,
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
        "app": client.app,
    }

    async def receive() -> dict[str, object]:
        nonlocal pulled
        chunk = next(sent, None)
        if chunk is None:  # the client has sent everything and gone away
            return {"type": "http.disconnect"}
        pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": pulled < total}

    async def send(message: dict[str, object]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])  # type: ignore[call-overload]

    asyncio.run(client.app(scope, receive, send))  # type: ignore[arg-type]
    return status, pulled


MULTIPART = {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}


def test_reading_stops_when_the_client_goes_away(settings: Settings) -> None:
    from server.app import create_app

    with TestClient(create_app(settings.model_copy(update={"parse_seconds": 40}), llm=FakeLLM())) as app_client:
        _gone_away(app_client)


def _gone_away(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    slow = _slow_docx(40_000)
    head = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="slow.docx"\r\n\r\n').encode()
    started = time.monotonic()
    _post(
        app_client,
        f"{case_url}/documents",
        [head, slow, f"\r\n--{BOUNDARY}--\r\n".encode()],
        {**MULTIPART, "X-CSRF-Token": token},
    )
    assert time.monotonic() - started < 20  # the child reading it was killed: the limit is 40 s
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    with store.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
        reasons = [r[0] for r in conn.execute("SELECT detail FROM audit WHERE action = 'document.rejected'")]
    assert reasons == ['{"reason": "Cancelled"}']


def test_an_upload_without_a_session_is_not_read(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    app_client.cookies.clear()
    status, pulled = _post(app_client, f"{case_url}/documents", _chunks(20 * MB), MULTIPART)
    assert status in (303, 401)
    assert pulled == 0, f"{pulled // MB} MB were read before the session was checked"


def test_an_upload_without_the_csrf_token_is_not_read(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    status, pulled = _post(app_client, f"{case_url}/documents", _chunks(20 * MB), MULTIPART)
    assert status == 403 and pulled == 0


def test_an_upload_with_the_token_in_the_query_is_read(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    files = {"files": ("views.txt", b"Views\n\nZara likes trains.\n")}
    reply = app_client.post(f"{case_url}/documents", params={"csrf_token": token}, files=files)
    assert reply.status_code == 200 and "views.txt" in reply.text


def test_other_requests_are_capped_small_before_any_session_check(app_client: TestClient) -> None:
    declared = {**MULTIPART, "Content-Length": str(5 * MB)}
    assert _post(app_client, "/login", _chunks(5 * MB), declared) == (413, 0)
    # a form read by its handler is not read at all without a session (a redirect to sign in);
    # one read before the handler is cut off at the small limit
    status, pulled = _post(app_client, "/cases/1/consent", _chunks(5 * MB), MULTIPART)
    assert (status == 303 and pulled <= 65536) or (status == 413 and pulled <= MB + 65536)
    status, pulled = _post(app_client, "/login", _chunks(5 * MB), MULTIPART)
    assert status == 413 and pulled <= MB + 65536


@pytest.fixture
def mb_client(settings: Settings) -> Iterator[TestClient]:
    from server.app import create_app

    with TestClient(create_app(settings.model_copy(update={"max_upload_bytes": MB}), llm=FakeLLM())) as client:
        yield client


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_limit(mb_client: TestClient) -> None:
    token = sign_in_as(mb_client, "caseworker")
    case_url = _new_case(mb_client, token)
    files = [
        ("files", ("big.txt", b"Needs\n\n" + b"word " * (3 * MB // 10))),
        ("files", ("ok.txt", b"Needs\n\nFine.\n")),
    ]
    results = upload(mb_client, case_url, token, files)
    assert [r["ok"] for r in results] == [False, True]
    assert results[0]["message"].startswith("This file is 1.5 MB; the largest file accepted is 1 MB.")


def test_thirty_megabytes_are_not_called_twenty_five(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    results = upload(app_client, case_url, token, [("files", ("scan.pdf", b"%PDF-1.4\n" + bytes(30 * MB)))])
    assert results[0]["message"].startswith("This file is 30 MB; the largest file accepted is 25 MB.")


def test_a_request_over_the_upload_limit_says_how_big_it_was(mb_client: TestClient) -> None:
    token = sign_in_as(mb_client, "caseworker")
    case_url = _new_case(mb_client, token)
    size = 6 * MB
    headers = {**MULTIPART, "Content-Length": str(size), "X-CSRF-Token": token}
    reply = mb_client.post(f"{case_url}/documents", content=b"x" * size, headers=headers)
    assert reply.status_code == 413
    assert (
        reply.text
        == "This upload is 6 MB; one upload may carry at most 5 MB (files of up to 1 MB each). Nothing was kept."
    )


def test_file_names_are_cleaned_and_a_very_long_one_does_not_fail_the_batch(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    disguised = "invoice\u202efdp.exe"  # shown raw, it reads "invoiceexe.pdf"
    long_name = "report " + "x" * 5000 + ".txt"
    files = [
        ("files", (disguised, b"Views\n\nZara likes trains.\n")),
        ("files", (long_name, b"Needs\n\nZara needs help with reading.\n")),
        ("files", ("ok.txt", b"Needs\n\nZara needs a quiet space.\n")),
    ]
    results = upload(app_client, case_url, token, files)
    assert [r["ok"] for r in results] == [True, True, True]
    assert results[0]["filename"] == "invoicefdp.exe"
    assert len(results[1]["filename"]) == 120 and results[1]["filename"].endswith("\u2026.txt")
    page = app_client.get(case_url).text
    assert "\u202e" not in page and "invoicefdp.exe" in page
