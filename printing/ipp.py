"""The few IPP questions a desk asks CUPS about a job and its printer (RFC 8010/8011), over CUPS's own socket.

`lpstat` cannot tell a job cancelled while waiting from one that printed; IPP's job-state can. Only reading
operations (Get-Job-Attributes, Get-Printer-Attributes), which CUPS answers without authentication.
"""

from __future__ import annotations

import http.client
import os
import socket
import struct
from pathlib import Path
from typing import Any

GET_JOB_ATTRIBUTES, GET_PRINTER_ATTRIBUTES = 0x0009, 0x000B
_INTEGERS = {0x21, 0x23}  # integer, enum
_SOCKETS = ("/run/cups/cups.sock", "/var/run/cups/cups.sock", "/private/var/run/cupsd")
TIMEOUT_S = 5.0


class IppError(Exception):
    pass


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str) -> None:
        super().__init__("localhost", timeout=TIMEOUT_S)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(TIMEOUT_S)
        sock.connect(self._path)
        self.sock = sock


def _server() -> str:
    """CUPS_SERVER, else client.conf's ServerName, else the local socket, else localhost:631."""
    wanted = os.environ.get("CUPS_SERVER", "")
    for conf in (Path.home() / ".cups" / "client.conf", Path("/etc/cups/client.conf")):
        if wanted:
            break
        if conf.is_file():
            for line in conf.read_text(errors="replace").splitlines():
                key, _, value = line.strip().partition(" ")
                if key == "ServerName" and value.strip():
                    wanted = value.strip()
                    break
    if not wanted:
        wanted = next((path for path in _SOCKETS if os.path.exists(path)), "localhost:631")
    return wanted


def _connection() -> http.client.HTTPConnection:
    server = _server()
    if server.startswith("/"):
        return _UnixConnection(server)
    host, _, port = server.partition(":")
    return http.client.HTTPConnection(host, int(port or 631), timeout=TIMEOUT_S)


def _attribute(tag: int, name: str, value: bytes) -> bytes:
    raw = name.encode()
    return struct.pack(">BH", tag, len(raw)) + raw + struct.pack(">H", len(value)) + value


def _request(operation: int, resource: str, attributes: list[tuple[int, str, bytes]], wanted: list[str]) -> dict[str, Any]:
    body = struct.pack(">BBHI", 2, 0, operation, 1) + b"\x01"
    body += _attribute(0x47, "attributes-charset", b"utf-8") + _attribute(0x48, "attributes-natural-language", b"en")
    for tag, name, value in attributes:
        body += _attribute(tag, name, value)
    for index, name in enumerate(wanted):
        body += _attribute(0x44, "requested-attributes" if index == 0 else "", name.encode())
    body += b"\x03"
    connection = _connection()
    try:
        connection.request("POST", resource, body, {"Content-Type": "application/ipp"})
        response = connection.getresponse()
        data = response.read()
    except OSError as error:
        raise IppError(str(error)) from error
    finally:
        connection.close()
    if response.status != 200 or len(data) < 8:
        raise IppError(f"HTTP {response.status}")
    status = struct.unpack(">H", data[2:4])[0]
    if status >= 0x0400:
        raise IppError(f"IPP status 0x{status:04x}")
    return _parse(data[8:])


def _parse(data: bytes) -> dict[str, Any]:
    """Attributes by name; a name with several values gets a list."""
    found: dict[str, Any] = {}
    index, name = 0, ""
    while index < len(data):
        tag = data[index]
        index += 1
        if tag == 0x03:
            break
        if tag < 0x10:
            continue
        (length,) = struct.unpack(">H", data[index:index + 2])
        key = data[index + 2:index + 2 + length].decode("utf-8", "replace")
        index += 2 + length
        (length,) = struct.unpack(">H", data[index:index + 2])
        raw = data[index + 2:index + 2 + length]
        index += 2 + length
        value: Any = struct.unpack(">i", raw)[0] if tag in _INTEGERS and length == 4 else \
            bool(raw[0]) if tag == 0x22 and length == 1 else raw.decode("utf-8", "replace")
        if key:
            name = key
            found[name] = value
        elif name:  # an additional value of the previous attribute
            previous = found[name]
            found[name] = (previous if isinstance(previous, list) else [previous]) + [value]
    return found


def job_attributes(job_number: int) -> dict[str, Any]:
    """job-state (3 pending … 9 completed), job-state-reasons, job-printer-state-message."""
    return _request(GET_JOB_ATTRIBUTES, "/jobs/", [(0x45, "job-uri", f"ipp://localhost/jobs/{job_number}".encode())],
                    ["job-state", "job-state-reasons", "job-printer-state-message", "job-state-message"])


def printer_attributes(name: str) -> dict[str, Any]:
    """printer-state (3 idle, 4 processing, 5 stopped), printer-state-message, printer-is-accepting-jobs."""
    return _request(GET_PRINTER_ATTRIBUTES, f"/printers/{name}",
                    [(0x45, "printer-uri", f"ipp://localhost/printers/{name}".encode())],
                    ["printer-state", "printer-state-message", "printer-state-reasons", "printer-is-accepting-jobs"])
