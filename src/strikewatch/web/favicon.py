"""The site's icon, drawn here (a red dot on the header's dark blue) as a 32 px PNG inside
an ICO file, so ``/favicon.ico`` is no 404 and nothing binary is committed."""

from __future__ import annotations

import functools
import struct
import zlib

SIZE = 32
BACKGROUND = (17, 24, 39, 255)
DOT = (240, 68, 56, 255)


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png() -> bytes:
    """The icon as a PNG (RGBA, 32 x 32)."""
    rows = []
    centre, radius = (SIZE - 1) / 2, SIZE * 0.3
    for y in range(SIZE):
        row = bytearray(b"\x00")  # filter: none
        for x in range(SIZE):
            inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius**2
            row += bytes(DOT if inside else BACKGROUND)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


@functools.cache
def ico() -> bytes:
    """The icon as an ICO file holding the PNG."""
    image = png()
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(image), 6 + 16)
    return header + entry + image
