"""The JSON API: the twins of the pages, the exports, the Atom feed and ``POST
/api/articles``. Handlers parse parameters, call one store or query function and answer JSON;
the store and the settings come from :mod:`strikewatch.web.deps`."""

from __future__ import annotations

import datetime as dt
import io
import secrets
import xml.etree.ElementTree as ET
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response

from strikewatch.errors import InputError
from strikewatch.events.export import export
from strikewatch.sources.files import article_from_dict
from strikewatch.store import Store
from strikewatch.store import read as queries
from strikewatch.store.ingest import ingest
from strikewatch.web.deps import (
    PAGE,
    EventFilters,
    IsoDate,
    Routes,
    SettingsDep,
    Side,
    SortKey,
    StoreDep,
    parse_date,
)
from strikewatch.web.errors import PROBLEM

router = Routes()
OVERVIEW_DAYS = 366  # the timeline's default window, ending at the latest event


@router.get("/api/events", tags=["events"], summary="Events, filtered and sorted")
def api_events(
    st: StoreDep,
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


@router.get("/api/events/{ref}", tags=["events"], summary="One event with every claim")
def api_event(st: StoreDep, ref: Annotated[str, PathParam(max_length=40)]) -> dict[str, Any]:
    return st.get_event(ref).to_dict()


@router.get("/api/overview", tags=["statistics"], summary="Data of the overview page")
def api_overview(
    st: StoreDep,
    since: IsoDate = None,
    until: IsoDate = None,
    attacker: Annotated[Side | None, Query(description="Only this side's attacks")] = None,
) -> dict[str, Any]:
    since_d, until_d = parse_date(since, "since"), parse_date(until, "until")
    return overview(st, since_d, until_d, attacker)


@router.get("/api/stats/daily", tags=["statistics"], summary="Totals per night")
def api_daily(
    st: StoreDep,
    since: IsoDate = None,
    until: IsoDate = None,
    attacker: Annotated[Side | None, Query(description="Only this side's attacks")] = None,
) -> dict[str, Any]:
    since_d, until_d = parse_date(since, "since"), parse_date(until, "until")
    return {"days": queries.daily_stats(st, since=since_d, until=until_d, attacker=attacker)}


@router.get("/api/articles", tags=["articles"], summary="Stored articles, newest first")
def api_articles(
    st: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = PAGE,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    return {"articles": queries.list_articles(st, limit=limit, offset=offset)}


@router.get("/api/articles/{article_id}", tags=["articles"], summary="One article, figures")
def api_article(
    st: StoreDep, article_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)]
) -> dict[str, Any]:
    return queries.article_detail(st, article_id)


@router.get("/api/places", tags=["places"], summary="Places hit, with impacts")
def api_places(st: StoreDep, since: IsoDate = None, until: IsoDate = None) -> dict[str, Any]:
    since_d, until_d = parse_date(since, "since"), parse_date(until, "until")
    return {"places": queries.place_impacts(st, since=since_d, until=until_d)}


@router.get(
    "/api/export.csv",
    tags=["exports"],
    summary="Every event figure as CSV",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def api_export_csv(st: StoreDep) -> Response:
    buf = io.StringIO()
    export(st, "csv", out=buf)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8")


@router.get(
    "/api/export.geojson",
    tags=["exports"],
    summary="Event places as GeoJSON",
    response_class=Response,
    responses={200: {"content": {"application/geo+json": {}}}},
)
def api_export_geojson(st: StoreDep) -> Response:
    buf = io.StringIO()
    export(st, "geojson", out=buf)
    return Response(buf.getvalue(), media_type="application/geo+json")


@router.post(
    "/api/articles",
    tags=["articles"],
    status_code=201,
    summary="Ingest one article (FORMAT.md section 1); needs the ingest token",
    responses={
        401: {"description": "Missing or wrong bearer token", "content": PROBLEM},
        403: {"description": "Ingest is disabled on this server", "content": PROBLEM},
    },
)
def api_post_article(
    st: StoreDep,
    settings: SettingsDep,
    article: Annotated[dict[str, Any], Body()],
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    token = settings.ingest_token
    if not token:
        raise HTTPException(403, "ingest is disabled (start serve with --ingest-token)")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not authorization or not secrets.compare_digest(given, token):
        raise HTTPException(401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"})
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


@router.get(
    "/feed.atom",
    tags=["feeds"],
    summary="Atom feed of new and updated events",
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}}},
)
def feed(st: StoreDep, request: Request) -> Response:
    return Response(
        atom(queries.recent_updates(st), str(request.base_url)),
        media_type="application/atom+xml",
    )


def overview(
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


def atom(items: list[dict[str, Any]], base: str) -> bytes:
    """The Atom feed of ``items`` (:func:`strikewatch.store.read.recent_updates`)."""
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
