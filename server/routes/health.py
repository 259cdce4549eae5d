"""`GET /healthz` for the council's monitoring: whether the encrypted store answers, the model's
backend, and the draft queue's length. No personal data, no session needed."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from appliance.store import users
from server.deps import StateDep

log = logging.getLogger(__name__)
router = APIRouter()


def _store_ok(state: StateDep) -> bool:
    try:
        with state.store.read() as conn:
            users.count(conn)  # a read through the key: the store opens and decrypts
    except Exception:  # any failure (the driver raises its own types) means not healthy
        log.exception("health check: the store did not answer")
        return False
    return True


@router.get("/healthz")
async def healthz(state: StateDep) -> JSONResponse:
    store_ok = await run_in_threadpool(_store_ok, state)
    model = state.llm.info if state.llm is not None else None
    body = {
        "status": "ok" if store_ok else "failing",
        "store": "ok" if store_ok else "failing",
        "model": {"name": model.name, "backend": model.backend, "parallel": model.parallel} if model else None,
        "drafts": state.queue.counts(),
    }
    return JSONResponse(body, status_code=200 if store_ok else 503, headers={"Cache-Control": "no-store"})
