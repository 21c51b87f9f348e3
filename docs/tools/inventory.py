"""Reads and writes a Sphinx inventory (objects.inv, format version 2)
directly: its format is stable and documented, while Sphinx's reader changes
shape between versions (8.2 deprecates the tuple entries). Standard library
only.

An entry is (name, role, priority, uri, display name), the role being
"domain:type" and the uri the full one (Sphinx's trailing "$" expanded).
"""

import re
import zlib

_LINE = re.compile(r"(.+?)\s+(\S+:\S+)\s+(-?\d+)\s+(\S*)\s+(.*)")


def read(path):
    """(header lines, entries) of the inventory at path."""
    with open(path, "rb") as stream:
        data = stream.read()
    end = 0
    for _ in range(4):  # four header lines, then the zlib stream
        end = data.index(b"\n", end) + 1
    header = data[:end].decode("utf-8").splitlines()
    entries = []
    for line in zlib.decompress(data[end:]).decode("utf-8").splitlines():
        match = _LINE.fullmatch(line)
        if match is None:
            raise ValueError(f"{path}: not an inventory line: {line!r}")
        name, role, priority, uri, shown = match.groups()
        if uri.endswith("$"):  # Sphinx's short form: the anchor ends with the name
            uri = uri[:-1] + name
        entries.append((name, role, int(priority), uri, shown))
    return header, entries


def write(path, header, entries):
    """Writes the inventory, each uri in its full form."""
    lines = [f"{name} {role} {priority} {uri} {shown}" for name, role, priority, uri, shown in entries]
    body = zlib.compress(("\n".join(lines) + "\n").encode("utf-8"), 9)
    with open(path, "wb") as stream:
        stream.write(("\n".join(header) + "\n").encode("utf-8") + body)


def uris(path):
    """{(role, name): uri} of the inventory at path."""
    return {(role, name): uri for name, role, _, uri, _ in read(path)[1]}
