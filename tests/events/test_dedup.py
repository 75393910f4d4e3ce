"""Content hashes and MinHash signatures of wire-style texts written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch.events.dedup import (
    BANDS,
    THRESHOLD,
    bands,
    best_match,
    content_hash,
    signature,
    similarity,
)

STORY = (
    "Russia launched 88 drones and two ballistic missiles at Ukraine overnight, the air force "
    "said on Thursday, adding that 55 drones were shot down and 30 more were lost from radar. "
    "Debris fell on a warehouse in the Kharkiv region and a fire broke out, the regional "
    "governor said, adding that two people were injured and taken to hospital."
)
EDITED = STORY.replace("the air force said on Thursday", "Ukraine's air force said Thursday")
OTHER = (
    "Ukraine's drones struck an oil depot in Russia's Bryansk region overnight, the regional "
    "governor said, while Moscow's defence ministry said 41 drones were destroyed over seven "
    "regions. Flights at two Moscow airports were briefly suspended."
)


def test_content_hash_ignores_whitespace_only() -> None:
    assert content_hash(STORY) == content_hash("  " + STORY.replace(" ", "\n  ") + "\n")
    assert content_hash(STORY) != content_hash(EDITED)


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000z")))
def test_content_hash_collapses_exactly_what_regex_whitespace_matches(text: str) -> None:
    """Stored hashes were first defined with ``re.sub(r"\\s+", " ", text).strip()``; the
    faster split/join must give the same hash for every text, or old stores lose dedup."""
    import hashlib
    import re

    old = hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode()).hexdigest()
    assert content_hash(text) == old


def _first_signature(text: str) -> bytes:
    """The signature as first defined (\\w+ words of the lower-cased text, CRC-32 of each
    three joined by spaces): stored signatures were made so, and must keep matching."""
    import re
    import zlib

    import numpy as np
    from datasketch import MinHash

    from strikewatch.events.dedup import NUM_PERM, proto

    words = re.findall(r"\w+", text.lower())
    if len(words) < 3:
        words = [*words, "", ""][:3]
    triples = zip(words, words[1:], words[2:], strict=False)
    hashes = list({zlib.crc32(f"{a} {b} {c}".encode()) for a, b, c in triples})
    m = MinHash(
        num_perm=NUM_PERM,
        hashfunc=lambda v: v,
        permutations=proto().permutations,
        scheme=proto().scheme,
    )
    m.update_batch(hashes)
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


_WORDY = st.text(alphabet=st.sampled_from("ab Z9_-,.'\n\tKé"), max_size=200)


@settings(deadline=None)  # the first example imports datasketch
@given(st.one_of(_WORDY, st.text(max_size=200)))
def test_signature_is_the_one_first_defined(text: str) -> None:
    """The byte-table word split (ASCII texts) and the regex one give the same signature;
    the Kelvin sign lower-cases to an ASCII "k"."""
    assert signature(text) == _first_signature(text)


def test_signature_of_the_story_is_the_one_first_defined() -> None:
    assert signature(STORY) == _first_signature(STORY)
    assert signature(STORY.replace("Kharkiv", "Khärkiv")) == _first_signature(
        STORY.replace("Kharkiv", "Khärkiv")
    )


def test_an_edited_copy_is_similar_and_another_story_is_not() -> None:
    assert similarity(signature(STORY), signature(EDITED)) >= THRESHOLD
    assert similarity(signature(STORY), signature(OTHER)) < 0.3
    assert similarity(signature(STORY), signature(STORY)) == 1.0


def test_copies_share_a_band_bucket() -> None:
    assert set(bands(signature(STORY))) & set(bands(signature(EDITED)))
    assert len(bands(signature(STORY))) == BANDS


def test_signatures_are_stable_across_calls() -> None:
    assert signature(STORY) == signature(STORY)
    assert similarity(b"", b"") == 0.0


@settings(deadline=None)  # may be the first to import datasketch
@given(st.text(max_size=300))
def test_any_text_has_a_signature(text: str) -> None:
    sig = signature(text)
    assert len(sig) == 64 * 4
    assert all(-(2**63) <= bucket < 2**63 for _, bucket in bands(sig))


def test_best_match_picks_the_most_similar_candidate_above_the_threshold() -> None:
    story, edited, other = signature(STORY), signature(EDITED), signature(OTHER)
    assert best_match(story, {}) is None
    assert best_match(story, {7: other}) is None
    found = best_match(story, {7: other, 3: edited, 9: story})
    assert found == (1.0, 9)
    assert best_match(story, {5: story, 2: story}) == (1.0, 2)  # the smallest key among equals
    sim, key = best_match(edited, {4: story, 8: other}) or (0.0, 0)
    assert key == 4 and sim == similarity(edited, story) >= THRESHOLD
