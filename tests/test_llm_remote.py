"""The remote backend against a real OpenAI-compatible server: llama-cpp-python's own server
(`python -m llama_cpp.server`) serving the embedded model on loopback, plain, and with a key and
TLS under a test certificate authority."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.config import Settings
from appliance.errors import ModelUnavailable
from appliance.llm import load_llm
from appliance.llm.openai_compat import OpenAICompatibleLLM
from appliance.llm.server_config import ServerConfig
from tests.builders import docx_bytes
from tests.model_servers import LlamaCppServer, embedded_model
from tests.test_pipeline import CASE, FIRST_PERSON, _docs
from tests.tls_ca import Pki, make_pki

pytestmark = pytest.mark.model
KEY = "test-key-0f9d8c"
SCHEMA = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "minLength": 8, "maxLength": 120},
        "cites": {"type": "array", "items": {"enum": ["P1", "P2"]}, "minItems": 1, "maxItems": 2},
    },
    "required": ["text", "cites"],
}
ASK = [
    {"role": "system", "content": 'Answer only with JSON: {"text": "...", "cites": ["P1"]}.'},
    {"role": "user", "content": "<advice>\nP1: Zara needs help with reading.\n</advice>"},
]


@pytest.fixture(scope="module")
def plain() -> Iterator[LlamaCppServer]:
    with LlamaCppServer() as server:
        yield server


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"), hosts=("127.0.0.1",))


@pytest.fixture(scope="module")
def secured(pki: Pki) -> Iterator[LlamaCppServer]:
    with LlamaCppServer(api_key=KEY, cert=pki.cert_file, key=pki.key_file) as server:
        yield server


def remote(server: LlamaCppServer, **config: Any) -> OpenAICompatibleLLM:
    return OpenAICompatibleLLM(ServerConfig(server.url, **{"retry_seconds": 0.0, **config}))


def test_the_served_model_is_discovered_and_the_schema_binds_its_reply(plain: LlamaCppServer) -> None:
    llm = remote(plain)
    assert llm.info.name == str(embedded_model())  # what its /v1/models lists
    assert llm.info.server == f"llama-cpp-python at 127.0.0.1:{plain.port}"
    # It refuses the portable json_schema form (HTTP 500); the backend falls back to json_object.
    for _ in range(2):
        completion = llm.complete(ASK, schema=SCHEMA, max_tokens=80)
        jsonschema.validate(json.loads(completion.text, strict=False), SCHEMA)  # raw newlines get through
        assert completion.prompt_tokens > 20 and completion.completion_tokens > 3


def test_settings_reach_the_server(plain: LlamaCppServer, tmp_path: Path) -> None:
    llm = load_llm(Settings(data_dir=tmp_path, llm_base_url=plain.url + "/v1/", llm_parallel=2, rewrite="all"))
    assert (llm.info.backend, llm.info.parallel, llm.info.rewrite) == ("openai-compatible", 2, "all")
    assert llm.complete(ASK, max_tokens=8).completion_tokens > 0


def test_a_draft_through_the_server(plain: LlamaCppServer) -> None:
    llm = remote(plain)
    docs = _docs(("OT advice.docx", docx_bytes(FIRST_PERSON)))
    # "all": the plan-language rules leave nothing that "needed" would send to a model
    draft = draft_and_check(CASE, docs, llm, DraftOptions(rewrite="all"))
    usage = draft.stats["llm"]
    written = sum(1 for sec in ("B", "C", "D", "E", "F", "G", "H1", "H2") for _ in draft.sections.get(sec, ()))
    assert 2 <= usage["calls"] <= written and usage["unusable"] == 0 and usage["skipped"] == 0
    assert draft.model == {
        "name": str(embedded_model()),
        "backend": "openai-compatible",
        "sha256": None,
        "server": f"llama-cpp-python at 127.0.0.1:{plain.port}",
    }
    assert all(stmt.citations for _, stmt in draft.statements())


def test_key_and_tls(secured: LlamaCppServer, pki: Pki, caplog: pytest.LogCaptureFixture) -> None:
    good = remote(secured, api_key=KEY, ca_file=pki.ca_file)
    assert good.info.name == str(embedded_model())
    assert good.complete(ASK, max_tokens=8).completion_tokens > 0
    with caplog.at_level(logging.DEBUG):
        cases = [
            (remote(secured, ca_file=pki.ca_file), "needs a key: set EHCP_LLM_API_KEY"),
            (remote(secured, api_key="wrong", ca_file=pki.ca_file), "refused the key"),
            (remote(secured, api_key=KEY), "certificate at 127.0.0.1"),  # the system CAs alone
            (remote(secured, api_key=KEY, ca_file=pki.other_ca_file), "is not trusted"),
        ]
        for llm, words in cases:
            with pytest.raises(ModelUnavailable, match=words):
                llm.complete(ASK, max_tokens=8)
    assert KEY not in caplog.text
    http = OpenAICompatibleLLM(ServerConfig(secured.url.replace("https:", "http:"), api_key=KEY, retry_seconds=0))
    with pytest.raises(ModelUnavailable, match="was closed before it replied"):
        http.complete(ASK, max_tokens=8)


def test_an_https_address_whose_certificate_names_another_host(secured: LlamaCppServer, pki: Pki) -> None:
    llm = OpenAICompatibleLLM(
        ServerConfig(f"https://localhost:{secured.port}", api_key=KEY, ca_file=pki.ca_file, retry_seconds=0)
    )
    with pytest.raises(ModelUnavailable, match=r"not trusted .*Hostname mismatch"):
        llm.complete(ASK, max_tokens=8)
