"""A minimal RFB (VNC) client: the handshake, one full framebuffer update in raw encoding.

Enough to prove a VNC server really serves pixels (RFC 6143: version 3.8 or 3.3, security "None",
ClientInit, ServerInit, SetEncodings raw, FramebufferUpdateRequest, FramebufferUpdate).
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    width: int
    height: int
    name: str
    bytes_per_pixel: int
    red_shift: int
    green_shift: int
    blue_shift: int
    pixels: bytes

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        offset = (y * self.width + x) * self.bytes_per_pixel
        value = int.from_bytes(self.pixels[offset : offset + self.bytes_per_pixel], "little")
        return (
            (value >> self.red_shift) & 0xFF,
            (value >> self.green_shift) & 0xFF,
            (value >> self.blue_shift) & 0xFF,
        )


def _exact(sock: socket.socket, count: int) -> bytes:
    data = bytearray()
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise ConnectionError("the VNC server closed the connection")
        data += chunk
    return bytes(data)


def grab(host: str, port: int, timeout: float = 30.0) -> Frame:
    """Connect, take one full framebuffer update, disconnect."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        version = _exact(sock, 12)
        if not version.startswith(b"RFB "):
            raise ConnectionError(f"not an RFB server: {version!r}")
        if version >= b"RFB 003.008\n":
            sock.sendall(b"RFB 003.008\n")
            (count,) = struct.unpack("!B", _exact(sock, 1))
            types = _exact(sock, count)
            if 1 not in types:
                raise ConnectionError(f"no 'None' security type offered: {list(types)}")
            sock.sendall(b"\x01")
            (result,) = struct.unpack("!I", _exact(sock, 4))
            if result != 0:
                raise ConnectionError("security handshake failed")
        else:  # 3.3 (Qt's VNC platform): the server names the security type, no result
            sock.sendall(b"RFB 003.003\n")
            (security,) = struct.unpack("!I", _exact(sock, 4))
            if security != 1:
                raise ConnectionError(f"security type {security} is not 'None'")
        sock.sendall(b"\x01")  # ClientInit: shared
        width, height = struct.unpack("!HH", _exact(sock, 4))
        _exact(sock, 16)  # the server's pixel format: replaced by ours below
        (name_length,) = struct.unpack("!I", _exact(sock, 4))
        name = _exact(sock, name_length).decode("utf-8", "replace")
        # SetPixelFormat: 32 bits, depth 24, little-endian true colour, 0x00RRGGBB (Qt's server
        # sends no pixel data until the client has set a format)
        red_shift, green_shift, blue_shift = 16, 8, 0
        sock.sendall(struct.pack("!B3xBBBBHHHBBB3x", 0, 32, 24, 0, 1, 255, 255, 255, 16, 8, 0))
        sock.sendall(struct.pack("!BxHi", 2, 1, 0))  # SetEncodings: raw only
        sock.sendall(struct.pack("!BBHHHH", 3, 0, 0, 0, width, height))
        size = 4
        frame = bytearray(width * height * size)
        covered = 0
        while covered < width * height:
            (kind,) = struct.unpack("!B", _exact(sock, 1))
            if kind == 2:  # Bell
                continue
            if kind == 3:  # ServerCutText
                _exact(sock, 3)
                (length,) = struct.unpack("!I", _exact(sock, 4))
                _exact(sock, length)
                continue
            if kind != 0:
                raise ConnectionError(f"unexpected server message {kind}")
            _pad, rects = struct.unpack("!BH", _exact(sock, 3))
            for _ in range(rects):
                x, y, w, h, encoding = struct.unpack("!HHHHi", _exact(sock, 12))
                if encoding != 0:
                    raise ConnectionError(f"unexpected encoding {encoding}")
                data = _exact(sock, w * h * size)
                for row in range(h):
                    start = ((y + row) * width + x) * size
                    frame[start : start + w * size] = data[row * w * size : (row + 1) * w * size]
                covered += w * h
        return Frame(width, height, name, size, red_shift, green_shift, blue_shift, bytes(frame))
