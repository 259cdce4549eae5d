"""Drafting through a model server: the statements of a draft are written concurrently up to
the backend's limit (counted at the server), in order, with progress and cancellation; several
drafts run at once; a server that fails mid-draft keeps what was written and says why."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest

from appliance.cases import casework
from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.cases.jobs import JobQueue, draft_workers
from appliance.config import Settings
from appliance.drafting.stages import Stages
from appliance.errors import Cancelled
from appliance.llm.base import model_notice
from appliance.llm.fake import FakeLLM
from appliance.llm.openai_compat import OpenAICompatibleLLM
from appliance.llm.server_config import ServerConfig
from appliance.store import Store
from tests.builders import EP_REPORT, PAEDIATRIC_LETTER, SCHOOL_ADVICE, docx_bytes, pdf_bytes
from tests.model_servers import MODELS, Reply, ScriptedServer, chat_reply, wait_until
from tests.test_pipeline import CASE, _case

ALL = DraftOptions(rewrite="all")
ADVICE_RE = re.compile(r"<advice>\nP1: (.*?)\n", re.S)


def copy_first_passage(messages: list[dict[str, str]]) -> dict[str, Any]:
    """A well-behaved model: the first passage, word for word (grounding keeps it)."""
    match = ADVICE_RE.search(messages[-1]["content"])
    return {"text": match.group(1) if match else "", "cites": ["P1"]}


def server_script(chat: Any = None, *, delay: float = 0.0) -> Any:
    """/v1/models lists one model; each chat gets `chat(n, body)` (n counts chats from 0), by
    default a reply copying the first passage."""
    count = iter(range(10**6))

    def script(method: str, path: str, body: dict[str, Any]) -> Reply:
        if path == "/v1/models":
            return Reply(body=MODELS)
        if path != "/v1/chat/completions":
            return Reply(404, {"error": "not found"})
        n = next(count)
        if chat is not None and (reply := chat(n, body)) is not None:
            return reply  # type: ignore[no-any-return]
        return Reply(body=chat_reply(_json(copy_first_passage(body["messages"]))), delay=delay)

    return script


def _json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data)


def remote(server: ScriptedServer, parallel: int, **config: Any) -> OpenAICompatibleLLM:
    return OpenAICompatibleLLM(ServerConfig(server.url, parallel=parallel, **{"retry_seconds": 0.0, **config}))


def statements(draft: Any) -> list[tuple[str, str, str]]:
    return [(s.id, s.text, s.origin) for _, s in draft.statements()]


def test_statements_are_written_concurrently_in_order_with_progress() -> None:
    expected = draft_and_check(CASE, _case(), FakeLLM(copy_first_passage), ALL)
    progress: list[tuple[float, str]] = []
    with ScriptedServer(server_script(delay=0.3)) as server:
        stages = Stages(lambda stage, fraction, message: progress.append((fraction, message)))
        draft = draft_and_check(CASE, _case(), remote(server, parallel=4), ALL, stages)
    written = [p for p in progress if p[1].startswith("Writing section")]
    assert server.max_in_flight == 4  # four requests at the server at once, never more
    assert len(server.chats()) == len(written) == draft.stats["llm"]["calls"] > 8
    assert statements(draft) == statements(expected)  # each reply in its own statement's place
    assert sum(s[2] == "model" for s in statements(draft)) > 4
    sections = [m.removeprefix("Writing section ") for _, m in written]
    assert sections == sorted(sections, key=["B", "C", "D", "E", "F", "G", "H1", "H2"].index)
    assert [f for f, _ in written] == sorted(f for f, _ in written)


def test_one_at_a_time_when_the_backend_serves_one() -> None:
    with ScriptedServer(server_script(delay=0.05)) as server:
        draft_and_check(CASE, _case(), remote(server, parallel=1), ALL)
    assert server.max_in_flight == 1 and len(server.chats()) > 8


def test_cancelling_stops_handing_out_statements() -> None:
    cancel = threading.Event()
    with ScriptedServer(server_script(), gate=threading.Event()) as server:
        llm = remote(server, parallel=3)
        outcome: list[BaseException] = []

        def run() -> None:
            try:
                draft_and_check(CASE, _case(), llm, ALL, Stages(cancel=cancel))
            except Cancelled as exc:
                outcome.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        wait_until(lambda: server.in_flight == 3)
        cancel.set()
        assert server.gate is not None
        server.gate.set()
        worker.join(timeout=20)
    assert len(outcome) == 1 and not worker.is_alive()
    assert len(server.chats()) == 3


def test_a_server_lost_mid_draft_keeps_what_was_written() -> None:
    down = server_script(lambda n, body: Reply(503, {"error": "loading"}) if n >= 3 else None)
    with ScriptedServer(down) as server:
        draft = draft_and_check(CASE, _case(), remote(server, parallel=1, retry_seconds=0.6), ALL)
    expected = statements(draft_and_check(CASE, _case(), FakeLLM(copy_first_passage), ALL))
    got = statements(draft)
    usage = draft.stats["llm"]
    assert usage["calls"] == 3 and usage["skipped"] > 5
    assert [s for s in got if s[2] == "model"] == [s for s in expected if s[2] == "model"][:3]
    assert (
        usage["unavailable"]
        == f"The model server at 127.0.0.1:{server.port} is busy or still loading its model (HTTP 503)."
    )
    notice = model_notice(usage)
    assert notice and notice.startswith(f"{usage['skipped']} statements are the advice's own wording")


def test_a_server_back_within_the_retry_window_finishes_the_draft() -> None:
    flaky = server_script(lambda n, body: Reply(503, {"error": "restarting"}) if 4 <= n < 7 else None)
    with ScriptedServer(flaky) as server:
        draft = draft_and_check(CASE, _case(), remote(server, parallel=2, retry_seconds=20.0), ALL)
    expected = draft_and_check(CASE, _case(), FakeLLM(copy_first_passage), ALL)
    assert statements(draft) == statements(expected)
    assert draft.stats["llm"]["skipped"] == 0 and model_notice(draft.stats["llm"]) is None


def test_replies_with_no_usable_json_are_counted_and_told() -> None:
    shapes = [Reply(body={"choices": []}), Reply(body=chat_reply("Sure! Here is the statement."))]
    with ScriptedServer(server_script(lambda n, body: shapes[n % 2])) as server:
        draft = draft_and_check(CASE, _case(), remote(server, parallel=2), ALL)
    usage = draft.stats["llm"]
    assert all(s[2] == "extract" for s in statements(draft))
    assert usage["unusable"] == usage["calls"] == len(server.chats()) > 8
    assert model_notice(usage) == (
        f"The model's reply was not usable for {usage['calls']} of {usage['calls']} statements; "
        "those are the advice's own wording."
    )


# ---------------------------------------------------------------------------- the queue
def _store_with_cases(tmp_path: Path, settings: Settings, n: int) -> tuple[Store, list[int]]:
    from appliance.store.keys import new_key

    store = Store(tmp_path / "queue.db", new_key())
    ids = []
    for k in range(n):
        case_id = casework.create_case(store, {"child_name": CASE.child_name, "year_group": 3})
        for name, data in (
            ("EP report.docx", docx_bytes(EP_REPORT)),
            ("School advice.docx", docx_bytes(SCHOOL_ADVICE)),
            ("Paediatric letter.pdf", pdf_bytes(PAEDIATRIC_LETTER)),
        ):
            casework.add_document(store, case_id, f"{k}-{name}", data, settings, require_consent=False)
        ids.append(case_id)
    return store, ids


def test_the_queue_runs_several_drafts_at_once_for_a_model_server(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, rewrite="all")
    store, ids = _store_with_cases(tmp_path, settings, 3)
    with ScriptedServer(server_script(), gate=threading.Event()) as server:
        llm = remote(server, parallel=2)
        assert draft_workers(settings, llm) == 2
        queue = JobQueue(store, llm, DraftOptions(rewrite="all"), workers=draft_workers(settings, llm))
        jobs = [queue.submit(case_id) for case_id in ids]
        wait_until(lambda: server.in_flight == 2)
        status = [queue.status(j) for j in jobs]
        assert [s.status for s in status if s] == ["running", "running", "queued"]
        assert server.gate is not None
        server.gate.set()
        wait_until(lambda: all(s and s.finished for s in map(queue.status, jobs)), seconds=60)
        queue.shutdown()
    assert [s.message for s in map(queue.status, jobs) if s] == ["Draft ready"] * 3
    assert server.max_in_flight == 2
    store.close()


def test_a_draft_without_the_model_says_why(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    store, (case_id,) = _store_with_cases(tmp_path, settings, 1)
    with ScriptedServer(server_script(lambda n, body: Reply(401, {"error": "key"}))) as server:
        queue = JobQueue(store, remote(server, parallel=2), DraftOptions(rewrite="all"), workers=2)
        job = queue.submit(case_id)
        wait_until(lambda: bool((s := queue.status(job)) and s.finished), seconds=30)
        queue.shutdown()
    status = queue.status(job)
    assert status is not None and status.status == "done" and status.version == 1
    assert re.fullmatch(
        rf"Draft ready\. \d+ statements are the advice's own wording because the model could not be used: "
        rf"The model server at 127\.0\.0\.1:{server.port} needs a key: set EHCP_LLM_API_KEY or "
        r"EHCP_LLM_API_KEY_FILE\.",
        status.message,
    ), status.message
    store.close()


@pytest.mark.parametrize(("parallel", "setting", "workers"), [(1, None, 1), (1, 4, 1), (4, None, 4), (4, 2, 2)])
def test_draft_workers(tmp_path: Path, parallel: int, setting: int | None, workers: int) -> None:
    llm = FakeLLM()
    llm.info = llm.info.__class__("fake", "fake", parallel=parallel)
    assert draft_workers(Settings(data_dir=tmp_path, draft_workers=setting), llm) == workers
