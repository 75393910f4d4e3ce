"""The JSON API: the twins of the pages, the exports, the Atom feed and ``POST
/api/articles``. Handlers parse parameters, call one store or query function and answer JSON;
the store and the settings come from :mod:`strikewatch.web.deps`."""

from __future__ import annotations

import io
import json
import secrets
import xml.etree.ElementTree as ET
from typing import Annotated, Any, Literal

from fastapi import Depends, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from strikewatch.errors import InputError
from strikewatch.events.export import export, write_csv
from strikewatch.sources.files import article_from_dict
from strikewatch.sources.jsonfile import load_json
from strikewatch.store import dashboard
from strikewatch.store import read as queries
from strikewatch.store.damage import damage_counts
from strikewatch.store.ingest import ingest
from strikewatch.web.deps import (
    PAGE,
    DamageParam,
    EventFilters,
    IsoDate,
    Routes,
    SettingsDep,
    SideParam,
    SortKey,
    StoreDep,
    parse_date,
    side,
)
from strikewatch.web.errors import PROBLEM
from strikewatch.web.labels import direction, long_date
from strikewatch.web.overview import overview

router = Routes()


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
    return {
        "events": [r.to_dict() for r in rows],
        "total": dashboard.count_events(st, **filters.kwargs()),
        "limit": limit,
        "offset": offset,
        # the kept events by kind of object hit (docs/damage.md); every facet: /api/facets
        "facets": {"damage": damage_counts(st, dashboard.kept_ids(**filters.kwargs()))},
    }


@router.get("/api/facets", tags=["events"], summary="Facet counts of the filtered events")
def api_facets(st: StoreDep, filters: Annotated[EventFilters, Depends()]) -> dict[str, Any]:
    """For attacker, weapon class, place, outlet and claimant: the most frequent values among
    the events the filters keep, with how many events have each."""
    return {
        "total": dashboard.count_events(st, **filters.kwargs()),
        "facets": dashboard.event_facets(st, **filters.kwargs()),
    }


@router.get("/api/events/{ref}", tags=["events"], summary="One event with every claim")
def api_event(st: StoreDep, ref: Annotated[str, PathParam(max_length=40)]) -> dict[str, Any]:
    return st.get_event(ref).to_dict()


@router.get("/api/overview", tags=["statistics"], summary="Data of the overview page")
def api_overview(
    st: StoreDep,
    since: IsoDate = None,
    until: IsoDate = None,
    attacker: SideParam = None,
    damage: DamageParam = None,
) -> dict[str, Any]:
    """One side's attacks (RU unless ``attacker`` says UA), in bars of a night, a week or a
    month as the range is long; with ``damage``, the nights of each bar on which an attack hit
    that kind of object."""
    since_d, until_d = parse_date(since, "since"), parse_date(until, "until")
    return overview(st, since_d, until_d, side(attacker), damage or None)


@router.get("/api/stats/daily", tags=["statistics"], summary="Totals per night")
def api_daily(
    st: StoreDep,
    since: IsoDate = None,
    until: IsoDate = None,
    attacker: SideParam = None,
) -> dict[str, Any]:
    since_d, until_d = parse_date(since, "since"), parse_date(until, "until")
    days = queries.daily_stats(st, since=since_d, until=until_d, attacker=side(attacker))
    return {"days": days}


@router.get("/api/articles", tags=["articles"], summary="Stored articles, newest first")
def api_articles(
    st: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = PAGE,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    return {"articles": queries.list_articles(st, limit=limit, offset=offset)}


def _csv(rows: list[dict[str, Any]]) -> Response:
    buf = io.StringIO()
    write_csv(rows, list(rows[0]) if rows else [], buf)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8")


@router.get(
    "/api/articles.csv",
    tags=["articles"],
    summary="Stored articles as CSV, newest first",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def api_articles_csv(
    st: StoreDep,
    limit: Annotated[int, Query(ge=1, le=100_000)] = 100_000,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    """The articles of ``/api/articles`` as CSV (every one up to ``limit``, by default)."""
    return _csv(queries.list_articles(st, limit=limit, offset=offset))


@router.get(
    "/api/sources.csv",
    tags=["sources"],
    summary="Followed sources and their state as CSV",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def api_sources_csv(st: StoreDep) -> Response:
    rows = [
        {k: v if not isinstance(v, list | dict) else json.dumps(v) for k, v in s.to_dict().items()}
        for s in st.list_sources()
    ]
    return _csv(rows)


@router.get("/api/articles/{article_id}", tags=["articles"], summary="One article, figures")
def api_article(
    st: StoreDep, article_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)]
) -> dict[str, Any]:
    return queries.article_detail(st, article_id)


@router.get("/api/sources", tags=["sources"], summary="Followed sources and their state")
def api_sources(st: StoreDep) -> dict[str, Any]:
    return {"sources": [s.to_dict() for s in st.list_sources()]}


@router.get("/api/places", tags=["places"], summary="Places hit, with impacts")
def api_places(st: StoreDep, since: IsoDate = None, until: IsoDate = None) -> dict[str, Any]:
    since_d, until_d = parse_date(since, "since"), parse_date(until, "until")
    found = queries.place_impacts(st, since=since_d, until=until_d)
    sides = dashboard.place_sides(st, since=since_d, until=until_d)
    return {"places": [{**p, "attackers": sides.get(p["place"], {})} for p in found]}


@router.get(
    "/api/export.csv",
    tags=["exports"],
    summary="Every event figure as CSV (of the filtered events)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def api_export_csv(st: StoreDep, filters: Annotated[EventFilters, Depends()]) -> Response:
    buf = io.StringIO()
    chosen = None
    if filters.active():
        chosen = st.iter_events(ids=dashboard.filtered_ids(st, **filters.kwargs()))
    export(st, "csv", out=buf, events=chosen)
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


# The largest body POST /api/articles reads: a news article is rarely over 100 KB, and a
# larger body would hold the server's extraction for every other request.
MAX_BODY = 1_000_000
_ARTICLE_BODY = {
    "required": True,
    "content": {"application/json": {"schema": {"type": "object", "additionalProperties": True}}},
}


@router.post(
    "/api/articles",
    tags=["articles"],
    status_code=201,
    summary="Ingest one article (FORMAT.md section 1); needs the ingest token",
    responses={
        401: {"description": "Missing or wrong bearer token", "content": PROBLEM},
        403: {"description": "Ingest is disabled on this server", "content": PROBLEM},
        413: {"description": f"Body larger than {MAX_BODY:,} bytes", "content": PROBLEM},
    },
    openapi_extra={"requestBody": _ARTICLE_BODY},
)
async def api_post_article(
    request: Request,
    st: StoreDep,
    settings: SettingsDep,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    # the token is checked before a byte of the body is read
    token = settings.ingest_token
    if not token:
        raise HTTPException(403, "ingest is disabled (start serve with --ingest-token)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip(), token):
        raise HTTPException(
            401,
            "a valid bearer token is required (Authorization: Bearer <token>)",
            {"WWW-Authenticate": "Bearer"},
        )
    body = await _body(request)
    try:
        obj = load_json(body.decode("utf-8"), "body")
        art = article_from_dict(obj, default_id="posted")
    except UnicodeDecodeError:
        raise HTTPException(422, "not an article: the body is not UTF-8") from None
    except InputError as err:
        raise HTTPException(422, f"not an article: {err.message}") from None
    # extraction and the store's transaction run on a worker thread: the event loop keeps
    # answering other requests
    stats = await run_in_threadpool(ingest, st, [art])
    return {
        "stored": stats.stored == 1,
        "duplicate": stats.duplicates == 1,
        "syndicated": stats.syndicated == 1,
        "reports": stats.reports,
        "figures": stats.figures,
    }


async def _body(request: Request) -> bytes:
    """The request body, refused with 413 past ``MAX_BODY`` (before reading it, when its
    length is announced; else as soon as it grows past)."""
    too_large = HTTPException(413, f"the body is larger than the limit of {MAX_BODY:,} bytes")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


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
        ET.SubElement(entry, f"{{{ns}}}title").text = entry_title(i)
        ET.SubElement(entry, f"{{{ns}}}id").text = base + f"events/{i['slug']}"
        ET.SubElement(entry, f"{{{ns}}}link", href=base + f"events/{i['slug']}")
        ET.SubElement(entry, f"{{{ns}}}updated").text = i["updated"]
        ET.SubElement(entry, f"{{{ns}}}summary").text = i["summary"]
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


def entry_title(item: dict[str, Any]) -> str:
    """ "14 Feb 2025: Russia -> Ukraine, 96 launched, 2 killed"."""
    title = f"{long_date(item['date'])}: {direction(item['attacker'], item['target'])}"
    for key in ("launched", "killed"):
        if item.get(key) is not None:
            title += f", {item[key]} {key}"
    return title.replace("→", "->")
