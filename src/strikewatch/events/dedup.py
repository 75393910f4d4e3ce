"""Exact and near-duplicate detection of articles (syndicated wire copies).

- Exact: :func:`content_hash`, SHA-256 of the text with whitespace collapsed. The same article
  read twice is stored once.
- Near: a MinHash signature (datasketch) over word 3-shingles of the lower-cased text. The
  signature is cut into ``BANDS`` bands of ``ROWS`` values (LSH); two articles that share a band
  bucket are candidates, and a candidate whose estimated Jaccard similarity reaches
  ``THRESHOLD`` is a copy. With 16 bands of 4 rows, pairs at similarity 0.8 become candidates
  with probability 1 - (1 - 0.8**4)**16 > 0.999, pairs at 0.3 with about 0.12, so almost every
  true copy is checked and few others are.

The band buckets live in the store (``article_bands``), so detection works across ingest runs
and processes without holding an index in memory.
"""

from __future__ import annotations

import hashlib
import operator
import re
import zlib
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = [
    "BANDS",
    "ROWS",
    "THRESHOLD",
    "bands",
    "best_match",
    "content_hash",
    "signature",
    "similarity",
]

NUM_PERM = 64
BANDS, ROWS = 16, 4
THRESHOLD = 0.7  # estimated Jaccard similarity of word 3-shingles
SHINGLE = 3
_WORD = re.compile(r"\w+")
# In ASCII text \w is [A-Za-z0-9_]: a byte table that turns everything else into a space
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_NON_WORD_TO_SPACE = bytes(c if c in _WORD_BYTES else 32 for c in range(256))


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text with runs of whitespace collapsed and ends trimmed."""
    # str.split() splits on exactly the characters re's \s matches, and is ~4x faster
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@cache
def proto() -> MinHash:
    """The MinHash whose permutations every signature uses (the same seed gives the same
    ones anyway); made once, since drawing them costs more than hashing a short article.
    datasketch is imported here, not with this module: it pulls in SciPy (0.3 s), and the
    commands that only read a store (events, show, export, serve) never make a signature."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1)


def signature(text: str) -> bytes:
    """The MinHash signature of the text as ``NUM_PERM`` little-endian uint32 values."""
    # shingles are hashed with CRC-32 here (fast, stable across processes) and handed to
    # MinHash as integers: the CRC of the three words joined by spaces, UTF-8 encoded
    crc32 = zlib.crc32
    low = text.lower()
    if low.isascii():
        # the same words as \w+ finds, as bytes: every other byte becomes a space
        words = low.encode().translate(_NON_WORD_TO_SPACE).split()
        if len(words) < SHINGLE:
            words = [*words, b"", b""][:SHINGLE]
        join = b" ".join
        triples = zip(words, words[1:], words[2:], strict=False)  # the shorter lists end it
        hashes = list({crc32(join(t)) for t in triples})
    else:
        names = _WORD.findall(low)
        if len(names) < SHINGLE:
            names = [*names, "", ""][:SHINGLE]
        shingles = zip(names, names[1:], names[2:], strict=False)
        hashes = list({crc32(f"{a} {b} {c}".encode()) for a, b, c in shingles})
    first = proto()
    m = type(first)(  # datasketch's MinHash, without importing it at module load
        num_perm=NUM_PERM,
        hashfunc=operator.index,  # the identity on ints, called per shingle: a C function
        permutations=first.permutations,
        scheme=first.scheme,
    )
    m.update_batch(hashes)
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def bands(sig: bytes) -> list[tuple[int, int]]:
    """(band, bucket) pairs of a signature; buckets are signed 63-bit integers."""
    width = len(sig) // BANDS
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * width : (b + 1) * width], digest_size=8).digest()
        out.append((b, int.from_bytes(digest, "little", signed=True) >> 1))
    return out


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    x = np.frombuffer(a, dtype="<u4")
    y = np.frombuffer(b, dtype="<u4")
    if len(x) != len(y) or not len(x):
        return 0.0
    return float(np.count_nonzero(x == y)) / len(x)


def best_match(sig: bytes, candidates: dict[int, bytes]) -> tuple[float, int] | None:
    """The most similar candidate at or above ``THRESHOLD`` as (similarity, key), the
    smallest key among equals; None when none is similar enough. One vectorised comparison
    for all candidates."""
    if not candidates:
        return None
    keys = sorted(candidates)
    mine = np.frombuffer(sig, dtype="<u4")
    stack = np.frombuffer(b"".join(candidates[k] for k in keys), dtype="<u4")
    if len(mine) == 0 or len(stack) != len(mine) * len(keys):
        return None
    sims = (stack.reshape(len(keys), len(mine)) == mine).mean(axis=1)
    i = int(np.argmax(sims))  # first, so the smallest key, among equal maxima
    return (float(sims[i]), keys[i]) if sims[i] >= THRESHOLD else None
