"""The event store, one module per job:

- ``schema``: the tables and their migrations;
- ``engine``: the database URL, the engine, and ``Store``, the façade every job runs through;
- ``write``: the write path (articles, reports, figures, band buckets, pending keys);
- ``rebuild``: the event rebuild (``reconcile_pending``);
- ``read``: the read queries of the command line, the dashboard and the API;
- ``sqlite_fast``: the SQLite driver-cursor fast paths of the write path and the rebuild;
- ``state``: the state of the sources ``strikewatch follow`` polls;
- ``ingest``: batched ingest (prepare articles, store them, reconcile).
"""

from __future__ import annotations

from strikewatch.store.engine import Store, open_store
from strikewatch.store.rebuild import reconcile_pending
from strikewatch.store.write import StoredArticle

__all__ = ["Store", "StoredArticle", "open_store", "reconcile_pending"]
