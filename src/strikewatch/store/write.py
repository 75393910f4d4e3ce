"""The write path: a batch of prepared articles into the store, in one transaction.

:func:`add_articles` (``Store.add_articles``) skips exact copies (content hash), links near
copies to their original (LSH band buckets, then MinHash similarity), and stores each new
article with its reports, figures and band buckets. Dated reports join their night's event
at once (created when new); the key of every night touched is queued in ``pending_keys``, in
the same transaction, for :func:`strikewatch.store.rebuild.reconcile_pending`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, select, update

from strikewatch.events.dedup import best_match
from strikewatch.events.reconcile import event_slug
from strikewatch.extraction.places import lookup
from strikewatch.models import Article, Report
from strikewatch.store.schema import (
    article_bands,
    articles,
    chunks,
    damage,
    event_claims,
    event_figures,
    events,
    figures,
    now,
    pending_keys,
    places,
    reports,
)
from strikewatch.store.sqlite_fast import (
    BUCKET_MEMBERS,
    BUCKET_MEMBERS_SQL,
    DROP_MEMBER,
    DROP_MEMBER_SQL,
    SIGNATURES,
    SIGNATURES_SQL,
    execute_many,
    insert_ids,
    insert_ignore,
    insert_many,
    select_in,
)

if TYPE_CHECKING:
    from strikewatch.store.engine import Store

__all__ = [
    "BUCKET_CAP",
    "AddResult",
    "StoredArticle",
    "add_articles",
    "event_ids_of",
    "remove_articles",
]

BUCKET_CAP = 10  # originals an LSH bucket keeps (the most recent); older ones are dropped


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What ingest hands the store for one article."""

    article: Article
    content_hash: str
    signature: bytes
    bands: Sequence[tuple[int, int]]
    reports: Sequence[Report]
    # ISO 639-1 code: the article's ``lang``, else the language the extractor read it in
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class AddResult:
    stored: int = 0
    duplicates: int = 0  # same content already stored
    syndicated: int = 0  # near-duplicate copies linked to an original
    revised: int = 0  # stored articles replaced by a new revision (``revise``)


_KNOWN_HASHES = select(articles.c.content_hash).where(
    articles.c.content_hash.in_(bindparam("hashes", expanding=True))
)
_SET_ROOT = (
    update(articles)
    .where(articles.c.id == bindparam("article_id"))
    .values(duplicate_of=bindparam("root"))
)

# What _match_copies finds for each new article: the original it copies (a stored article's
# id, or -(k + 1) for the k-th article of this batch; None when it is an original itself) and
# the similarity of the best candidate.
_Match = tuple[int | None, float | None]


def add_articles(
    store: Store,
    batch: Sequence[StoredArticle],
    *,
    source: int | None = None,
    revise: bool = False,
) -> AddResult:
    """Stores a batch in one transaction: new articles with their reports, figures and
    LSH buckets; exact duplicates are skipped, near duplicates linked to their original.

    ``source`` is the followed source (``sources.id``) the articles came from. With
    ``revise``, an article whose ref that source already gave with other content is a
    revision (an edited message, an updated page): the stored one is replaced, with its
    reports and figures, and the nights both versions touch are queued for the rebuild."""
    if not batch:
        return AddResult()
    with store.write() as conn:
        revision = _drop_revised(conn, batch, source) if revise and source is not None else {}
        fresh = _unseen(conn, batch)
        duplicates = len(batch) - len(fresh)
        if not fresh:
            return AddResult(0, duplicates, 0)
        # dated reports go straight into their night's event (created when new); the
        # event's figures are rebuilt by reconcile_pending from the queued keys
        dated = sorted(
            {
                (r.attacker, r.target, r.date)
                for b in fresh
                for r in b.reports
                if r.date is not None
            },
            key=str,
        )
        event_of: dict[tuple[str | None, str | None, dt.date], int] = dict(
            zip(dated, event_ids_of(conn, dated), strict=True)
        )
        cand, members, sigs = _candidates(conn, fresh)
        matches = _match_copies(fresh, cand, sigs)
        aids = _insert_articles(conn, fresh, matches, source, revision)
        report_rows, report_figs, pend, place_names = _report_rows(fresh, aids, event_of)
        rids = insert_ids(conn, reports, report_rows)
        fig_rows = _figure_rows(rids, report_figs)
        _index_originals(conn, fresh, aids, matches, members)
        if fig_rows:
            insert_many(conn, figures, fig_rows)
        dmg_rows = _damage_rows(rids, report_figs)
        if dmg_rows:
            insert_many(conn, damage, dmg_rows)
        insert_ignore(conn, pending_keys, list(pend.values()))
        insert_ignore(conn, places, _place_rows(place_names))
    syndicated = sum(root is not None for root, _ in matches)
    return AddResult(len(fresh), duplicates, syndicated, len(revision))


def _drop_revised(conn: Connection, batch: Sequence[StoredArticle], source: int) -> dict[str, int]:
    """Removes the stored articles of ``source`` that the batch revises (same ref, other
    content); returns the revision number each revised ref gets."""
    new_hash = {b.article.id: b.content_hash for b in batch}
    old = conn.execute(
        select(articles.c.id, articles.c.ref, articles.c.content_hash, articles.c.revision).where(
            articles.c.source == source, articles.c.ref.in_(sorted(new_hash))
        )
    ).all()
    stale = [row for row in old if row.content_hash != new_hash[row.ref]]
    if not stale:
        return {}
    remove_articles(conn, [row.id for row in stale])
    return {row.ref: (row.revision or 0) + 1 for row in stale}


def remove_articles(conn: Connection, ids: Sequence[int]) -> None:
    """Removes these articles with their reports, figures and band buckets. The events
    they were part of lose their event figures now and are queued for the rebuild (as are
    the nights of their reports); copies of them become originals."""
    ids = sorted(set(ids))
    rows = conn.execute(
        select(reports.c.attacker, reports.c.target, reports.c.date, reports.c.event).where(
            reports.c.article.in_(ids)
        )
    ).all()
    pend = {_key(a, t, d): (a, t, d) for a, t, d, _ in rows}
    touched = sorted({ev for *_, ev in rows if ev is not None})
    if touched:
        for a, t, d in conn.execute(
            select(events.c.attacker, events.c.target, events.c.date).where(
                events.c.id.in_(touched)
            )
        ):
            pend[_key(a, t, d)] = (a, t, d)
        stale = select(event_figures.c.id).where(event_figures.c.event.in_(touched))
        conn.execute(delete(event_claims).where(event_claims.c.event_figure.in_(stale)))
        conn.execute(delete(event_figures).where(event_figures.c.event.in_(touched)))
    conn.execute(delete(figures).where(figures.c.article.in_(ids)))
    conn.execute(delete(damage).where(damage.c.article.in_(ids)))
    conn.execute(delete(reports).where(reports.c.article.in_(ids)))
    conn.execute(delete(article_bands).where(article_bands.c.article.in_(ids)))
    conn.execute(update(articles).where(articles.c.duplicate_of.in_(ids)).values(duplicate_of=None))
    conn.execute(delete(articles).where(articles.c.id.in_(ids)))
    keys = [
        {"key": k, "attacker": a, "target": t, "date": d} for k, (a, t, d) in sorted(pend.items())
    ]
    insert_ignore(conn, pending_keys, keys)


def _unseen(conn: Connection, batch: Sequence[StoredArticle]) -> list[StoredArticle]:
    """The articles of ``batch`` whose content is stored neither already nor earlier in the
    batch."""
    known = set(conn.scalars(_KNOWN_HASHES, {"hashes": [b.content_hash for b in batch]}))
    fresh: list[StoredArticle] = []
    for b in batch:
        if b.content_hash not in known:
            known.add(b.content_hash)
            fresh.append(b)
    return fresh


def _candidates(
    conn: Connection, fresh: Sequence[StoredArticle]
) -> tuple[dict[tuple[int, int], set[int]], dict[int, list[int]], dict[int, tuple[bytes, int]]]:
    """Stored candidates for near duplicates, the articles sharing a band bucket: the
    articles of each (band, bucket), the article of each stored row of each bucket, and the
    signature and original (root) of each candidate article."""
    buckets = sorted({bucket for b in fresh for _, bucket in b.bands})
    cand: dict[tuple[int, int], set[int]] = {}
    members: dict[int, list[int]] = {}  # bucket -> the article of each stored row
    for chunk in chunks(buckets, 500):
        for band, bucket, art in select_in(
            conn, BUCKET_MEMBERS, "buckets", BUCKET_MEMBERS_SQL, chunk
        ):
            cand.setdefault((band, bucket), set()).add(art)
            members.setdefault(bucket, []).append(art)
    sigs: dict[int, tuple[bytes, int]] = {}  # article -> (signature, root)
    ids = sorted({a for s in cand.values() for a in s})
    for chunk in chunks(ids, 500):
        for aid, sig, dup in select_in(conn, SIGNATURES, "ids", SIGNATURES_SQL, chunk):
            sigs[aid] = (bytes(sig), dup or aid)
    return cand, members, sigs


def _match_copies(
    fresh: Sequence[StoredArticle],
    cand: dict[tuple[int, int], set[int]],
    sigs: dict[int, tuple[bytes, int]],
) -> list[_Match]:
    """Near duplicates: the most similar stored or earlier-in-batch candidate of each new
    article. A batch member is named by its negative position (minus one) until it has an
    id; ``cand`` and ``sigs`` gain the batch's originals and copies."""
    found: list[_Match] = []
    for k, b in enumerate(fresh):
        others: set[int] = set()
        for pair in b.bands:
            others.update(cand.get(pair, ()))
        best = best_match(b.signature, {o: sigs[o][0] for o in others})
        root = sigs[best[1]][1] if best else None
        me = -(k + 1)
        sigs[me] = (b.signature, root if root is not None else me)
        if root is None:  # only originals are indexed: a copy is found via its original
            for pair in b.bands:
                cand.setdefault(pair, set()).add(me)
        found.append((root, best[0] if best else None))
    return found


def _insert_articles(
    conn: Connection,
    fresh: Sequence[StoredArticle],
    matches: Sequence[_Match],
    source: int | None = None,
    revision: dict[str, int] | None = None,
) -> list[int]:
    """Inserts the new articles, each linked to its original; returns their ids."""
    stamp = now()
    rows: list[dict[str, Any]] = []
    for b, (root, similarity) in zip(fresh, matches, strict=True):
        a = b.article
        rows.append(
            {
                "ref": a.id,
                "content_hash": b.content_hash,
                "url": a.url,
                "outlet": a.source,
                "title": a.title,
                "published": a.published,
                "text": a.text,
                "signature": b.signature,
                "duplicate_of": root if root is not None and root > 0 else None,
                "similarity": similarity,
                "n_reports": len(b.reports),
                "n_figures": sum(len(r.figures) for r in b.reports),
                "ingested_at": stamp,
                "lang": b.lang,
                "source": source,
                "revision": (revision or {}).get(a.id, 0) if source is not None else None,
            }
        )
    aids = insert_ids(conn, articles, rows)
    # copies of an original stored in this same batch: its id is known only now
    copies = [
        {"article_id": aid, "root": aids[-root - 1]}
        for aid, (root, _) in zip(aids, matches, strict=True)
        if root is not None and root < 0
    ]
    if copies:
        conn.execute(_SET_ROOT, copies)
    return aids


def _report_rows(
    fresh: Sequence[StoredArticle],
    aids: Sequence[int],
    event_of: dict[tuple[str | None, str | None, dt.date], int],
) -> tuple[list[dict[str, Any]], list[tuple[int, Report]], dict[str, dict[str, Any]], set[str]]:
    """The rows of the new articles' reports, each report with its article's id, the pending
    key of each night touched, and the names of the places named."""
    report_rows: list[dict[str, Any]] = []
    report_figs: list[tuple[int, Report]] = []
    pend: dict[str, dict[str, Any]] = {}
    place_names: set[str] = set()
    for aid, b in zip(aids, fresh, strict=True):
        for seq, r in enumerate(b.reports):
            report_rows.append(
                {
                    "article": aid,
                    "seq": seq,
                    "attacker": r.attacker,
                    "target": r.target,
                    "date": r.date,
                    "places": json.dumps(list(r.places), ensure_ascii=False),
                    "event": event_of.get((r.attacker, r.target, r.date)) if r.date else None,
                }
            )
            report_figs.append((aid, r))
            key = _key(r.attacker, r.target, r.date)
            pend[key] = {"key": key, "attacker": r.attacker, "target": r.target, "date": r.date}
            place_names.update(r.places)
            place_names.update(f.place for f in r.figures if f.place)
            place_names.update(d.place for d in r.damage if d.place)
    return report_rows, report_figs, pend, place_names


def _figure_rows(
    rids: Sequence[int], report_figs: Sequence[tuple[int, Report]]
) -> list[dict[str, Any]]:
    return [
        {
            "report": rid,
            "article": aid,
            "metric": f.metric,
            "weapon": f.weapon,
            "value": f.value,
            "qualifier": f.qualifier,
            "place": f.place,
            "claimant": f.claimant,
            "ev_start": f.evidence.start,
            "ev_end": f.evidence.end,
            "ev_text": f.evidence.text,
        }
        for rid, (aid, r) in zip(rids, report_figs, strict=True)
        for f in r.figures
    ]


def _damage_rows(
    rids: Sequence[int], report_figs: Sequence[tuple[int, Report]]
) -> list[dict[str, Any]]:
    return [
        {
            "report": rid,
            "article": aid,
            "kind": d.kind,
            "detail": d.detail,
            "count": d.count,
            "place": d.place,
            "claimant": d.claimant,
            "ev_start": d.evidence.start,
            "ev_end": d.evidence.end,
            "ev_text": d.evidence.text,
        }
        for rid, (aid, r) in zip(rids, report_figs, strict=True)
        for d in r.damage
    ]


def _index_originals(
    conn: Connection,
    fresh: Sequence[StoredArticle],
    aids: Sequence[int],
    matches: Sequence[_Match],
    members: dict[int, list[int]],
) -> None:
    """Stores the band buckets of the new originals (copies are found via their original),
    then trims the buckets they filled."""
    band_rows = [
        {"band": bd, "bucket": bk, "article": aid}
        for aid, b, (root, _) in zip(aids, fresh, matches, strict=True)
        if root is None
        for bd, bk in b.bands
    ]
    if not band_rows:
        return
    insert_many(conn, article_bands, band_rows)
    # a bucket shared by very many originals holds boilerplate, not copies: it keeps only its
    # BUCKET_CAP most recent members, so lookups stay small and ingest time stays linear in
    # corpus size. The candidate lookup read every stored member of these buckets, so the
    # older ones are known here.
    for row in band_rows:
        members.setdefault(row["bucket"], []).append(row["article"])
    drop = [
        {"bucket": bucket, "article": art}
        for bucket in sorted({row["bucket"] for row in band_rows})
        for art in _older_members(members[bucket])
    ]
    if drop:
        execute_many(conn, DROP_MEMBER, DROP_MEMBER_SQL, drop)


def _older_members(arts: list[int]) -> list[int]:
    """The articles a bucket with these members drops: all but its ``BUCKET_CAP`` most
    recent (highest ids), smallest first."""
    if len(arts) <= BUCKET_CAP:
        return []
    return sorted(set(sorted(arts, reverse=True)[BUCKET_CAP:]))


def _key(attacker: str | None, target: str | None, date: dt.date | None) -> str:
    return f"{attacker or '-'}|{target or '-'}|{date.isoformat() if date else '-'}"


def _place_rows(names: Iterable[str]) -> list[dict[str, Any]]:
    rows = []
    for name in sorted(set(names)):
        p = lookup(name)
        if p is not None and p.name == name:
            rows.append(
                {
                    "name": p.name,
                    "kind": p.kind,
                    "country": p.country,
                    "parent": p.parent,
                    "lat": p.lat,
                    "lon": p.lon,
                    "precision": p.precision,
                    "geonameid": p.geonameid,
                }
            )
    return rows


def event_ids_of(
    conn: Connection, keys: Sequence[tuple[str | None, str | None, dt.date]]
) -> list[int]:
    """The event of each dated key, created when missing."""
    slugs = [event_slug(a, t, d) for a, t, d in keys]
    found: dict[str, int] = {
        slug: int(i)
        for slug, i in conn.execute(
            select(events.c.slug, events.c.id).where(events.c.slug.in_(slugs))
        )
    }
    missing = [(k, slug) for k, slug in zip(keys, slugs, strict=True) if slug not in found]
    if missing:
        stamp = now()
        new = insert_ids(
            conn,
            events,
            [
                {
                    "slug": slug,
                    "attacker": a,
                    "target": t,
                    "date": d,
                    "n_articles": 0,
                    "n_sources": 0,
                    "n_conflicts": 0,
                    "inconsistent": False,
                    "summary": "",
                    "details": "{}",
                    "updated_at": stamp,
                }
                for (a, t, d), slug in missing
            ],
        )
        found.update({slug: int(i) for (_, slug), i in zip(missing, new, strict=True)})
    return [found[slug] for slug in slugs]
