"""The data the headers are generated from, read and checked: data/enumerations.toml (written by
scripts/import_pages.py from Microsoft's pages and data/decisions.toml) as objects the writer
(scripts/generate_header.py) turns into C. Data breaking a rule raises DataError, naming the
enumeration and the rule.

    load(path)                      every Enumeration, in the data's order
    load(path, header="msgrpriv.h") the enumerations that header declares or provides
    load(path, ascending=True)      ...and refuse one whose values do not ascend (a writer that
                                    searches them in order asks for it)
    from_data(data, where)          the same checks on data already read (the importer's)

An Enumeration has: type, header, also_in, prefix, flags, page, summary (Markdown), summary_text,
banner (Markdown; the header's default where the type has none), note, page_note, remarks,
requirements and see_also ([(name, value)]; the header's where the type has none), constants,
other_pages ([{page, header, summary, banner, requirements, see_also, page_note, remarks}], the
header's defaults filled in); list_macro and table(part) name its C parts.
A Constant has: name, literal (the value as the page writes it, or None), value (the number it
stands for), meaning (plain text: the C helpers return it), meaning_markdown, c_value,
hresult_style, signed, hex, pages (the pages that list it; None: all the type's), other_wording,
other_values, page_name, page_value and page_number (as the page gives them, where a decision renames or
corrects), decision (its reason).

SPDX-License-Identifier: MIT
"""

import re
import tomllib

from page_reader import plain

NAME_LIMIT = 64  # msgrpriv.h's name finder reads at most this many bytes
NUMBER = re.compile(r"-?(?:0[xX][0-9a-fA-F]+|0|[1-9][0-9]*)")
MACRO = re.compile(r"([A-Z][A-Z0-9_]*)\((0[xX][0-9a-fA-F]+)\)")


class DataError(Exception):
    pass


def _fields(entry, where, required, optional=()):
    missing, unknown = set(required) - set(entry), set(entry) - set(required) - set(optional)
    if missing or unknown:
        raise DataError(f"{where}: needs {sorted(required)}, may have {sorted(optional)}; "
                        f"missing {sorted(missing)}, unknown {sorted(unknown)}")


def _one_line(text, where, what):
    if not isinstance(text, str) or not text or text != " ".join(text.split()) or "*/" in text:
        raise DataError(f"{where}: {what} is empty or not one line of text")


class Constant:
    OPTIONAL = ("value", "page_name", "page_value", "pages", "other_wording", "other_values", "decision")

    def __init__(self, entry, previous, values, where):
        if not isinstance(entry, dict) or "name" not in entry or "meaning" not in entry or set(entry) - {
                "name", "meaning", *self.OPTIONAL}:
            raise DataError(f"{where}: a constant has name, meaning and, optionally, "
                            f"{', '.join(self.OPTIONAL)}: {entry}")
        self.name = entry["name"]
        self.meaning_markdown = entry["meaning"]
        self.literal = entry.get("value")  # as the source writes it; None: C's rule
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", self.name) or len(self.name) >= NAME_LIMIT:
            raise DataError(f"{where}: {self.name!r} is not an upper-case C name of under {NAME_LIMIT} bytes")
        self.value = evaluate(self.literal, previous, values, f"{where}: {self.name}")
        if not -0x80000000 <= self.value <= 0xFFFFFFFF:
            raise DataError(f"{where}: {self.name}: {self.value} is not a 32-bit value")
        _one_line(self.meaning_markdown, f"{where}: {self.name}", "the meaning")
        self.meaning = plain(self.meaning_markdown)
        self.page_name = entry.get("page_name", self.name)
        self.page_value = entry.get("page_value", self.literal)
        self.page_number = self.value if "page_value" not in entry else evaluate(
            self.page_value, None, values, f"{where}: {self.name}'s page_value")
        self.pages = entry.get("pages")  # None: every page of the type
        self.other_wording = entry.get("other_wording", [])
        self.other_values = entry.get("other_values", [])
        self.decision = entry.get("decision")

    @property
    def hresult_style(self):
        """An HRESULT-style code: over INT_MAX, so declared as the signed 32-bit HRESULT."""
        return self.value > 0x7FFFFFFF

    @property
    def hex(self):
        return f"0x{self.value & 0xFFFFFFFF:08X}"

    @property
    def c_value(self):
        """The value as the enumerator is written: the source's number, cast to int for an
        HRESULT-style code (as the Windows SDK writes an HRESULT). A value the page writes with a
        name (MSGR_E(0x0001), E_FAIL) is written as its number."""
        if self.literal is None:
            literal = str(self.value)
        elif NUMBER.fullmatch(self.literal):
            literal = self.literal
        else:
            literal = self.hex if self.value >= 0 else str(self.value)
        return f"(int){literal}" if self.hresult_style else literal

    @property
    def signed(self):
        return self.value - (1 << 32) if self.hresult_style else self.value


def evaluate(literal, previous, values, where):
    """The number of a value as the page writes it; None: the previous + 1, the first 0."""
    if literal is None:
        return 0 if previous is None else previous + 1
    if not isinstance(literal, str):
        raise DataError(f"{where}: value {literal!r} is not a string as the page writes it")
    if NUMBER.fullmatch(literal):
        return int(literal, 0)
    macro = MACRO.fullmatch(literal)
    if macro and "base" in values.get(macro.group(1), {}):
        return values[macro.group(1)]["base"] + int(macro.group(2), 16)
    if "value" in values.get(literal, {}):
        return values[literal]["value"]
    raise DataError(f"{where}: value {literal!r} is not a decimal or 0x literal, nor NAME(0x...) or NAME of "
                    "[values]")


class Enumeration:
    REQUIRED = ("type", "header", "prefix", "page", "summary", "constants")
    OPTIONAL = ("also_in", "flags", "banner", "requirements", "see_also", "note", "page_note", "remarks",
                "other_page")

    def __init__(self, entry, index, headers, values):
        self.where = where = f"enumeration {index + 1} ({entry.get('type', '?')})"
        _fields(entry, where, self.REQUIRED, self.OPTIONAL)
        self.type = entry["type"]
        self.prefix = entry["prefix"]
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", self.type) or not re.fullmatch(r"[A-Z][A-Za-z0-9]*",
                                                                                        self.prefix):
            raise DataError(f"{where}: type must be a C name and prefix a CamelCase word")
        self.header = entry["header"]
        self.also_in = entry.get("also_in", [])
        for header in [self.header, *self.also_in]:
            if header not in headers:
                raise DataError(f"{where}: header {header!r} is none of the [[header]] tables")
        default = headers[self.header]
        self.flags = entry.get("flags", False)
        if not isinstance(self.flags, bool):
            raise DataError(f"{where}: flags is true or false")
        self.page = entry["page"]
        self.summary = entry["summary"]
        _one_line(self.summary, where, "the summary")
        self.summary_text = plain(self.summary)
        escaped = self.type.replace("_", "\\_")
        self.banner = entry.get("banner", default["banner"].replace("{type}", escaped))
        _one_line(self.banner, where, "the banner")
        self.note = entry.get("note")
        self.page_note = entry.get("page_note")
        self.remarks = entry.get("remarks", [])
        self.requirements = [tuple(row) for row in entry.get("requirements", default["requirements"])]
        self.see_also = [tuple(row) for row in entry.get("see_also", default["see_also"])]
        if any(len(row) != 2 for row in self.requirements + self.see_also):
            raise DataError(f"{where}: requirements and see_also are lists of [name, value] pairs")
        self.other_pages = []
        for other in entry.get("other_page", []):
            _fields(other, f"{where}: other_page", ("page", "header", "summary"),
                    ("banner", "requirements", "see_also", "page_note", "remarks"))
            if other["header"] not in headers:
                raise DataError(f"{where}: other_page's header {other['header']!r} is none of the [[header]] tables")
            own = headers[other["header"]]
            self.other_pages.append(dict(other, banner=other.get("banner", own["banner"].replace("{type}", escaped)),
                                         requirements=[tuple(r) for r in other.get("requirements", own["requirements"])],
                                         see_also=[tuple(r) for r in other.get("see_also", own["see_also"])]))
        if not isinstance(entry["constants"], list) or not entry["constants"]:
            raise DataError(f"{where}: no constants")
        self.constants, previous = [], None
        for c in entry["constants"]:
            self.constants.append(Constant(c, previous, values, where))
            previous = self.constants[-1].value
        seen = {}
        for c in self.constants:
            if c.signed in seen:
                raise DataError(f"{where}: {seen[c.signed]} and {c.name} have one value: a type's values are "
                                "unique (a correction decides where a page repeats one)")
            seen[c.signed] = c.name

    @property
    def ascending(self):
        values = [c.signed for c in self.constants]
        return values == sorted(values)

    @property
    def list_macro(self):
        snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", self.type).upper()
        return f"MSGRPRIV_{snake}_LIST"

    def table(self, part):
        return f"msgrpriv_{part}_{self.prefix}_"


def from_data(data, where):
    """Every Enumeration of data read from a data file, checked."""
    unknown = set(data) - {"index", "header", "enumeration", "unsupported", "member", "finding", "unread",
                           "values"}
    if unknown or not {"header", "enumeration", "values"} <= set(data):
        raise DataError(f"{where}: expected [[header]], [[enumeration]] and [values] tables, and optionally "
                        f"[[index]], [[unsupported]], [[member]], [[finding]], [[unread]]; unknown {sorted(unknown)}")
    values = data["values"]
    for name, entry in values.items():
        if not isinstance(entry, dict) or not ({"base", "value"} & set(entry)):
            raise DataError(f"{where}: values.{name} has a base or a value")
    headers = {}
    for n, header in enumerate(data["header"]):
        _fields(header, f"header {n + 1}", ("name", "source", "index", "types", "reason", "banner",
                                            "requirements", "see_also"))
        headers[header["name"]] = header
    enumerations = [Enumeration(entry, i, headers, values) for i, entry in enumerate(data["enumeration"])]
    names = [c.name for e in enumerations for c in e.constants] + [e.type for e in enumerations]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice or len({e.prefix for e in enumerations}) != len(enumerations):
        raise DataError(f"{where}: names and prefixes must be unique: {twice}")
    for name, header in headers.items():
        provided = [e.type for e in enumerations if name in [e.header, *e.also_in]]
        if sorted(header["types"]) != sorted(provided):
            raise DataError(f"{where}: header {name} lists {header['types']}, its enumerations are {provided}")
    return enumerations


def load(path, header=None, ascending=False):
    with open(path, "rb") as stream:
        data = tomllib.load(stream)
    enumerations = from_data(data, path)
    if header is not None:
        order = next((h["types"] for h in data["header"] if h["name"] == header), None)
        if order is None:
            raise DataError(f"{path}: no header {header!r}")
        by_type = {e.type: e for e in enumerations}
        enumerations = [by_type[t] for t in order]
    if ascending:
        for e in enumerations:
            if not e.ascending:
                raise DataError(f"{e.where}: the values must ascend (the look-ups search them in order)")
    return enumerations
