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


# What a person is told, above the details, for each status of an error page.
EXPLAINED = {
    400: "The request could not be answered.",
    404: "There is nothing at this address.",
    405: "This address cannot be used that way.",
    422: "Some values in the address could not be read.",
}


def error_page(
    request: Request,
    status: int,
    title: str,
    detail: str | None = None,
    problems: list[str] | None = None,
) -> Response:
    """The plain error page of an HTML route: what was wrong, in words, and links back (to
    the same page without its parameters, and to the events)."""
    context: dict[str, Any] = {
        "status": status,
        "title": title,
        "explained": EXPLAINED.get(status, "Something went wrong."),
        "problems": problems or [],
        "back": request.url.path if request.url.query and status == 422 else None,
    }
    if detail is not None:
        context["detail"] = detail
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


def in_words(error: dict[str, Any]) -> str:
    """One validation error as a person would say it: "since: “2025-13-01” is not a date
    (YYYY-MM-DD)"."""
    loc = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
    name = ".".join(loc) or "value"
    given = error.get("input")
    shown = f"“{given}”" if isinstance(given, str) else "the value"
    kind = error.get("type", "")
    if kind == "string_pattern_mismatch" and name in ("since", "until"):
        return f"{name}: {shown} is not a date; write dates as YYYY-MM-DD (2025-02-14)"
    if kind == "literal_error":
        expected = (
            str(error.get("ctx", {}).get("expected", "")).replace("''", "empty").replace("'", "")
        )
        return f"{name}: {shown} is not one of the choices ({expected})"
    if kind in ("int_parsing", "int_type"):
        return f"{name}: {shown} is not a whole number"
    if kind.startswith(("greater_than", "less_than")):
        return f"{name}: {shown} is out of range ({error.get('msg', '')})"
    if kind == "string_too_long":
        return f"{name}: the text is too long ({error.get('msg', '')})"
    if kind == "string_pattern_mismatch":
        return f"{name}: {shown} holds a character that is not allowed"
    return f"{name}: {error.get('msg', 'invalid')}"


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
    if wants_html(request):
        problems = [in_words(e) for e in exc.errors()]
        return error_page(request, 422, "Invalid parameters", problems=problems)
    detail = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
    )
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
