"""The app factory: `create_app(settings, llm)` with a lifespan that opens the encrypted store,
loads the model once, and starts the draft queue. No module-level state."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from appliance import directory
from appliance.cases.casework import draft_options
from appliance.cases.jobs import JobQueue, draft_workers
from appliance.config import PROJECT_ROOT, Settings
from appliance.ingest import isolation
from appliance.llm import LLM, load_llm
from appliance.safeguards import audit, offline
from appliance.store import Store, open_store
from server import errors, filters, security
from server.bootstrap import ensure_first_admin
from server.routes import ROUTERS

if TYPE_CHECKING:
    from appliance.directory.oidc import OidcClient

log = logging.getLogger(__name__)
UI = PROJECT_ROOT / "ui"


@dataclass
class AppState:
    settings: Settings
    store: Store
    llm: LLM | None
    queue: JobQueue
    templates: Jinja2Templates
    oidc: OidcClient | None = None


def create_app(settings: Settings | None = None, llm: LLM | None = None, *, load_model: bool = True) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        offline.apply_library_opt_outs()
        store = open_store(settings)

        def blocked(target: str) -> None:
            audit.record(store, "network.blocked", obj=target)

        offline.install_network_guard(settings.allowed_networks, on_attempt=blocked)
        isolation.warm_up()  # the process that reads uploads loads its parsers meanwhile
        ensure_first_admin(store, settings)
        model = llm if llm is not None else (load_llm(settings) if load_model else None)
        queue = JobQueue(store, model, draft_options(settings), workers=draft_workers(settings, model))
        for job in queue.interrupted:  # left running by a process that died: visible, re-runnable
            audit.record(store, "draft.interrupted", case_id=job.case_id, obj=f"job:{job.id}")
        oidc = directory.oidc_client(settings)
        app.state.appliance = AppState(settings, store, model, queue, templates(settings), oidc)
        audit.record(store, "appliance.start", detail={"model": model.info.name if model else None})
        try:
            yield
        finally:
            queue.shutdown()
            if oidc is not None:
                oidc.close()
            store.close()

    app = FastAPI(title="EHCP drafting appliance", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    security.install(app, settings)
    errors.install(app)
    app.mount("/static", StaticFiles(directory=UI / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    return app


def templates(settings: Settings) -> Jinja2Templates:
    env = Jinja2Templates(directory=str(UI / "templates"))
    env.env.globals["app_name"] = "EHCP drafting appliance"
    filters.install(env.env)
    return env
