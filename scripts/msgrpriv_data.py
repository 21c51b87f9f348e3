"""The data the headers are generated from, read and checked: every type,
constant, value and meaning of data/msgrpriv.toml, as objects the writer
(scripts/generate_header.py) turns into C. A value breaking a rule of
docs/adding.rst raises DataError, naming the enumeration and the rule.

SPDX-License-Identifier: MIT
"""

import re
import tomllib

NAME_LIMIT = 64  # msgrpriv.h's name finder reads at most this many bytes


class DataError(Exception):
    pass


class Constant:
    def __init__(self, entry, position, where):
        unknown = set(entry) - {"name", "value", "meaning"}
        if unknown or "name" not in entry or "meaning" not in entry:
            raise DataError(f"{where}: a constant has name, meaning and, optionally, value: {entry}")
        self.name = entry["name"]
        self.meaning = entry["meaning"]
        self.literal = entry.get("value")  # as the source writes it; None: the position
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", self.name) or len(self.name) >= NAME_LIMIT:
            raise DataError(f"{where}: {self.name!r} is not an upper-case C name of under {NAME_LIMIT} bytes")
        if self.literal is None:
            self.value = position
        elif re.fullmatch(r"0[xX][0-9a-fA-F]+|0|[1-9][0-9]*", self.literal):
            self.value = int(self.literal, 0)
        else:
            raise DataError(f"{where}: {self.name}: value {self.literal!r} is not a decimal or 0x literal")
        if not 0 <= self.value <= 0xFFFFFFFF:
            raise DataError(f"{where}: {self.name}: {self.value} is not a 32-bit value")
        if not self.meaning or self.meaning != " ".join(self.meaning.split()) or "*/" in self.meaning:
            raise DataError(f"{where}: {self.name}: the meaning is empty or not one line of text")

    @property
    def hresult_style(self):
        """An HRESULT-style code: over INT_MAX, so declared as the signed 32-bit HRESULT."""
        return self.value > 0x7FFFFFFF

    @property
    def c_value(self):
        """The value as the enumerator is written: the source's literal, cast to int for an
        HRESULT-style code (as the Windows SDK writes an HRESULT)."""
        literal = self.literal if self.literal is not None else str(self.value)
        return f"(int){literal}" if self.hresult_style else literal

    @property
    def signed(self):
        return self.value - (1 << 32) if self.hresult_style else self.value


class Enumeration:
    FIELDS = {"type", "prefix", "page", "summary", "banner", "note", "requirements", "see_also", "constants"}

    def __init__(self, entry, index):
        where = f"enumeration {index + 1} ({entry.get('type', '?')})"
        missing = self.FIELDS - {"note"} - set(entry)
        if missing or set(entry) - self.FIELDS:
            raise DataError(f"{where}: needs {sorted(self.FIELDS - {'note'})}, and may have note; "
                            f"missing {sorted(missing)}, unknown {sorted(set(entry) - self.FIELDS)}")
        self.type = entry["type"]
        self.prefix = entry["prefix"]
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", self.type) or not re.fullmatch(r"[A-Z][A-Za-z0-9]*",
                                                                                        self.prefix):
            raise DataError(f"{where}: type must be a C name and prefix a CamelCase word")
        self.page = entry["page"]
        self.summary = entry["summary"]
        self.banner = entry["banner"]
        self.note = entry.get("note")
        self.requirements = [tuple(row) for row in entry["requirements"]]
        self.see_also = [tuple(row) for row in entry["see_also"]]
        if any(len(row) != 2 for row in self.requirements + self.see_also):
            raise DataError(f"{where}: requirements and see_also are lists of [name, value] pairs")
        self.constants = [Constant(c, i, where) for i, c in enumerate(entry["constants"])]
        if not self.constants:
            raise DataError(f"{where}: no constants")
        implicit = [c.literal is None for c in self.constants]
        if any(implicit) and not all(implicit):
            raise DataError(f"{where}: give every value or none")
        values = [c.signed for c in self.constants]
        if values != sorted(set(values)):
            raise DataError(f"{where}: the values must ascend (the look-ups search them in order)")

    @property
    def list_macro(self):
        snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", self.type).upper()
        return f"MSGRPRIV_{snake}_LIST"

    def table(self, part):
        return f"msgrpriv_{part}_{self.prefix}_"


def load(path):
    with open(path, "rb") as stream:
        data = tomllib.load(stream)
    if set(data) != {"enumeration"}:
        raise DataError(f"{path}: expected only [[enumeration]] tables")
    enumerations = [Enumeration(entry, i) for i, entry in enumerate(data["enumeration"])]
    names = [c.name for e in enumerations for c in e.constants] + [e.type for e in enumerations]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice or len({e.prefix for e in enumerations}) != len(enumerations):
        raise DataError(f"{path}: names and prefixes must be unique: {twice}")
    return enumerations
