#!/usr/bin/env python3
"""Draws the Frontiers Lab icon and writes it as PNG, ICO (Windows) and ICNS (macOS), with no library beyond Python's.

The picture: a loss valley f(x) = x² drawn as a white parabola on a blue rounded square, and gradient descent with a
step size just past the edge of stability bouncing across it (orange), its iterates as dots. Every size is drawn from
these shapes, not scaled from a bitmap, with the edges anti-aliased from their signed distance.
Usage: python3 installer/icon/make-icons.py   (writes frontiers-lab.png, .ico, .icns beside this script)
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BLUE_TOP, BLUE_BOTTOM = (0x1F, 0x4E, 0x8C), (0x0B, 0x2A, 0x55)
WHITE, ORANGE = (0xFF, 0xFF, 0xFF), (0xE6, 0x9F, 0x00)


def parabola():
    """The valley y = x², in a unit square with y pointing down: x ∈ [-1, 1] maps to [0.16, 0.84]."""
    return [to_square(-1 + 2 * i / 40) for i in range(41)]


def to_square(x):
    return 0.5 + 0.34 * x, 0.80 - 0.56 * x * x


def iterates():
    """GD on x² with η = 1.2 (η·λ = 2.4, past 2): x ← (1 − 2η) x flips sides and climbs the walls."""
    x, out = 0.16, []
    for _ in range(6):
        out.append(to_square(x))
        x = (1 - 2 * 1.2) * x
    return out


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def polyline_dist(px, py, pts):
    return min(seg_dist(px, py, *pts[i], *pts[i + 1]) for i in range(len(pts) - 1))


def rounded_square_dist(px, py, margin, radius):
    """Signed distance to a square of side 1 − 2·margin with rounded corners (negative inside)."""
    h = 0.5 - margin - radius
    qx, qy = abs(px - 0.5) - h, abs(py - 0.5) - h
    outside = math.hypot(max(qx, 0), max(qy, 0))
    return outside + min(max(qx, qy), 0) - radius


def over(dst, src, alpha):
    """src over dst (premultiplied-free RGBA floats)."""
    r, g, b, a = dst
    out_a = alpha + a * (1 - alpha)
    if out_a == 0:
        return (0, 0, 0, 0)
    mix = lambda s, d: (s * alpha + d * a * (1 - alpha)) / out_a
    return (mix(src[0], r), mix(src[1], g), mix(src[2], b), out_a)


def render(size):
    valley, path = parabola(), iterates()
    px_w = 1.0 / size
    line = max(0.03, 1.6 * px_w)
    dot = max(0.028, 2.0 * px_w)
    rows = []
    for j in range(size):
        row = bytearray()
        y = (j + 0.5) / size
        for i in range(size):
            x = (i + 0.5) / size
            c = (0, 0, 0, 0)
            d = rounded_square_dist(x, y, 0.04, 0.18)
            cover = max(0.0, min(1.0, 0.5 - d / px_w))
            if cover > 0:
                t = y
                bg = tuple(BLUE_TOP[k] * (1 - t) + BLUE_BOTTOM[k] * t for k in range(3))
                c = over(c, bg, cover)
                c = over(c, WHITE, max(0.0, min(1.0, 0.5 - (polyline_dist(x, y, valley) - line / 2) / px_w)))
                c = over(c, ORANGE, max(0.0, min(1.0, 0.5 - (polyline_dist(x, y, path) - line * 0.42) / px_w)))
                nearest = min(math.hypot(x - a, y - b) for a, b in path)
                c = over(c, ORANGE, max(0.0, min(1.0, 0.5 - (nearest - dot) / px_w)))
                c = (c[0], c[1], c[2], c[3] * cover if c[3] > cover else c[3])
            row += bytes((round(c[0]), round(c[1]), round(c[2]), round(255 * c[3])))
        rows.append(bytes(row))
    return rows


def png(size):
    rows = render(size)
    raw = b"".join(b"\x00" + r for r in rows)
    chunk = lambda tag, data: struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(images):
    """An ICO holding PNG images (read by Windows Vista and later, WiX and jpackage)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, blob in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    return head + entries + data


def icns(images):
    """An ICNS holding PNG images under the types macOS reads for each size."""
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(types[s] + struct.pack(">I", 8 + len(b)) + b for s, b in images if s in types)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    images = {s: png(s) for s in (16, 32, 48, 64, 128, 256, 512)}
    with open(os.path.join(HERE, "frontiers-lab.png"), "wb") as f:
        f.write(images[256])
    with open(os.path.join(HERE, "frontiers-lab.ico"), "wb") as f:
        f.write(ico([(s, images[s]) for s in (16, 32, 48, 256)]))
    with open(os.path.join(HERE, "frontiers-lab.icns"), "wb") as f:
        f.write(icns([(s, images[s]) for s in (16, 32, 64, 128, 256, 512)]))


if __name__ == "__main__":
    main()
