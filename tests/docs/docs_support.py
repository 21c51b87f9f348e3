"""Shared by the docs tests: where things are, the source pages' words (the
fixtures' parse of Microsoft's markdown), and a small HTML tree so the tests
read pages as a reader sees them (tags stripped)."""

import functools
import html.parser
import os
import re
import shutil
import subprocess
import zlib

SOURCE_DIR = os.environ.get("MSGRPRIV_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
DOCS_DIR = os.environ.get("MSGRPRIV_DOCS_DIR", os.path.join(SOURCE_DIR, "build", "docs"))
HTML_DIR = os.path.join(DOCS_DIR, "html")
IN_CI = os.environ.get("CI") == "true"


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as stream:
        return stream.read()


def read_inventory(path):
    """An objects.inv (format version 2), read directly, without Sphinx's version-specific API:
    (header lines, [(name, role, priority, uri, shown)]), each uri in full."""
    data = read(path, "rb")
    end = 0
    for _ in range(4):  # four header lines, then the zlib stream
        end = data.index(b"\n", end) + 1
    entries = []
    for line in zlib.decompress(data[end:]).decode("utf-8").splitlines():
        name, role, priority, uri, shown = re.fullmatch(r"(.+?)\s+(\S+:\S+)\s+(-?\d+)\s+(\S*)\s+(.*)", line).groups()
        entries.append((name, role, int(priority), uri[:-1] + name if uri.endswith("$") else uri, shown))
    return data[:end].decode("utf-8").splitlines(), entries


# What a build of the docs reads from the project (docs/adding.rst shows the
# generality test's data block).
PROJECT_PARTS = ["CMakeLists.txt", "cmake", "include", "data", "scripts", "docs", "examples", "bench/results",
                 "tests/generality/widget_mode.toml"]


def copy_project(destination, parts=PROJECT_PARTS):
    """Copies parts of the project (files or folders, without caches or
    node_modules) into destination; returns destination."""
    for part in parts:
        source = os.path.join(SOURCE_DIR, part)
        target = os.path.join(destination, part)
        if os.path.isdir(source):
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "node_modules"),
                            dirs_exist_ok=True)
        elif os.path.exists(source):
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(source, target)
    return destination


# What the walk outside a git checkout leaves out: build folders and caches.
NOT_SOURCE = re.compile(r"^(\.git|build(-.*)?|obj-.*|node_modules|__pycache__)$")


def checkout_files(source=SOURCE_DIR):
    """The checkout's files as a reader has them: tracked, and new ones that
    .gitignore does not exclude (so uncommitted work is tested too). Outside a
    git checkout (a release tarball, the mutation harness's scratch copy),
    every file but build folders and caches."""
    git = shutil.which("git")
    listed = git and subprocess.run([git, "-C", source, "ls-files", "-z", "--cached", "--others",
                                     "--exclude-standard"], capture_output=True)
    if listed and listed.returncode == 0:
        names = [name.decode() for name in listed.stdout.split(b"\0") if name]
        return sorted(name for name in names if os.path.lexists(os.path.join(source, name)))
    names = []
    for folder, dirs, files in os.walk(source):
        dirs[:] = [d for d in dirs if not NOT_SOURCE.match(d)]
        names += [os.path.relpath(os.path.join(folder, f), source) for f in files]
    return sorted(names)


def copy_checkout(destination, source=SOURCE_DIR, leave_out=None):
    """Copies checkout_files() (less those leave_out, a compiled pattern,
    matches) into destination, links as links; returns destination."""
    for name in checkout_files(source):
        if leave_out and leave_out.match(name):
            continue
        origin, target = os.path.join(source, name), os.path.join(destination, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.islink(origin):
            os.symlink(os.readlink(origin), target)
        elif os.path.isfile(origin):
            shutil.copy2(origin, target)
    return destination


def source_pages_all():
    """Every enumeration page and member page as the fixtures read them (tests/fixtures)."""
    import source_pages
    return source_pages.load_all()


def source_pages():
    """Microsoft's pages as the fixtures parse them (tests/fixtures), never
    from the header."""
    import lookup_table  # tests/lookup: its pages' values as 32 bits, as every reader reads numbers
    import source_pages
    return {page.type: lookup_table.as_32_bits(page) for page in source_pages.load_all().types}


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    @property
    def classes(self):
        return (self.attrs.get("class") or "").split()

    def text(self, skip=("headerlink",)):
        """The text a reader reads: permalink glyphs (a.headerlink) left out,
        and any other element whose class is in skip."""
        parts = [c if isinstance(c, str) else c.text(skip) for c in self.children
                 if isinstance(c, str) or not set(skip) & set(c.classes)]
        return "".join(parts)

    def clean_text(self, skip=("headerlink",)):
        return re.sub(r"\s+", " ", self.text(skip)).strip()

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


@functools.lru_cache(maxsize=None)
def parse_html(path):
    """The page's tree, parsed once per process: the tests only read it."""
    builder = _Builder()
    builder.feed(read(path))
    return builder.root
