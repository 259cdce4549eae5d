"""Rendering helpers shared by the page routes: pages, redirects after a form (with the
confirmation the next page shows), and form errors that link to their field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from appliance.errors import InputError

# What the page after a successful form says: `?done=KEY` (never text from the request).
NOTICES = {
    "details-saved": "The child's details are saved. The earlier details are kept in the case history.",
    "details-unchanged": "Nothing was changed.",
    "consent-saved": "The lawful basis and the date the family was informed are recorded.",
    "document-saved": "The document's details are saved.",
    "document-removed": "The document was removed and erased from the store. Draft the plan again to leave it out.",
    "uploaded": "The advice was uploaded.",
    "statement-saved": "Your change is saved as a new version.",
    "statement-added": "The statement was added as a new version.",
    "statement-deleted": "The statement was deleted in a new version; earlier versions keep it.",
    "flag-decided": "Your decision on the flag is recorded.",
    "flag-reopened": "The flag is open again.",
    "section-reviewed": "The section is marked as reviewed.",
    "section-unreviewed": "The section is no longer marked as reviewed.",
    "carried": "Your earlier change was carried over to the new draft.",
    "discarded": "Your earlier change was let go; the new draft's wording stays.",
    "signed-off": "The plan is signed off.",
    "plan-reopened": "The plan is open for changes again.",
    "case-closed": "The case is closed.",
    "case-reopened": "The case is open again.",
    "case-erased": "The case was erased. The audit keeps a record that it was erased, without its content.",
}


@dataclass(frozen=True)
class FormError:
    """A form error on a page with many forms: the message and the id of the input it is about."""

    message: str
    field: str | None = None

    @classmethod
    def of(cls, exc: InputError, prefix: str = "", default: str | None = None) -> FormError:
        name = exc.field or default
        return cls(str(exc), f"{prefix}{name}" if name else None)

    def with_suffix(self, suffix: str) -> FormError:
        """The same error about the input of one statement, flag or section (`text` + `-F-3`)."""
        return FormError(self.message, f"{self.field}{suffix}" if self.field else None)


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    state = request.app.state.appliance
    done = request.query_params.get("done", "")
    ctx = {
        "user": getattr(request.state, "user", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "notice": NOTICES.get(done) if status_code < 400 else None,
        **(context or {}),
    }
    return state.templates.TemplateResponse(request, template, ctx, status_code=status_code)  # type: ignore[no-any-return]


def redirect(url: str, done: str | None = None) -> RedirectResponse:
    """303 to `url` (post/redirect/get); `done` names the confirmation the page shows."""
    if done is not None:
        path, hash_mark, fragment = url.partition("#")
        joiner = "&" if "?" in path else "?"
        url = f"{path}{joiner}{urlencode({'done': done})}{hash_mark}{fragment}"
    return RedirectResponse(url, status_code=303)
