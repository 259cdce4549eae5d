"""The remote backend against a scripted server: the request it sends (the portable json_schema
form, the discovered model name, the key as a bearer token), and every failure a server can give
ends in a message that says what to do, a retry where waiting helps, a log line with the cause
and never an uncaught exception or the child's details in the log."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest

from appliance.errors import ModelReplyError, ModelUnavailable
from appliance.llm.openai_compat import OpenAICompatibleLLM
from appliance.llm.server_config import ServerConfig, checked_base_url
from appliance.safeguards import offline
from tests.model_servers import MODELS, Reply, ScriptedServer, chat_reply, free_port

SCHEMA = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
PROMPT = [{"role": "system", "content": "Draft."}, {"role": "user", "content": "Child: Zebedee Quill\nadvice"}]


def backend(url: str, **overrides: Any) -> OpenAICompatibleLLM:
    config: dict[str, Any] = {
        "base_url": checked_base_url(url),
        "retry_seconds": 0.0,
        "timeout": 2.0,
        "connect_timeout": 1.0,
    }
    return OpenAICompatibleLLM(ServerConfig(**{**config, **overrides}))


def scripted(chat: Reply | list[Reply], models: Reply | None = None) -> ScriptedServer:
    """A server answering /v1/models with `models` (a list of one model by default) and chats
    with `chat` (a list is used in turn, its last reply repeating)."""
    replies = chat if isinstance(chat, list) else [chat]

    def script(method: str, path: str, body: dict[str, Any]) -> Reply:
        if path == "/v1/models":
            return models or Reply(body=MODELS)
        if path == "/v1/chat/completions":
            return replies.pop(0) if len(replies) > 1 else replies[0]
        return Reply(404, {"error": "not found"})

    return ScriptedServer(script)


def test_the_request_is_portable_and_names_the_served_model() -> None:
    with scripted(Reply(body=chat_reply('{"text": "ok"}', 30, 4))) as server:
        llm = backend(server.url + "/v1", api_key="s3cret")
        completion = llm.complete(PROMPT, schema=SCHEMA, max_tokens=40)
    assert (completion.text, completion.prompt_tokens, completion.completion_tokens) == ('{"text": "ok"}', 30, 4)
    chat = server.chats()[0]
    assert chat.body["model"] == "test-model"
    assert chat.body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "reply", "schema": SCHEMA, "strict": True},
    }
    assert chat.body["temperature"] == 0 and chat.body["max_tokens"] == 40
    assert chat.headers["Authorization"] == "Bearer s3cret"
    assert llm.info.record() == {
        "name": "test-model",
        "backend": "openai-compatible",
        "sha256": None,
        "server": f"tester at 127.0.0.1:{server.port}",
    }


def test_no_key_no_header_and_a_configured_model_name_is_used() -> None:
    with scripted(Reply(body=chat_reply("{}"))) as server:
        llm = backend(server.url, model="test-model", response_format="json_object")
        llm.complete(PROMPT, schema=SCHEMA)
    chat = server.chats()[0]
    assert "Authorization" not in chat.headers
    assert chat.body["response_format"] == {"type": "json_object", "schema": SCHEMA}


def test_a_server_refusing_json_schema_gets_json_object_from_then_on() -> None:
    def script(method: str, path: str, body: dict[str, Any]) -> Reply:
        if path == "/v1/models":
            return Reply(body=MODELS)
        if body.get("response_format", {}).get("type") == "json_schema":
            return Reply(500, {"error": {"message": "Input should be 'text' or 'json_object' (response_format)"}})
        return Reply(body=chat_reply('{"text": "fine"}'))

    with ScriptedServer(script) as server:
        llm = backend(server.url)
        assert llm.complete(PROMPT, schema=SCHEMA).text == '{"text": "fine"}'
        assert llm.complete(PROMPT, schema=SCHEMA).text == '{"text": "fine"}'
    kinds = [c.body["response_format"]["type"] for c in server.chats()]
    assert kinds == ["json_schema", "json_object", "json_object"]


@pytest.mark.parametrize(
    ("reply", "error", "words"),
    [
        (Reply(500, {"error": "boom"}), ModelUnavailable, "had an internal error (HTTP 500)"),
        (Reply(503, {"error": "loading"}), ModelUnavailable, "busy or still loading its model (HTTP 503)"),
        (Reply(401, {"error": "no"}), ModelUnavailable, "needs a key: set EHCP_LLM_API_KEY"),
        (Reply(403, {"error": "no"}), ModelUnavailable, "refused access (HTTP 403)"),
        (Reply(404, {"error": "model `x` does not exist"}), ModelUnavailable, "does not serve the model"),
        (Reply(404, b"<html>Not Found</html>"), ModelUnavailable, "no OpenAI-compatible API"),
        (Reply(400, {"error": "bad"}), ModelUnavailable, "rejected the request (HTTP 400)"),
        (Reply(body=b"<html>proxy error</html>"), ModelReplyError, "not usable (not JSON)"),
        (Reply(body=b"[1, 2]"), ModelReplyError, "not usable (not a JSON object)"),
        (Reply(body={"choices": []}), ModelReplyError, "not usable (no choices)"),
        (Reply(body={"object": "chat.completion"}), ModelReplyError, "not usable (no choices)"),
        (Reply(body={"choices": [{"message": {"content": None}}]}), ModelReplyError, "not usable (no message text)"),
        (Reply(body={"choices": ["text"]}), ModelReplyError, "not usable (no message text)"),
        (Reply(drop=True), ModelUnavailable, "was closed before it replied"),
        (Reply(delay=1.5), ModelUnavailable, "did not reply within 0.5 s (EHCP_LLM_TIMEOUT)"),
    ],
)
def test_each_bad_reply_gives_a_message_to_act_on(
    reply: Reply, error: type[Exception], words: str, caplog: pytest.LogCaptureFixture
) -> None:
    with scripted(reply) as server:
        llm = backend(server.url, timeout=0.5)
        with caplog.at_level(logging.WARNING), pytest.raises(error) as caught:
            llm.complete(PROMPT, schema=SCHEMA)
    assert words in str(caught.value)
    assert words in caplog.text  # the cause is logged ...
    assert "Zebedee" not in caplog.text  # ... never the child's details


def test_a_wrong_key_is_told_apart_from_a_missing_one() -> None:
    with (
        scripted(Reply(401, {"error": "invalid key"})) as server,
        pytest.raises(ModelUnavailable, match=r"refused the key \(EHCP_LLM_API_KEY\)") as caught,
    ):
        backend(server.url, api_key="wrong-key").complete(PROMPT)
    assert "wrong-key" not in str(caught.value)


def test_nothing_listening_says_where_it_looked() -> None:
    port = free_port()
    llm = backend(f"http://127.0.0.1:{port}")
    assert llm.info.name == "(not yet known)"
    with pytest.raises(ModelUnavailable, match=rf"not reachable at 127.0.0.1:{port} \(connection refused"):
        llm.complete(PROMPT)


def test_the_guard_refusal_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    offline.install_network_guard(["127.0.0.0/8", "::1/128"], on_attempt=seen.append)
    llm = OpenAICompatibleLLM(ServerConfig("http://192.0.2.10:8080", retry_seconds=0.0))
    with pytest.raises(ModelUnavailable, match=r"192.0.2.10:8080 is outside EHCP_ALLOWED_NETWORKS"):
        llm.complete(PROMPT)
    assert seen and seen[0] == "192.0.2.10:8080"


def test_a_server_that_is_not_tls_is_named() -> None:
    with scripted(Reply()) as server:
        llm = backend(server.url.replace("http://", "https://"))
        with pytest.raises(ModelUnavailable, match="did not complete a TLS handshake"):
            llm.complete(PROMPT)


def test_a_server_coming_back_is_waited_for() -> None:
    """503 while loading, then a dropped connection, then the reply: retried with back-off."""
    replies = [Reply(503, {"error": "loading"}), Reply(drop=True), Reply(body=chat_reply("{}"))]
    with scripted(replies) as server:
        llm = backend(server.url, retry_seconds=10.0)
        started = time.monotonic()
        assert llm.complete(PROMPT).text == "{}"
    assert len(server.chats()) == 3
    assert 1.0 <= time.monotonic() - started < 5.0  # 0.5 s, then 1 s


def test_a_server_started_after_the_appliance_is_discovered_later() -> None:
    port = free_port()
    llm = backend(f"http://127.0.0.1:{port}")
    assert llm.info.name == "(not yet known)"
    server = scripted(Reply(body=chat_reply("{}")))
    with ScriptedServer(server.script, bind_port=port):
        assert llm.complete(PROMPT).text == "{}"
    assert llm.info.name == "test-model"


def test_at_most_parallel_requests_are_in_flight() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with scripted(Reply(body=chat_reply("{}"), delay=0.2)) as server:
        llm = backend(server.url, parallel=3)
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: llm.complete(PROMPT), range(9)))
    assert server.max_in_flight == 3
    assert len(server.chats()) == 9
