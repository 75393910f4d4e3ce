"""What the routes share: their router (:class:`Routes`), the store and the settings of the
app (FastAPI dependencies reading ``request.app.state``), the types of the query parameters,
the event filters of the events page, its JSON twin and the exports, and the Jinja templates
of the pages and error pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.templating import Jinja2Templates

from strikewatch import __version__
from strikewatch.store import Store
from strikewatch.store.read import EVENT_SORTS
from strikewatch.vocab import DAMAGE_KINDS, WEAPON_CLASSES, Side
from strikewatch.web import labels
from strikewatch.web.marks import lang_attr, language_name

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["version"] = __version__
templates.env.filters["language_name"] = language_name
templates.env.filters["lang_attr"] = lang_attr
for _name in (
    "weapon_name",
    "side_name",
    "qualifier_words",
    "metric_name",
    "long_date",
    "damage_name",
):
    templates.env.filters[_name] = getattr(labels, _name)
templates.env.globals["direction"] = labels.direction
templates.env.globals["WEAPON_NAMES"] = labels.WEAPON_NAMES
templates.env.globals["DAMAGE_NAMES"] = labels.DAMAGE_NAMES


class Routes(APIRouter):
    """An :class:`APIRouter` that remembers how each route was declared, so that
    :meth:`add_to` can declare them again on an app, just as ``@app.get(...)`` would: the
    app's routes stay one flat list (``app.routes``), each route gets the app's error
    responses and ``app.dependency_overrides`` reach it. (``FastAPI.include_router`` adds
    one lazy entry for a whole router instead.)"""

    def __init__(self) -> None:
        super().__init__()
        self.declared: list[tuple[str, Callable[..., Any], dict[str, Any]]] = []

    def add_api_route(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        self.declared.append((path, endpoint, kwargs))
        super().add_api_route(path, endpoint, **kwargs)

    def add_to(self, app: FastAPI) -> None:
        for path, endpoint, kwargs in self.declared:
            app.router.add_api_route(path, endpoint, **kwargs)


@dataclass(frozen=True)
class Settings:
    """How :func:`strikewatch.web.create_app` was called, besides the store."""

    ingest_token: str | None = None


async def get_store(request: Request) -> Store:
    """The store of the app serving ``request``."""
    store: Store = request.app.state.store
    return store


async def get_settings(request: Request) -> Settings:
    """The settings of the app serving ``request``."""
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


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

# Text filters may hold anything but NUL, which PostgreSQL cannot store or compare.
NO_NUL = r"^[^\x00]*$"


def _date_or_empty(schema: dict[str, Any]) -> None:
    """The documented schema of a date parameter: a date (``format: date``) or empty."""
    schema["anyOf"] = [
        {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        {"type": "string", "maxLength": 0},
        {"type": "null"},
    ]


# Dates are ISO strings (YYYY-MM-DD) only; the default date type would also take numbers.
# An empty value (a form's empty field) is no filter, on the pages and in the API alike.
IsoDate = Annotated[
    str | None,
    Query(
        pattern=r"^(\d{4}-\d{2}-\d{2})?$",
        description="ISO date, YYYY-MM-DD (empty: no filter)",
        json_schema_extra=lambda schema: _date_or_empty(schema),
    ),
]


# A side or a weapon class, or nothing (the "any" option of a form sends an empty value).
SideParam = Annotated[
    Literal["RU", "UA", ""] | None, Query(description="RU or UA (empty: either side)")
]
WeaponChoice = Literal[
    "drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb", "any", ""
]
assert set(WeaponChoice.__args__) - {""} == set(WEAPON_CLASSES)  # type: ignore[attr-defined]
WeaponParam = Annotated[WeaponChoice | None, Query(description="A weapon class (empty: any)")]
DamageChoice = Literal[
    "residential", "energy", "oil_gas", "industry", "transport", "port", "medical",
    "education", "government", "military", "agriculture", "communications", "cultural",
    "commercial", "",
]  # fmt: skip
assert set(DamageChoice.__args__) - {""} == set(DAMAGE_KINDS)  # type: ignore[attr-defined]
DamageParam = Annotated[
    DamageChoice | None, Query(description="Events that hit this kind of object (empty: any)")
]


def side(value: str | None) -> Side | None:
    """A side parameter with its empty value taken as none."""
    return "RU" if value == "RU" else "UA" if value == "UA" else None


def parse_date(value: str | None, name: str) -> dt.date | None:
    """The date of the query parameter ``name``; an impossible date (2024-02-30) is a 422."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: “{value}” is not a date (YYYY-MM-DD)") from None


class EventFilters:
    """The filters shared by the events page, its JSON twin and the exports."""

    def __init__(
        self,
        since: IsoDate = None,
        until: IsoDate = None,
        attacker: SideParam = None,
        target: SideParam = None,
        place: Annotated[
            str | None,
            Query(max_length=100, pattern=NO_NUL, description="A place or anything in it"),
        ] = None,
        weapon: WeaponParam = None,
        damage: DamageParam = None,
        q: Annotated[
            str | None,
            Query(max_length=100, pattern=NO_NUL, description="Text in the summary or places"),
        ] = None,
    ):
        self.since, self.until = parse_date(since, "since"), parse_date(until, "until")
        self.attacker, self.target = side(attacker), side(target)
        self.place = (place or "").strip() or None
        self.weapon = weapon or None
        self.damage = damage or None
        self.q = (q or "").strip() or None

    def kwargs(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "until": self.until,
            "attacker": self.attacker,
            "target": self.target,
            "place": self.place,
            "weapon": self.weapon,
            "damage": self.damage,
            "text": self.q,
        }

    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self.query_string())

    def query_string(self) -> dict[str, str]:
        raw = {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "attacker": self.attacker,
            "target": self.target,
            "place": self.place,
            "weapon": self.weapon,
            "damage": self.damage,
            "q": self.q,
        }
        return {k: v for k, v in raw.items() if v}
