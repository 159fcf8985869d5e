"""Small files that claim huge pictures, written without ever holding the picture in memory:
for the upload tests (tests/security/) and `manage.py bench_images`."""

import struct
import zlib


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb(width, height):
    """A valid black-and-white PNG of width × height pixels: a few hundred KB for 10,000 × 10,000."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)  # filter byte, then 1 bit a pixel
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")
