"""The event store: schema and migrations, engine, write path, event rebuild, read queries."""

from __future__ import annotations

from strikewatch.store.core import Store, StoredArticle, open_store, reconcile_pending

__all__ = ["Store", "StoredArticle", "open_store", "reconcile_pending"]
