"""Just enough TOML writing for data/enumerations.toml (Python reads TOML, tomllib, but does
not write it): strings, integers, booleans, lists, inline tables, and arrays of tables.
What it writes, tomllib reads back as the same values (scripts/import_pages.py checks it).

SPDX-License-Identifier: MIT
"""

import re

BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def key(name):
    return name if BARE_KEY.fullmatch(name) else string(name)


def string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group(0)):04x}", escaped) + '"'


def value(item):
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        return str(item)
    if isinstance(item, Hex):
        return f"0x{item.number:08X}"
    if isinstance(item, str):
        return string(item)
    if isinstance(item, (list, tuple)):
        return "[" + ", ".join(value(v) for v in item) + "]"
    if isinstance(item, dict):
        return "{ " + ", ".join(f"{key(k)} = {value(v)}" for k, v in item.items()) + " }" if item else "{}"
    raise TypeError(f"no TOML for {item!r}")


class Hex:
    """An integer written in hexadecimal (TOML reads it as the integer)."""

    def __init__(self, number):
        self.number = number


def table_body(fields, long_lists=()):
    """key = value lines; a key of long_lists has one item per line."""
    lines = []
    for name, item in fields.items():
        if item is None:
            continue
        if name in long_lists and item:
            lines.append(f"{key(name)} = [")
            lines += [f"  {value(v)}," for v in item]
            lines.append("]")
        else:
            lines.append(f"{key(name)} = {value(item)}")
    return lines
