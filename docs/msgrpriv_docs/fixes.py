"""Workarounds for other projects' bugs, each gated on the versions known to have it, or on the bug
itself. tests/docs/test_workarounds.py shows each gated bug still happens, in a project built
without them; when a newer version fixes one, it fails and says to narrow the gate."""

import importlib.metadata
import os
import re

from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx.transforms.post_transforms import SphinxPostTransform

# name -> (the bug, where to report it, the package, the newest version seen with the bug)
WORKAROUNDS = {
    "blocks-in-paragraphs": ("Breathe puts block elements (a @deprecated note's list, a nested paragraph) "
                             "inside a paragraph: invalid HTML, a sentence cut in two",
                             "https://github.com/breathe-doc/breathe/issues", "breathe", "4.35.0"),
    "repeated-section-ids": ("Breathe gives every section title of a name ('Functions') the same id",
                             "https://github.com/breathe-doc/breathe/issues", "breathe", "4.35.0"),
    "table-ids-twice": ("Furo wraps a table and copies its ids onto the wrapper: every id twice",
                        "https://github.com/pradyunsg/furo/issues", "furo", "2024.8.6"),
}
# Debian's furo.css imports normalize.css from a path only Debian's web server has, and its
# furo.js, unbundled, imports gumshoe as an ES module from a page that loads it as a classic script.
DEBIAN_NORMALIZE_IMPORT = "@import url(/javascript/normalize.css/normalize.css);"
# Debian 12's furo.js imports it by default, Debian 13's its namespace (which is no constructor).
DEBIAN_FURO_IMPORT = re.compile(r'import (?:\* as )?Gumshoe from "\./gumshoe-patched\.js";\n')
# Scripts Sphinx 5 adds to every page for third-party code that needs them; nothing here does.
UNUSED_SCRIPTS = ("_static/jquery.js", "_static/underscore.js", "_static/_sphinx_javascript_frameworks_compat.js")


def version(package):
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "0"


def gated(name):
    """Whether the installed version of the package is one known to have the bug."""
    installed, newest = ([int(n) for n in re.findall(r"\d+", text)[:3]] for text in
                         (version(WORKAROUNDS[name][2]), WORKAROUNDS[name][3]))
    return installed <= newest


def is_block(node):
    return isinstance(node, nodes.Element) and not isinstance(node, (nodes.Inline, nodes.TextElement)) \
        or isinstance(node, (nodes.paragraph, nodes.literal_block, nodes.term))


class BreatheFixes(SphinxPostTransform):
    """A paragraph holding blocks becomes its inline runs, each a paragraph, and its blocks; a
    repeated section title id gets a number."""

    default_priority = 100

    def run(self, **kwargs):
        if gated("blocks-in-paragraphs"):
            for paragraph in [p for p in self.document.findall(nodes.paragraph) if any(map(is_block, p.children))]:
                parts, inline = [], []
                for child in paragraph.children + [None]:
                    if child is not None and not is_block(child):
                        inline.append(child)
                        continue
                    if any(n.astext().strip() for n in inline):
                        parts.append(nodes.paragraph("", "", *inline))
                    parts, inline = parts + [child] * (child is not None), []
                paragraph.children = []
                paragraph.replace_self(parts)
        if gated("repeated-section-ids"):
            seen = {}
            for rubric in self.document.findall(nodes.rubric):
                if "breathe-sectiondef-title" in rubric["classes"]:
                    for i, id_ in enumerate(rubric["ids"]):
                        seen[id_] = seen.get(id_, 0) + 1
                        rubric["ids"][i] = id_ if seen[id_] == 1 else f"{id_}-{seen[id_]}"


class TableIdsOnce(SphinxPostTransform):
    """Furo's table wrapper gives up the ids it copied from its table (Sphinx numbers a captioned
    table by its id, so the table keeps them)."""

    formats = ("html",)
    default_priority = 501  # just after furo's wrapping (500)

    def run(self, **kwargs):
        if gated("table-ids-twice"):
            for table in self.document.findall(nodes.table):
                if "table-wrapper" in table.parent["classes"] and table.parent["ids"] == table["ids"]:
                    table.parent["ids"] = []


def bundle_furo_js(app):
    """furo.js as furo's own build bundles it, where Debian ships it unbundled (gated by its import
    line): gumshoe (a UMD script, which sets window.Gumshoe) and furo.js's code in a function of its
    own. Loaded as a classic script, the unbundled file throws at its first line on every page."""
    scripts = os.path.join(app.outdir, "_static", "scripts")
    furo = open(os.path.join(scripts, "furo.js"), encoding="utf-8").read() \
        if os.path.exists(os.path.join(scripts, "furo.js")) else ""
    imported = DEBIAN_FURO_IMPORT.match(furo)
    if imported:
        gumshoe = open(os.path.join(scripts, "gumshoe-patched.js"), encoding="utf-8").read()
        with open(os.path.join(scripts, "furo.js"), "w", encoding="utf-8") as stream:
            stream.write(gumshoe + "\n(function () {\n" + furo[imported.end():] + "\n})();\n")


def page_scripts(app, pagename, templatename, context, doctree):
    """A page loads only the scripts it uses: no framework nothing here needs, and the look-up's
    script and data only on the pages that answer questions (the look-up and the search page)."""
    def name(asset):  # a file name (Sphinx 5), or an object holding it (Sphinx 7 and later)
        return str(getattr(asset, "filename", asset)).split("?")[0]

    asks = pagename in ("lookup", "search")
    context["script_files"] = [s for s in context.get("script_files", []) if name(s) not in UNUSED_SCRIPTS and
                               (asks or name(s) not in ("_static/msgrpriv_search.js", "_static/msgrpriv_lookup.js"))]
    # Code's colours only where there is code: a literal block, or a header's listing.
    code = doctree is not None and (any(True for _ in doctree.findall(nodes.literal_block)) or
                                    any("highlight" in raw.astext() for raw in doctree.findall(nodes.raw)))
    context["css_files"] = [s for s in context.get("css_files", []) if code or name(s) != "_static/pygments.css"]


def serve_normalize_css_locally(app):
    """The rules of Debian's normalize.css in place of furo.css's import of it (gated by the
    import itself), so the site needs no extra request and no path can resolve wrongly."""
    furo_css = os.path.join(app.outdir, "_static", "styles", "furo.css")
    css = open(furo_css, encoding="utf-8").read() if os.path.exists(furo_css) else ""
    if DEBIAN_NORMALIZE_IMPORT not in css:
        return
    source = app.config.msgrpriv_normalize_css
    if not source or not os.path.exists(source):
        raise ExtensionError("furo.css imports /javascript/normalize.css/normalize.css; pass Debian's copy "
                             "(package node-normalize.css) as -D msgrpriv_normalize_css=<file>")
    normalize = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", open(source, encoding="utf-8").read())
    with open(furo_css, "w", encoding="utf-8") as stream:
        stream.write(css.replace(DEBIAN_NORMALIZE_IMPORT, normalize))
