"""Microsoft's page sources (data/pages/*.md) read into their structure: front
matter, title, banner, the paragraphs and notes before the first section, and
each section as blocks (paragraphs, notes, lists, code, Markdown and HTML
tables, definition lists). Nothing here knows an enumeration or a constant:
scripts/import_pages.py reads those from the structure.

A page that does not have this structure raises PageError, naming the page and
what is wrong.

The texts keep the page's Markdown. Two forms are offered for them:
markdown() (whitespace collapsed, a relative link naming its page without
".md", as the live address does) and plain() (the words only: no links,
emphasis, tags, escapes or entities).

SPDX-License-Identifier: MIT
"""

import html
import re


class PageError(Exception):
    pass


# --- texts -------------------------------------------------------------------------------------

LINK = re.compile(r"\[((?:[^\[\]]|\\\[|\\\])*)\]\(([^)\s]*)\)")


def collapse(text):
    """One line: every run of white space (the pages' no-break spaces too) one space."""
    return " ".join(text.split())


def markdown(text):
    """The page's Markdown on one line, a relative link naming its page without ".md"."""
    def relink(match):
        target = match.group(2)
        if not re.match(r"[a-z]+:", target):
            target = re.sub(r"\.md(?=$|#)", "", target)
        return f"[{match.group(1)}]({target})"
    text = re.sub(r"(?:<br\s*/?>\s*)+$", "", collapse(text))  # a table cell's closing line break
    return LINK.sub(relink, text)


def plain(text):
    """The words of a Markdown or HTML text, on one line: a link's text without its
    address, no emphasis, tags, backslash escapes or entities."""
    text = LINK.sub(lambda m: m.group(1), text)
    text = re.sub(r"<br\s*/?>|</?(?:p|ul|ol|li|dl|dt|dd|tr|td|th|table)\b[^<>]*>", " ", text)
    text = re.sub(r"</?[a-zA-Z][^<>]*>", "", text)  # inline tags: strong, em, span
    # Emphasis marks go; an escaped character stays, as itself.
    pieces = re.split(r"(\\[\\`*_{}\[\]()#+\-.!<>|])", text)
    text = "".join(piece[1] if k % 2 else piece.replace("*", "") for k, piece in enumerate(pieces))
    return collapse(html.unescape(text))


def unescape(text):
    """A Markdown name such as SF\\_INVITER as C writes it."""
    return re.sub(r"\\(.)", r"\1", text)


# --- blocks ------------------------------------------------------------------------------------

class Block:
    """kind: "paragraph" (text), "note" (label, blocks), "list" (items: each a list of blocks),
    "code" (language, text), "table" (header: cells, rows: lists of cells, html: bool),
    "dl" (items: (term text, blocks of the definition))."""

    def __init__(self, kind, **fields):
        self.kind = kind
        self.__dict__.update(fields)

    def __repr__(self):
        return f"Block({self.kind}, {self.__dict__})"


def _blank(line):
    return not line.strip()


def _dl_depth(line):
    return len(re.findall(r"<dl>", line)) - len(re.findall(r"</dl>", line))


def parse_blocks(text, where):
    """The blocks of a part of a page."""
    lines = text.split("\n")
    blocks, i = [], 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if _blank(line):
            i += 1
        elif stripped.startswith("```"):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == "```"), None)
            if end is None:
                raise PageError(f"{where}: a code block that does not end")
            blocks.append(Block("code", language=stripped[3:].strip(), text="\n".join(lines[i + 1:end])))
            i = end + 1
        elif stripped.startswith("|"):
            end = i
            while end < len(lines) and lines[end].strip().startswith("|"):
                end += 1
            blocks.append(_markdown_table(lines[i:end], where))
            i = end
        elif stripped.startswith("<table"):
            depth, end = 0, None
            for j in range(i, len(lines)):
                depth += lines[j].count("<table") - lines[j].count("</table>")
                if depth == 0:
                    end = j
                    break
            if end is None:
                raise PageError(f"{where}: an HTML table that does not end")
            blocks.append(_html_table("\n".join(lines[i:end + 1]), where))
            i = end + 1
        elif stripped.startswith("<dl>"):
            depth, end = 0, i
            while end < len(lines):
                depth += _dl_depth(lines[end])
                end += 1
                if depth == 0:
                    break
            if depth:
                raise PageError(f"{where}: a definition list that does not end")
            blocks.append(_definition_list("\n".join(lines[i:end]), where))
            i = end
        elif stripped.startswith(">"):
            end = i
            while end < len(lines) and lines[end].strip().startswith(">"):
                end += 1
            inner = [re.sub(r"^\s*> ?", "", l) for l in lines[i:end]]
            label = re.match(r"\[!(\w+)\]", inner[0].strip())
            if label:
                inner = inner[1:]
            blocks.append(Block("note", label=label.group(1) if label else "",
                                blocks=parse_blocks("\n".join(inner), where)))
            i = end
        elif re.match(r"(-|\d+\.)\s+", stripped) and not line.startswith(" " * 4):
            items, end = [], i
            while end < len(lines):
                current = lines[end]
                if re.match(r"\s{0,3}(-|\d+\.)\s+", current):
                    items.append([re.sub(r"^\s*(-|\d+\.)\s+", "", current)])
                elif current.startswith("    ") and items or (_blank(current) and end + 1 < len(lines)
                                                               and lines[end + 1].startswith("    ") and items):
                    items[-1].append(current[4:] if current.startswith("    ") else "")
                else:
                    break
                end += 1
            blocks.append(Block("list", items=[parse_blocks("\n".join(item), where) for item in items]))
            i = end
        else:
            end = i
            while end < len(lines) and not _blank(lines[end]) and not re.match(
                    r"\s*(```|\||<table|<dl>|>)", lines[end]):
                end += 1
            end = max(end, i + 1)
            blocks.append(Block("paragraph", text="\n".join(lines[i:end])))
            i = end
    return blocks


def _cells(line):
    body = line.strip()
    if not (body.startswith("|") and body.endswith("|")):
        raise PageError(f"a table row that does not start and end with '|': {line!r}")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", body[1:-1])]


def _markdown_table(lines, where):
    try:
        rows = [_cells(line) for line in lines]
    except PageError as error:
        raise PageError(f"{where}: {error}") from None
    if len(rows) < 2 or not all(re.fullmatch(r":?-+:?", cell) for cell in rows[1]):
        raise PageError(f"{where}: a table without its header and rule rows")
    if any(len(row) != len(rows[0]) for row in rows):
        raise PageError(f"{where}: a table whose rows have different numbers of cells")
    return Block("table", header=rows[0], rows=rows[2:], html=False)


def _html_table(text, where):
    """The rows of the outer table, each cell's HTML kept whole (a cell may hold a table)."""
    header, rows, depth, row, opened = [], [], 0, None, None
    for tag in re.finditer(r"<(/?)(table|tr|td|th)\b[^>]*>", text):
        closing, name = tag.group(1) == "/", tag.group(2)
        if name == "table":
            depth += -1 if closing else 1
        elif depth != 1:
            continue
        elif name == "tr":
            if closing:
                (header if row and row[0][0] == "th" else rows).append([cell for _, cell in row or []])
                row = None
            else:
                row = []
        elif not closing:
            opened = (name, tag.end())
        elif row is None or opened is None or opened[0] != name:
            raise PageError(f"{where}: an HTML table cell outside a row, or not opened")
        else:
            row.append((name, text[opened[1]:tag.start()].strip()))
            opened = None
    if depth or not rows or len(header) > 1:
        raise PageError(f"{where}: an HTML table that does not end, has no rows or two header rows")
    header = header[0] if header else []
    width = len(header) if header else len(rows[0])
    if any(len(row) != width for row in rows):
        raise PageError(f"{where}: an HTML table whose rows have different numbers of cells")
    return Block("table", header=header, rows=rows, html=True)


def _definition_list(text, where):
    """The <dt> terms and <dd> definitions of a list, at its own depth (a table's cells hold
    lists of their own, on one line)."""
    items, depth, term, opened = [], 0, None, None
    for tag in re.finditer(r"<(/?)(dl|dt|dd)>", text):
        closing, name = tag.group(1) == "/", tag.group(2)
        if name == "dl":
            depth += -1 if closing else 1
            continue
        if depth != 1:
            continue
        if not closing:
            opened = (name, tag.end())
        elif opened is None or opened[0] != name:
            raise PageError(f"{where}: a definition list whose <{name}> is not opened")
        else:
            inner = text[opened[1]:tag.start()]
            if name == "dt":
                if term is not None:  # a term without a definition, as a See also list has
                    items.append((term, []))
                term = inner.strip()
            else:
                if term is None:
                    raise PageError(f"{where}: a definition without its term")
                items.append((term, parse_blocks(inner, where)))
                term = None
            opened = None
    if term is not None:
        items.append((term, []))
    return Block("dl", items=items)


# --- pages -------------------------------------------------------------------------------------

class Page:
    """A page source: file name, slug (the name without .md), front (the front matter: a value or
    a list per key), title (the heading), banner (the bracketed banner's Markdown, or None),
    intro (the blocks before the first section) and sections ([(heading, blocks)])."""

    def __init__(self, name, text):
        self.file = name
        self.slug = name[:-3] if name.endswith(".md") else name
        if "\r" in text:
            raise PageError(f"{name}: carriage returns (the copy must be byte for byte, LF)")
        match = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not match:
            raise PageError(f"{name}: no front matter")
        self.front = self._front(match.group(1))
        body = text[match.end():]
        title = re.search(r"^# (.+)$", body, re.M)
        if not title:
            raise PageError(f"{name}: no '# ' heading")
        self.title = unescape(title.group(1).strip())
        body = body[title.end():]
        parts = re.split(r"^## (.+)$", body, flags=re.M)
        intro = parts[0]
        self.banner = None
        banner = re.match(r"\s*\\\[(.*?)\\\]\s*(?:\n|$)", intro, re.S)
        if banner:
            self.banner = markdown(banner.group(1))
            intro = intro[banner.end():]
        self.intro = parse_blocks(intro, f"{name} (before the first section)")
        self.sections = [(parts[k].strip(), parse_blocks(parts[k + 1], f"{name}, {parts[k].strip()}"))
                         for k in range(1, len(parts), 2)]

    @staticmethod
    def _front(text):
        front, key = {}, None
        for line in text.split("\n"):
            item = re.match(r"- (.*)$", line)
            pair = re.match(r"([\w.]+):\s*(.*)$", line)
            if item and key is not None:
                if not isinstance(front[key], list):
                    front[key] = []
                front[key].append(item.group(1).strip())
            elif pair:
                key = pair.group(1)
                front[key] = pair.group(2).strip()
            elif line.strip():
                raise PageError(f"a front matter line that is neither 'key: value' nor '- item': {line!r}")
        return front

    def section(self, heading):
        """The blocks of the section of that heading, or None."""
        found = [blocks for name, blocks in self.sections if name == heading]
        if len(found) > 1:
            raise PageError(f"{self.file}: two sections '{heading}'")
        return found[0] if found else None


def read_page(path, name):
    with open(path, encoding="utf-8", newline="") as stream:
        text = stream.read()
    try:
        return Page(name, text)
    except PageError as error:
        message = str(error)
        raise PageError(message if message.startswith(name) else f"{name}: {message}") from None
