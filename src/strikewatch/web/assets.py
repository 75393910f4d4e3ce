"""Where the dashboard's browser libraries are: ``node_modules`` installed at set-up from the
npm registry (``package.json``: chart.js, topojson-client, world-atlas). Nothing is fetched at
run time and nothing third-party is committed. :data:`router` serves them at ``/vendor/…``."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import HTTPException
from fastapi.responses import FileResponse, Response

from strikewatch.web.deps import Routes
from strikewatch.web.favicon import ico

ENV_VAR = "STRIKEWATCH_ASSETS"
# URL path under /vendor -> path inside node_modules
VENDOR_FILES = {
    "chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-50m.json": "world-atlas/countries-50m.json",
}


def node_modules() -> Path | None:
    """``$STRIKEWATCH_ASSETS``, else the first ``node_modules`` above this package (the
    project's own, for a source checkout)."""
    given = os.environ.get(ENV_VAR)
    if given:
        return Path(given)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "node_modules"
        if (candidate / "chart.js").is_dir():
            return candidate
    return None


def vendor_path(name: str) -> Path | None:
    root = node_modules()
    rel = VENDOR_FILES.get(name)
    if root is None or rel is None:
        return None
    path = root / rel
    return path if path.is_file() else None


router = Routes()


@router.get("/vendor/{name}", include_in_schema=False)
def vendor(name: str) -> Response:
    path = vendor_path(name) if name in VENDOR_FILES else None
    if path is None:
        raise HTTPException(404, "asset not installed (run make to install node_modules)")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(
        ico(), media_type="image/x-icon", headers={"Cache-Control": "public, max-age=86400"}
    )
