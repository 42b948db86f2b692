"""Packs the rendered PNGs into Windows .ico and macOS .icns containers.

Both formats may hold PNG data directly (ICO since Vista, ICNS since 10.7), so no image
library is needed: only the container headers are written here.
"""
import struct
from pathlib import Path

HERE = Path(__file__).parent


def png(size):
    return (HERE / f"dossier-{size}.png").read_bytes()


def write_ico():
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (HERE / "dossier.ico").write_bytes(header + entries + b"".join(images))


def write_icns():
    # OSType codes for PNG-backed icons of each pixel size.
    types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
             (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]
    body = b""
    for code, size in types:
        data = png(size)
        body += code + struct.pack(">I", len(data) + 8) + data
    (HERE / "dossier.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    write_ico()
    write_icns()
