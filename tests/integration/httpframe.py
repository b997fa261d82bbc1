"""Just enough HTTP/1.1 to frame requests and responses on a byte stream.

Used by the fault proxy: it needs to know where one request (or response) ends so that
it can forward, repeat, hold back or cut it, and keep a keep-alive connection going.
Bodies are framed by ``Content-Length`` or ``Transfer-Encoding: chunked``; a response with
neither runs until the connection closes. Everything is kept as raw bytes, so what is
forwarded is exactly what was received.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

MAX_HEAD = 64 * 1024
MAX_BODY = 64 * 1024 * 1024
RECV = 65536


class FrameError(Exception):
    """The peer sent something that is not HTTP/1.x, or closed in the middle of it."""


class PeerClosed(FrameError):
    """The peer closed the connection cleanly between two messages."""


class Reader:
    """A buffered reader over a socket whose own timeout bounds every wait."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def _fill(self) -> bool:
        chunk = self.sock.recv(RECV)
        if not chunk:
            return False
        self.buffer += chunk
        return True

    def read_until(self, marker: bytes, limit: int) -> bytes:
        start = 0
        while True:
            index = self.buffer.find(marker, start)
            if index >= 0:
                end = index + len(marker)
                data = bytes(self.buffer[:end])
                del self.buffer[:end]
                return data
            if len(self.buffer) > limit:
                raise FrameError(f"no {marker!r} within {limit} bytes")
            start = max(0, len(self.buffer) - len(marker) + 1)
            if not self._fill():
                if self.buffer:
                    raise FrameError("connection closed inside a message")
                raise PeerClosed("connection closed")

    def read_exact(self, size: int) -> bytes:
        while len(self.buffer) < size:
            if not self._fill():
                raise FrameError(f"connection closed {size - len(self.buffer)} bytes short")
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def read_to_close(self, limit: int = MAX_BODY) -> bytes:
        while self._fill():
            if len(self.buffer) > limit:
                raise FrameError("body too large")
        data = bytes(self.buffer)
        self.buffer.clear()
        return data


@dataclass
class Message:
    """One request or response: the start line, headers and the raw bytes of it all."""

    start_line: str
    headers: list[tuple[str, str]]
    head: bytes
    body_raw: bytes = b""
    body: bytes = b""  # de-chunked
    ends_connection: bool = False  # framed by the close of the connection
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def raw(self) -> bytes:
        return self.head + self.body_raw

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    @property
    def keep_alive(self) -> bool:
        connection = (self.header("Connection") or "").lower()
        if "close" in connection:
            return False
        if self.start_line.endswith("HTTP/1.0") or self.start_line.startswith("HTTP/1.0"):
            return "keep-alive" in connection
        return not self.ends_connection

    # requests
    @property
    def method(self) -> str:
        return self.start_line.split(" ", 1)[0]

    @property
    def target(self) -> str:
        parts = self.start_line.split(" ")
        return parts[1] if len(parts) > 1 else ""

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    # responses
    @property
    def status(self) -> int:
        parts = self.start_line.split(" ")
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _read_head(reader: Reader) -> tuple[str, list[tuple[str, str]], bytes]:
    head = reader.read_until(b"\r\n\r\n", MAX_HEAD)
    lines = head[:-4].decode("latin-1").split("\r\n")
    start_line = lines[0]
    if not start_line:
        raise FrameError("empty start line")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            raise FrameError(f"bad header line {line!r}")
        headers.append((name.strip(), value.strip()))
    return start_line, headers, head


def _read_chunked(reader: Reader) -> tuple[bytes, bytes]:
    raw = bytearray()
    body = bytearray()
    while True:
        size_line = reader.read_until(b"\r\n", 1024)
        raw += size_line
        size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            while True:  # trailers, up to the empty line
                line = reader.read_until(b"\r\n", MAX_HEAD)
                raw += line
                if line == b"\r\n":
                    return bytes(raw), bytes(body)
        if len(body) + size > MAX_BODY:
            raise FrameError("chunked body too large")
        chunk = reader.read_exact(size + 2)
        raw += chunk
        body += chunk[:-2]


def _read_body(msg: Message, reader: Reader, *, until_close: bool) -> None:
    encoding = (msg.header("Transfer-Encoding") or "").lower()
    length = msg.header("Content-Length")
    if "chunked" in encoding:
        msg.body_raw, msg.body = _read_chunked(reader)
    elif length is not None:
        size = int(length)
        if size < 0 or size > MAX_BODY:
            raise FrameError(f"bad Content-Length {length}")
        msg.body_raw = msg.body = reader.read_exact(size)
    elif until_close:
        msg.body_raw = msg.body = reader.read_to_close()
        msg.ends_connection = True


def read_request(reader: Reader) -> Message:
    start_line, headers, head = _read_head(reader)
    msg = Message(start_line, headers, head)
    _read_body(msg, reader, until_close=False)
    return msg


def read_response(reader: Reader, request_method: str) -> Message:
    """The next final response (1xx interim answers are folded into its head)."""
    interim = b""
    while True:
        start_line, headers, head = _read_head(reader)
        msg = Message(start_line, headers, interim + head)
        if 100 <= msg.status < 200 and msg.status != 101:
            interim += head
            continue
        break
    if request_method.upper() == "HEAD" or msg.status in (204, 304):
        return msg
    _read_body(msg, reader, until_close=True)
    return msg


def simple_response(status: int, reason: str, body: bytes, content_type: str) -> bytes:
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: close\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body
