"""What each method, property and event page says it returns: every row of its prose sections
(a table's row, or a sentence) that names a code or gives an HRESULT by value only.

The rules come from the pages' structure, not from a list of codes:
- A table row whose first cell is a code (a name that is one by the rule below, a hexadecimal
  value, or both: "NAME (0x...)") is one row: its code, a value from a numeric cell beside it if
  there is one, and its last cell as the sentence.
- Any other text (paragraphs, list items, notes, the other cells) is cut into sentences; a
  sentence is a row for each code it names: a constant of an enumeration, a name shaped as an
  HRESULT's (an optional facility word, then E_, S_ or X_: E_FAIL, S_OK, REGDB_E_WRITEREGDB,
  RPC_X_NULL_REF_POINTER), a name that begins as a constant's family does (MSGR_, SR_: a
  misspelled or unlisted constant), or an eight-digit hexadecimal value. A type's name
  (MPHONE_TYPE) and a wildcard (MSGR_E_*) are no code.
- A code is the constant of that name; a value alone, the constant of that value.
The sections read are every section but Syntax, Requirements, See also and Examples (code, not
sentences); each row says which.

SPDX-License-Identifier: MIT
"""

import re

from page_reader import PageError, plain

SKIPPED_SECTIONS = {"Syntax", "Requirements", "See also", "Examples"}
MEMBER_KINDS = ("method", "property", "event")
NAME = r"[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
CODE_CELL = re.compile(rf"(?P<name>{NAME})?\s*(?:\(?\s*(?P<value>0x[0-9A-Fa-f]+)\s*\)?)?")
NUMBER_CELL = re.compile(r"-?(?:0x[0-9A-Fa-f]+|\d+)")
TOKEN = re.compile(rf"(?<![\w*])({NAME}|0x[0-9A-Fa-f]{{8}})(?![\w*(])")
HRESULT_NAME = re.compile(r"(?:[A-Z][A-Z0-9]*_)?[ESX]_[A-Za-z0-9_]+")
# A sentence ends at . ! or ?, maybe after closing marks, before white space and a capital (or
# a number), maybe after opening marks. " .NET" is no end: its dot follows a space.
SENTENCE_END = re.compile(r"(?<=[.!?])(?:\*\*|\*|</\w+>|[\"')\]])*\s+(?=(?:\*\*|\*|<\w+>|[\[\"'(])*[A-Z0-9])")


class Codes:
    """What the enumerations give the reader of a page: constants by name and by value, type
    names, and the families (the first part of each constant's name)."""

    def __init__(self, constants, type_names):
        self.by_name = {c["name"]: c for c in constants}
        self.by_value = {}
        for c in constants:
            self.by_value.setdefault(c["number"] & 0xFFFFFFFF, []).append(c)
        self.types = set(type_names)
        self.families = {name.split("_")[0] for name in self.by_name}

    def is_code(self, token):
        if token.startswith("0x"):
            return True
        if token in self.types:
            return False
        return token in self.by_name or bool(HRESULT_NAME.fullmatch(token)) or token.split("_")[0] in self.families

    def row(self, section, form, name, value, sentence, where):
        """One row: the code as the page writes it, and the constant it is, if any."""
        row = {"section": section, "form": form}
        if name:
            row["name"] = name
        if value:
            row["value"] = value
        constant = None
        if name:
            constant = self.by_name.get(name)
        elif value.startswith("0x"):
            matches = self.by_value.get(int(value, 16) & 0xFFFFFFFF, [])
            if len(matches) > 1:
                raise PageError(f"{where}: {value} is the value of {len(matches)} constants; "
                                "a value-only code must name one constant at most")
            constant = matches[0] if matches else None
        if constant:
            row["constant"] = constant["name"]
            row["type"] = constant["type"]
        row["sentence"] = sentence
        return row


def member_name(page):
    """The member as the page's heading names it ("IMsgrSession::Invite"), and its kind, or
    None for a page that is no member's."""
    match = re.fullmatch(rf"(\S+::\S+) ({'|'.join(MEMBER_KINDS)})", page.title)
    return (match.group(1), match.group(2)) if match else None


def sentences(text):
    """[(the sentence's words, its words with each emphasis or tag a boundary)] of a text: a name
    in bold right before a word ("**NAME**state") stays a name."""
    out = []
    for sentence in SENTENCE_END.split(text.strip()):
        words = plain(sentence)
        if words:
            out.append((words, plain(re.sub(r"(?<!\\)\*+|<[^<>]+>", " ", sentence))))
    return out


def _prose_rows(codes, section, text, where, skip=()):
    rows = []
    for sentence, spaced in sentences(text):
        seen = []
        for token in TOKEN.findall(spaced):
            if token in skip or token in seen or not codes.is_code(token):
                continue
            seen.append(token)
            name, value = (None, token) if token.startswith("0x") else (token, None)
            rows.append(codes.row(section, "sentence", name, value, sentence, where))
    return rows


def _table_rows(codes, section, block, where):
    rows = []
    for cells in block.rows:
        code = CODE_CELL.fullmatch(plain(cells[0])) if len(cells) >= 2 else None
        name, value = (code.group("name"), code.group("value")) if code else (None, None)
        if not (value or name and codes.is_code(name)):
            for cell in cells:
                rows += _prose_rows(codes, section, cell, where)
            continue
        if not value:  # a value column beside the name, as the page writes it
            value = next((c for c in map(plain, cells[1:-1]) if NUMBER_CELL.fullmatch(c)), None)
        rows.append(codes.row(section, "table", name, value, plain(cells[-1]), where))
        rows += _prose_rows(codes, section, cells[-1], where, skip={name, value})
    return rows


def _block_rows(codes, section, blocks, where):
    rows = []
    for block in blocks:
        if block.kind == "paragraph":
            rows += _prose_rows(codes, section, block.text, where)
        elif block.kind == "note":
            rows += _block_rows(codes, section, block.blocks, where)
        elif block.kind == "list":
            for item in block.items:
                rows += _block_rows(codes, section, item, where)
        elif block.kind == "table":
            rows += _table_rows(codes, section, block, where)
        elif block.kind == "dl":
            for term, definition in block.items:
                rows += _prose_rows(codes, section, term, where)
                rows += _block_rows(codes, section, definition, where)
        # code blocks hold code, not sentences
    return rows


def member_rows(codes, page):
    """Every row of a member page, in the page's order."""
    rows = []
    for heading, blocks in page.sections:
        if heading not in SKIPPED_SECTIONS:
            rows += _block_rows(codes, heading, blocks, f"{page.file}, {heading}")
    return rows


def read_members(slugs, read, codes):
    """[{name, kind, page, rows}] of every member page among the pages, and [{page, reason}] of
    the pages that could not be read."""
    members, unread = [], []
    for slug in slugs:
        try:
            page = read(slug)
            member = member_name(page)
            if member:
                members.append({"name": member[0], "kind": member[1], "page": slug, "rows": member_rows(codes, page)})
        except PageError as error:
            unread.append({"page": slug, "reason": str(error)})
    return members, unread
