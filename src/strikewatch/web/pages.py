"""The dashboard's HTML pages (Jinja templates in ``templates/``). Each page shows the data of
its JSON twin in :mod:`strikewatch.web.api` and links to it; the store comes from
:mod:`strikewatch.web.deps`."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from strikewatch.models import Claim, Event
from strikewatch.store import Store, dashboard
from strikewatch.store import read as queries
from strikewatch.web.deps import (
    PAGE,
    DamageParam,
    EventFilters,
    IsoDate,
    Routes,
    SideParam,
    SortKey,
    StoreDep,
    WeaponParam,
    parse_date,
    side,
    templates,
)
from strikewatch.web.labels import TERMS
from strikewatch.web.marks import context_marks, mark_text
from strikewatch.web.overview import overview

router = Routes()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(
    st: StoreDep,
    request: Request,
    attacker: SideParam = None,
    since: IsoDate = None,
    until: IsoDate = None,
    weapon: WeaponParam = None,
    damage: DamageParam = None,
) -> Response:
    dates = parse_date(since, "since"), parse_date(until, "until")
    data = overview(st, *dates, side(attacker), damage or None)
    kept = {
        "since": since or "",
        "until": until or "",
        "weapon": weapon or "",
        "damage": damage or "",
    }
    return templates.TemplateResponse(
        request,
        "overview.html",
        {
            "data": data,
            "attacker": data["attacker"],
            "weapon": weapon or "",
            "damage": damage or "",
            "kept": {k: v for k, v in kept.items() if v},
            "terms": TERMS,
            "twin": _twin("/api/overview", request, drop=("weapon",)),
        },
    )


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(
    st: StoreDep,
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
    total = dashboard.count_events(st, **filters.kwargs())
    return templates.TemplateResponse(
        request,
        "events.html",
        {
            "rows": rows[:PAGE],
            "more": len(rows) > PAGE,
            "page": page,
            "first": (page - 1) * PAGE + 1,
            "total": total,
            "sort": sort,
            "order": order,
            "filters": filters,
            "params": params,
            "facets": dashboard.event_facets(st, **filters.kwargs()),
            "facet_params": dashboard.FACETS,
            "twin": _twin("/api/events", request, drop=("page",)),
            "csv": _with("/api/export.csv", params),
        },
    )


@router.get("/events/{ref}", response_class=HTMLResponse, include_in_schema=False)
def event_page(
    st: StoreDep, request: Request, ref: Annotated[str, PathParam(max_length=40)]
) -> Response:
    ev = st.get_event(ref)
    disputes = _disputes(ev)
    return templates.TemplateResponse(
        request,
        "event.html",
        {
            "ev": ev,
            "quotes": _quotes(st, ev),
            "damage_langs": _damage_langs(st, ev),
            "disputes": disputes,
            "disputed": {d["key"]: d["id"] for d in disputes},
            "twin": f"/api/events/{ev.slug}",
        },
    )


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def map_page(request: Request, since: IsoDate = None, until: IsoDate = None) -> Response:
    parse_date(since, "since"), parse_date(until, "until")
    params = {k: v for k, v in (("since", since), ("until", until)) if v}
    return templates.TemplateResponse(
        request,
        "map.html",
        {
            "since": since or "",
            "until": until or "",
            "params": params,
            "twin": _with("/api/places", params),
        },
    )


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page(
    st: StoreDep, request: Request, page: Annotated[int, Query(ge=1, le=100_000)] = 1
) -> Response:
    rows = queries.list_articles(st, limit=PAGE + 1, offset=(page - 1) * PAGE)
    return templates.TemplateResponse(
        request,
        "articles.html",
        {
            "rows": rows[:PAGE],
            "more": len(rows) > PAGE,
            "page": page,
            "first": (page - 1) * PAGE + 1,
            "twin": _articles_twin(page),
            "csv": _articles_twin(page).replace("/api/articles", "/api/articles.csv", 1)
            + ("" if page > 1 else f"?limit={PAGE}"),
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(
    st: StoreDep, request: Request, article_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)]
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


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(st: StoreDep, request: Request) -> Response:
    rows = [s.to_dict() for s in st.list_sources()]
    return templates.TemplateResponse(
        request, "sources.html", {"rows": rows, "twin": "/api/sources", "csv": "/api/sources.csv"}
    )


def _articles_twin(page: int) -> str:
    return f"/api/articles?offset={(page - 1) * PAGE}&limit={PAGE}" if page > 1 else "/api/articles"


def _with(path: str, params: dict[str, str]) -> str:
    """``path`` with the query string of ``params``."""
    return f"{path}?{urlencode(params)}" if params else path


def _twin(path: str, request: Request, drop: tuple[str, ...] = ()) -> str:
    """The JSON twin of a page: ``path`` with the page's own query string (less ``drop``)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in drop and v]
    return f"{path}?{urlencode(params)}" if params else path


def _disputes(ev: Event) -> list[dict[str, Any]]:
    """One row per disputed figure: its metric, weapon and place, why it is disputed and the
    two claims that disagree (value, claimant, outlet, date, sentence), side by side."""
    claims: dict[int, Claim] = {c.figure_id: c for f in ev.figures for c in f.claims}
    out = []
    for n, c in enumerate(ev.conflicts, 1):
        sides = [claims.get(i) for i in c.figure_ids]
        out.append(
            {
                "id": f"dispute-{n}",
                "key": (c.metric, c.weapon, c.place),
                "metric": c.metric,
                "weapon": c.weapon,
                "place": c.place,
                "reason": c.reason,
                "values": c.values,
                "claims": sides,
            }
        )
    return out


def _damage_langs(st: Store, ev: Event) -> dict[int, str | None]:
    """The language of each article a damage claim quotes (article id -> ISO 639-1 code)."""
    wanted = {c.article_id for d in ev.damage for c in d.claims}
    return {i: lang for i, (_, lang) in queries.article_texts(st, wanted).items()}


def _quotes(st: Store, ev: Event) -> dict[int, dict[str, Any]]:
    """For each claim (figure id): its sentence highlighted inside a stretch of the article
    (``near``, as (text, highlighted) segments; the page shows the sentence and folds the
    rest under "show more") and the article's language (``lang``, an ISO 639-1 code or
    None)."""
    wanted = {c.article_id for f in ev.figures for c in f.claims}
    texts = queries.article_texts(st, wanted)
    out: dict[int, dict[str, Any]] = {}
    for f in ev.figures:
        for c in f.claims:
            (text, lang), start, end = texts[c.article_id], c.evidence.start, c.evidence.end
            out[c.figure_id] = {
                "near": context_marks(text, start, end),
                "lang": lang,
            }
    return out
