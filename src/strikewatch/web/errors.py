"""Errors: an RFC 9457 problem document (``application/problem+json``) for API routes and a
plain error page for HTML routes, never a stack trace. :func:`install` sets the app's
exception handlers; :data:`ERROR_RESPONSES` declares the problem documents in OpenAPI."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from strikewatch.errors import StoreError
from strikewatch.web.deps import templates

PROBLEM = {
    "application/problem+json": {
        "schema": {
            "type": "object",
            "properties": {
                "type": {"type": "string"},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "detail": {"type": "string"},
            },
            "required": ["type", "title", "status"],
        }
    }
}
# Documented for every operation: errors are RFC 9457 problem documents.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad request", "content": PROBLEM},
    404: {"description": "Not found", "content": PROBLEM},
    422: {"description": "Invalid parameters", "content": PROBLEM},
}


def problem(status: int, title: str, detail: str | None = None) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def error_page(request: Request, status: int, title: str, detail: str | None = None) -> Response:
    """The plain error page of an HTML route."""
    context: dict[str, Any] = {"status": status, "title": title}
    if detail is not None:
        context["detail"] = detail
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/feed", "/vendor", "/static"))


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    title = str(exc.detail) if exc.detail else "Error"
    if wants_html(request):
        return error_page(request, exc.status_code, title)
    resp = problem(exc.status_code, title)
    for k, v in (exc.headers or {}).items():
        resp.headers[k] = v
    if exc.status_code == 405:  # list the methods of every route at this path
        methods: set[str] = set()
        for route in request.app.router.routes:
            match, _ = route.matches(request.scope)
            if match != Match.NONE:
                methods |= set(getattr(route, "methods", None) or ())
        resp.headers["Allow"] = ", ".join(sorted(methods))
    return resp


async def invalid(request: Request, exc: RequestValidationError) -> Response:
    detail = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
    )
    if wants_html(request):
        return error_page(request, 422, "Invalid parameters", detail)
    return problem(422, "Invalid parameters", detail)


async def store_error(request: Request, exc: StoreError) -> Response:
    status = 404 if exc.message.startswith("no ") else 400
    if wants_html(request):
        return error_page(request, status, exc.message)
    return problem(status, exc.message, exc.hint)


async def crash(request: Request, exc: Exception) -> Response:  # pragma: no cover
    return problem(500, "Internal error", "the error was logged on the server")


def install(app: FastAPI) -> None:
    """Answers ``app``'s errors with problem documents and error pages."""
    app.exception_handler(StarletteHTTPException)(http_error)
    app.exception_handler(RequestValidationError)(invalid)
    app.exception_handler(StoreError)(store_error)
    app.exception_handler(Exception)(crash)
