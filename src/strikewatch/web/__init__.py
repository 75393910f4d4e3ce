"""The web face of the store: an HTTP API (JSON, OpenAPI) and a dashboard (Jinja pages).

:func:`create_app` builds the ASGI app for one store. Every HTML page has a JSON twin under
``/api`` (linked from the page with ``rel="alternate"``). Errors are JSON problem documents
(RFC 9457) for API routes and a plain page for HTML routes; never a stack trace.
"""

from strikewatch.web.app import create_app

__all__ = ["create_app"]
