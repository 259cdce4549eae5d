"""The remote backend against llama.cpp's own `llama-server`, the engine a council's GPU server
runs, built from the llama.cpp that llama-cpp-python vendors (scripts/build-llama-server.sh;
`make bench` builds it once, about 20 minutes on 2 cores, and these tests run once it is there):
it honours the portable json_schema form, and a draft keeps four of its slots busy at once,
counted by the server itself (`GET /slots`)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import httpx
import jsonschema
import pytest

from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.config import PROJECT_ROOT
from appliance.llm.openai_compat import OpenAICompatibleLLM
from appliance.llm.server_config import ServerConfig
from bench.remote import llama_server
from tests.model_servers import embedded_model
from tests.test_pipeline import CASE, _case

BINARY = PROJECT_ROOT / "build" / "llama-server" / "bin" / "llama-server"
if not BINARY.exists():
    pytest.skip("llama-server is not built yet (make bench, or scripts/build-llama-server.sh)", allow_module_level=True)
pytestmark = [pytest.mark.model, pytest.mark.slow]
SCHEMA = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "maxLength": 80},
        "cites": {"type": "array", "items": {"enum": ["P1"]}, "minItems": 1, "maxItems": 1},
    },
    "required": ["text", "cites"],
}


@pytest.fixture(scope="module")
def four_slots() -> Iterator[str]:
    with llama_server(BINARY, embedded_model(), 4, (1, 2)) as url:
        yield url


def test_the_portable_schema_form_binds_the_reply(four_slots: str) -> None:
    llm = OpenAICompatibleLLM(ServerConfig(four_slots, response_format="json_schema", retry_seconds=0))
    assert llm.info.server is not None and llm.info.server.startswith("llama.cpp b")
    assert llm.info.name == str(embedded_model())
    ask = [{"role": "user", "content": "Zara needs help with reading. Say so as JSON citing P1."}]
    reply = json.loads(llm.complete(ask, schema=SCHEMA, max_tokens=200).text)
    jsonschema.validate(reply, SCHEMA)


def test_a_draft_keeps_four_slots_busy(four_slots: str) -> None:
    busy: list[int] = []
    done = threading.Event()

    def watch() -> None:
        with httpx.Client(timeout=5) as client:
            while not done.is_set():
                slots = client.get(f"{four_slots}/slots").json()
                busy.append(sum(bool(s.get("is_processing")) for s in slots))
                time.sleep(0.02)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        llm = OpenAICompatibleLLM(ServerConfig(four_slots, parallel=4, retry_seconds=0))
        draft = draft_and_check(CASE, _case(), llm, DraftOptions(rewrite="all"))
    finally:
        done.set()
        watcher.join()
    assert draft.stats["llm"]["calls"] > 8 and draft.stats["llm"]["completion_tokens"] > 0
    assert draft.stats["llm"]["skipped"] == 0
    assert max(busy) == 4  # four statements at the server at once, never more
