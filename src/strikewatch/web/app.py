"""Routes of the dashboard and the API. Handlers parse parameters, call one store or query
function, and render JSON or a template; nothing here computes figures."""

from __future__ import annotations

import datetime as dt
import io
import secrets
import time
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import Body, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from strikewatch import __version__
from strikewatch.errors import InputError, StoreError
from strikewatch.events.export import export
from strikewatch.models import Event
from strikewatch.sources.files import article_from_dict
from strikewatch.store import Store, open_store
from strikewatch.store import read as queries
from strikewatch.store.ingest import ingest
from strikewatch.store.read import EVENT_SORTS
from strikewatch.web.assets import VENDOR_FILES, vendor_path
from strikewatch.web.marks import context_marks, mark_text

HERE = Path(__file__).parent
Side = Literal["RU", "UA"]
WeaponClass = Literal[
    "drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb", "any"
]
SortKey = Literal[
    "date",
    "launched",
    "intercepted",
    "suppressed",
    "hit",
    "killed",
    "injured",
    "articles",
    "conflicts",
]
assert set(SortKey.__args__) == set(EVENT_SORTS)  # type: ignore[attr-defined]
PAGE = 50
_PROBLEM = {
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
    400: {"description": "Bad request", "content": _PROBLEM},
    404: {"description": "Not found", "content": _PROBLEM},
    422: {"description": "Invalid parameters", "content": _PROBLEM},
}


# Text filters may hold anything but NUL, which PostgreSQL cannot store or compare.
NO_NUL = r"^[^\x00]*$"
# Dates are ISO strings (YYYY-MM-DD) only; the default date type would also take numbers.
IsoDate = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="ISO date, YYYY-MM-DD",
        json_schema_extra={"format": "date"},
    ),
]


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date") from None


def _problem(status: int, title: str, detail: str | None = None) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/feed", "/vendor", "/static"))


class EventFilters:
    """The filters shared by the events page, its JSON twin and the exports."""

    def __init__(
        self,
        since: IsoDate = None,
        until: IsoDate = None,
        attacker: Annotated[Side | None, Query()] = None,
        target: Annotated[Side | None, Query()] = None,
        place: Annotated[
            str | None,
            Query(max_length=100, pattern=NO_NUL, description="A place or anything in it"),
        ] = None,
        weapon: Annotated[WeaponClass | None, Query()] = None,
        q: Annotated[
            str | None,
            Query(max_length=100, pattern=NO_NUL, description="Text in the summary or places"),
        ] = None,
    ):
        self.since, self.until = _date(since, "since"), _date(until, "until")
        self.attacker, self.target = attacker, target
        self.place = place or None
        self.weapon = weapon
        self.q = q or None

    def kwargs(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "until": self.until,
            "attacker": self.attacker,
            "target": self.target,
            "place": self.place,
            "weapon": self.weapon,
            "text": self.q,
        }

    def query_string(self) -> dict[str, str]:
        raw = {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "attacker": self.attacker,
            "target": self.target,
            "place": self.place,
            "weapon": self.weapon,
            "q": self.q,
        }
        return {k: v for k, v in raw.items() if v}


def create_app(store: Store | str | None = None, *, ingest_token: str | None = None) -> FastAPI:
    """The ASGI app for one store (a :class:`Store` or its URL). Read-only unless
    ``ingest_token`` is given: then ``POST /api/articles`` accepts articles carrying
    ``Authorization: Bearer <token>``."""
    st = store if isinstance(store, Store) else open_store(store)
    app = FastAPI(
        responses=ERROR_RESPONSES,
        docs_url=None,  # the interactive docs load scripts from a CDN; /openapi.json stays
        redoc_url=None,
        title="StrikeWatch",
        version=__version__,
        description="Source-cited figures about drone and missile strikes, reconciled into "
        "events. Every HTML page has a JSON twin here.",
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["version"] = __version__
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # ------------------------------------------------------------------ errors
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        title = str(exc.detail) if exc.detail else "Error"
        if _wants_html(request):
            return templates.TemplateResponse(
                request,
                "error.html",
                {"status": exc.status_code, "title": title},
                status_code=exc.status_code,
            )
        resp = _problem(exc.status_code, title)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        if exc.status_code == 405:  # list the methods of every route at this path
            methods: set[str] = set()
            for route in app.router.routes:
                match, _ = route.matches(request.scope)
                if match != Match.NONE:
                    methods |= set(getattr(route, "methods", None) or ())
            resp.headers["Allow"] = ", ".join(sorted(methods))
        return resp

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        if _wants_html(request):
            return templates.TemplateResponse(
                request,
                "error.html",
                {"status": 422, "title": "Invalid parameters", "detail": detail},
                status_code=422,
            )
        return _problem(422, "Invalid parameters", detail)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        status = 404 if exc.message.startswith("no ") else 400
        if _wants_html(request):
            return templates.TemplateResponse(
                request,
                "error.html",
                {"status": status, "title": exc.message},
                status_code=status,
            )
        return _problem(status, exc.message, exc.hint)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:  # pragma: no cover
        return _problem(500, "Internal error", "the error was logged on the server")

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        resp = await call_next(request)
        elapsed = (time.perf_counter() - started) * 1000
        resp.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'",
        )
        return resp

    # ------------------------------------------------------------------ vendor assets
    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> Response:
        path = vendor_path(name) if name in VENDOR_FILES else None
        if path is None:
            raise HTTPException(404, "asset not installed (run make to install node_modules)")
        return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})

    # ------------------------------------------------------------------ API
    @app.get("/api/events", tags=["events"], summary="Events, filtered and sorted")
    def api_events(
        filters: Annotated[EventFilters, Depends()],
        sort: SortKey = "date",
        order: Literal["asc", "desc"] = "desc",
        limit: Annotated[int, Query(ge=1, le=1000)] = PAGE,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        rows = st.list_events(
            **filters.kwargs(),
            sort=sort,
            descending=order == "desc",
            limit=limit,
            offset=offset,
        )
        return {"events": [r.to_dict() for r in rows], "limit": limit, "offset": offset}

    @app.get("/api/events/{ref}", tags=["events"], summary="One event with every claim")
    def api_event(ref: Annotated[str, PathParam(max_length=40)]) -> dict[str, Any]:
        return st.get_event(ref).to_dict()

    @app.get("/api/overview", tags=["statistics"], summary="Data of the overview page")
    def api_overview(
        since: IsoDate = None,
        until: IsoDate = None,
        attacker: Annotated[Side | None, Query(description="Only this side's attacks")] = None,
    ) -> dict[str, Any]:
        since_d, until_d = _date(since, "since"), _date(until, "until")
        return _overview(st, since_d, until_d, attacker)

    @app.get("/api/stats/daily", tags=["statistics"], summary="Totals per night")
    def api_daily(
        since: IsoDate = None,
        until: IsoDate = None,
        attacker: Annotated[Side | None, Query(description="Only this side's attacks")] = None,
    ) -> dict[str, Any]:
        since_d, until_d = _date(since, "since"), _date(until, "until")
        return {"days": queries.daily_stats(st, since=since_d, until=until_d, attacker=attacker)}

    @app.get("/api/articles", tags=["articles"], summary="Stored articles, newest first")
    def api_articles(
        limit: Annotated[int, Query(ge=1, le=1000)] = PAGE,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        return {"articles": queries.list_articles(st, limit=limit, offset=offset)}

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article, figures")
    def api_article(
        article_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)],
    ) -> dict[str, Any]:
        return queries.article_detail(st, article_id)

    @app.get("/api/places", tags=["places"], summary="Places hit, with impacts")
    def api_places(since: IsoDate = None, until: IsoDate = None) -> dict[str, Any]:
        since_d, until_d = _date(since, "since"), _date(until, "until")
        return {"places": queries.place_impacts(st, since=since_d, until=until_d)}

    @app.get(
        "/api/export.csv",
        tags=["exports"],
        summary="Every event figure as CSV",
        response_class=Response,
        responses={200: {"content": {"text/csv": {}}}},
    )
    def api_export_csv() -> Response:
        buf = io.StringIO()
        export(st, "csv", out=buf)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8")

    @app.get(
        "/api/export.geojson",
        tags=["exports"],
        summary="Event places as GeoJSON",
        response_class=Response,
        responses={200: {"content": {"application/geo+json": {}}}},
    )
    def api_export_geojson() -> Response:
        buf = io.StringIO()
        export(st, "geojson", out=buf)
        return Response(buf.getvalue(), media_type="application/geo+json")

    @app.post(
        "/api/articles",
        tags=["articles"],
        status_code=201,
        summary="Ingest one article (FORMAT.md section 1); needs the ingest token",
        responses={
            401: {"description": "Missing or wrong bearer token", "content": _PROBLEM},
            403: {"description": "Ingest is disabled on this server", "content": _PROBLEM},
        },
    )
    def api_post_article(
        article: Annotated[dict[str, Any], Body()],
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        if not ingest_token:
            raise HTTPException(403, "ingest is disabled (start serve with --ingest-token)")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not authorization or not secrets.compare_digest(given, ingest_token):
            raise HTTPException(
                401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"}
            )
        try:
            art = article_from_dict(article, default_id="posted")
        except InputError as err:
            raise HTTPException(422, f"not an article: {err.message}") from None
        stats = ingest(st, [art])
        return {
            "stored": stats.stored == 1,
            "duplicate": stats.duplicates == 1,
            "syndicated": stats.syndicated == 1,
            "reports": stats.reports,
            "figures": stats.figures,
        }

    @app.get(
        "/feed.atom",
        tags=["feeds"],
        summary="Atom feed of new and updated events",
        response_class=Response,
        responses={200: {"content": {"application/atom+xml": {}}}},
    )
    def feed(request: Request) -> Response:
        return Response(
            _atom(queries.recent_updates(st), str(request.base_url)),
            media_type="application/atom+xml",
        )

    # ------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request, attacker: Side | None = None) -> Response:
        data = _overview(st, None, None, attacker)
        return templates.TemplateResponse(
            request,
            "overview.html",
            {"data": data, "attacker": attacker, "twin": _twin("/api/overview", request)},
        )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        filters: Annotated[EventFilters, Depends()],
        sort: SortKey = "date",
        order: Literal["asc", "desc"] = "desc",
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    ) -> Response:
        rows = st.list_events(
            **filters.kwargs(),
            sort=sort,
            descending=order == "desc",
            limit=PAGE + 1,
            offset=(page - 1) * PAGE,
        )
        params = filters.query_string()
        return templates.TemplateResponse(
            request,
            "events.html",
            {
                "rows": rows[:PAGE],
                "more": len(rows) > PAGE,
                "page": page,
                "sort": sort,
                "order": order,
                "filters": filters,
                "params": params,
                "twin": _twin("/api/events", request, drop=("page",)),
            },
        )

    @app.get("/events/{ref}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, ref: Annotated[str, PathParam(max_length=40)]) -> Response:
        ev = st.get_event(ref)
        return templates.TemplateResponse(
            request,
            "event.html",
            {"ev": ev, "quotes": _quotes(st, ev), "twin": f"/api/events/{ev.slug}"},
        )

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "map.html", {"twin": "/api/places"})

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(
        request: Request, page: Annotated[int, Query(ge=1, le=100_000)] = 1
    ) -> Response:
        rows = queries.list_articles(st, limit=PAGE + 1, offset=(page - 1) * PAGE)
        return templates.TemplateResponse(
            request,
            "articles.html",
            {
                "rows": rows[:PAGE],
                "more": len(rows) > PAGE,
                "page": page,
                "twin": _articles_twin(page),
            },
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        request: Request, article_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)]
    ) -> Response:
        art = queries.article_detail(st, article_id)
        figs = [f for r in art["reports"] for f in r["figures"]]
        return templates.TemplateResponse(
            request,
            "article.html",
            {
                "art": art,
                "segments": mark_text(art["text"], figs),
                "twin": f"/api/articles/{article_id}",
            },
        )

    app.state.store = st
    return app


OVERVIEW_DAYS = 366  # the timeline's default window, ending at the latest event


def _articles_twin(page: int) -> str:
    return f"/api/articles?offset={(page - 1) * PAGE}&limit={PAGE}" if page > 1 else "/api/articles"


def _twin(path: str, request: Request, drop: tuple[str, ...] = ()) -> str:
    """The JSON twin of a page: ``path`` with the page's own query string (less ``drop``)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in drop]
    return f"{path}?{urlencode(params)}" if params else path


def _overview(
    st: Store, since: dt.date | None, until: dt.date | None, attacker: str | None = None
) -> dict[str, Any]:
    """The nights from ``since`` to ``until`` (default: the year up to the latest event) and
    the largest attacks of the 90 days up to ``until`` (or the latest event); only
    ``attacker``'s attacks when given."""
    latest = st.list_events(until=until, attacker=attacker, sort="date", limit=1)
    end = until or (latest[0].date if latest else None)
    if since is None and end is not None:
        since = _days_before(end, OVERVIEW_DAYS - 1)
    days = queries.daily_stats(st, since=since, until=until, attacker=attacker)
    largest: list[dict[str, Any]] = []
    if end is not None:
        start = _days_before(end, 90)
        largest = [
            r.to_dict()
            for r in st.list_events(
                since=start, until=end, attacker=attacker, sort="launched", limit=10
            )
            if r.launched
        ]
    return {
        "since": since.isoformat() if since else None,
        "attacker": attacker,
        "days": days,
        "largest": largest,
    }


def _days_before(day: dt.date, days: int) -> dt.date:
    """``day`` less ``days``, but never before the first date Python can represent."""
    return day - dt.timedelta(days=min(days, (day - dt.date.min).days))


def _quotes(st: Store, ev: Event) -> dict[int, dict[str, list[tuple[str, bool]]]]:
    """For each claim (figure id): its sentence highlighted inside a stretch of the article
    (``near``) and inside the whole article text (``full``), as (text, highlighted) segments."""
    wanted = {c.article_id for f in ev.figures for c in f.claims}
    texts = queries.article_texts(st, wanted)
    out: dict[int, dict[str, list[tuple[str, bool]]]] = {}
    for f in ev.figures:
        for c in f.claims:
            text, start, end = texts[c.article_id], c.evidence.start, c.evidence.end
            out[c.figure_id] = {
                "near": context_marks(text, start, end),
                "full": [(text[:start], False), (text[start:end], True), (text[end:], False)],
            }
    return out


def _atom(items: list[dict[str, Any]], base: str) -> bytes:
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(feed, f"{{{ns}}}title").text = "StrikeWatch: new and updated events"
    ET.SubElement(feed, f"{{{ns}}}id").text = base + "feed.atom"
    ET.SubElement(feed, f"{{{ns}}}link", rel="self", href=base + "feed.atom")
    updated = max((i["updated"] for i in items), default="1970-01-01T00:00:00+00:00")
    ET.SubElement(feed, f"{{{ns}}}updated").text = updated
    author = ET.SubElement(feed, f"{{{ns}}}author")
    ET.SubElement(author, f"{{{ns}}}name").text = "StrikeWatch"
    for i in items:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        n = i["articles"]
        ET.SubElement(
            entry, f"{{{ns}}}title"
        ).text = f"{i['slug']} ({n} article{'' if n == 1 else 's'})"
        ET.SubElement(entry, f"{{{ns}}}id").text = base + f"events/{i['slug']}"
        ET.SubElement(entry, f"{{{ns}}}link", href=base + f"events/{i['slug']}")
        ET.SubElement(entry, f"{{{ns}}}updated").text = i["updated"]
        ET.SubElement(entry, f"{{{ns}}}summary").text = i["summary"]
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))
