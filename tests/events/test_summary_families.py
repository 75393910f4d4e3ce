"""Issue 19: an event's summary never adds a weapon family's total to its own parts."""

from __future__ import annotations

from strikewatch.sources.files import article_from_dict
from strikewatch.store import open_store
from strikewatch.store.ingest import ingest

TEXT = (
    "Russia fired 14 missiles - nine Iskander-M ballistic missiles and five Kalibr cruise "
    "missiles - along with 87 drones at Ukraine overnight, the Air Force said on Thursday."
)


def test_missile_total_holds_its_kinds() -> None:
    store = open_store("sqlite://")
    art = {"id": "m", "source": "Wire", "published": "2025-11-20", "text": TEXT}
    ingest(store, [article_from_dict(art, default_id="x")])
    (row,) = store.list_events()
    summary = store.get_event(row.slug).summary
    assert "14 missiles (5 cruise missiles and 9 ballistic missiles)" in summary
    assert "missiles, 5 cruise" not in summary
