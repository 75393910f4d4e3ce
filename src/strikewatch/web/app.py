"""The ASGI app: :func:`create_app` puts the store and the settings on ``app.state`` and
adds the routes (:mod:`~strikewatch.web.assets` for ``/vendor``,
:mod:`~strikewatch.web.api` for the JSON API, :mod:`~strikewatch.web.pages` for the
dashboard), the error handlers (:mod:`~strikewatch.web.errors`) and the security headers."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from strikewatch import __version__
from strikewatch.store import Store, open_store
from strikewatch.web import api, assets, errors, pages
from strikewatch.web.deps import HERE, Settings

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'"
)


def create_app(store: Store | str | None = None, *, ingest_token: str | None = None) -> FastAPI:
    """The ASGI app for one store (a :class:`Store` or its URL). Read-only unless
    ``ingest_token`` is given: then ``POST /api/articles`` accepts articles carrying
    ``Authorization: Bearer <token>``."""
    st = store if isinstance(store, Store) else open_store(store)
    app = FastAPI(
        responses=errors.ERROR_RESPONSES,
        docs_url=None,  # the interactive docs load scripts from a CDN; /openapi.json stays
        redoc_url=None,
        title="StrikeWatch",
        version=__version__,
        description="Source-cited figures about drone and missile strikes, reconciled into "
        "events. Every HTML page has a JSON twin here.",
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    errors.install(app)
    app.middleware("http")(security_headers)
    for module in (assets, api, pages):
        module.router.add_to(app)
    app.state.store = st
    app.state.settings = Settings(ingest_token=ingest_token)
    return app


async def security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Adds ``Server-Timing``; forbids sniffing, third-party or inline scripts and framing
    by other sites (clickjacking); sends no referrer to other sites."""
    started = time.perf_counter()
    resp = await call_next(request)
    elapsed = (time.perf_counter() - started) * 1000
    resp.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Content-Security-Policy", CSP)
    resp.headers.setdefault("X-Frame-Options", "DENY")
    resp.headers.setdefault("Referrer-Policy", "same-origin")
    return resp
