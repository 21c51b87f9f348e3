"""Shared by the docs tests: where things are, the source page's words (read
from the one fixture, tests/unit/source_wording.hpp), and a small HTML tree
so the tests read pages as a reader sees them (tags stripped)."""

import html.parser
import os
import re

SOURCE_DIR = os.environ.get("MSGRPRIV_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DOCS_DIR = os.environ.get("MSGRPRIV_DOCS_DIR", os.path.join(SOURCE_DIR, "build", "docs"))
HTML_DIR = os.path.join(DOCS_DIR, "html")
IN_CI = os.environ.get("CI") == "true"


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as stream:
        return stream.read()


class SourceWording:
    """The quotes in tests/unit/source_wording.hpp."""

    def __init__(self):
        text = read(os.path.join(SOURCE_DIR, "tests", "unit", "source_wording.hpp"))
        self.constants = [(name, int(value), meaning) for name, value, meaning in
                          re.findall(r'\{"(SS_\w+)", (\d+), "([^"]*)"\}', text)]
        requirements = text[text.index("kSourceRequirements"):]
        self.requirements = re.findall(r'\{"([^"]+)", "([^"]+)"\}', requirements)
        self.summary = self._string(text, "kSourceSummary")
        self.do_not_use = self._string(text, "kSourceDoNotUse")
        self.banner = self._string(text, "kSourceBanner")
        assert len(self.constants) == 8 and len(self.requirements) == 7, "fixture not understood"

    @staticmethod
    def _string(text, name):
        return re.search(name + r' = "([^"]*)";', text).group(1)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    @property
    def classes(self):
        return (self.attrs.get("class") or "").split()

    def text(self):
        """The text a reader reads: permalink glyphs (a.headerlink) left out."""
        parts = [c if isinstance(c, str) else c.text() for c in self.children
                 if isinstance(c, str) or "headerlink" not in c.classes]
        return "".join(parts)

    def clean_text(self):
        return re.sub(r"\s+", " ", self.text()).strip()

    def iter(self, tag=None, cls=None):
        for child in self.children:
            if isinstance(child, Element):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.classes):
                    yield child
                yield from child.iter(tag, cls)

    def find(self, tag=None, cls=None):
        return next(self.iter(tag, cls), None)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Element("#document", {})

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(path):
    builder = _Builder()
    builder.feed(read(path))
    return builder.root


def header_declaration():
    """SESSION_STATE's declaration in include/msgrpriv.h without comments and
    annotation macros, whitespace collapsed."""
    text = read(os.path.join(SOURCE_DIR, "include", "msgrpriv.h"))
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    declaration = re.search(r"typedef enum tagSESSION_STATE \{.*?\} SESSION_STATE[^;]*;", text, re.S).group(0)
    declaration = re.sub(r"\s*MSGRPRIV_DEPRECATED\(\w+\)", "", declaration)
    return re.sub(r"\s+", " ", declaration).strip()
