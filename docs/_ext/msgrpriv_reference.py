"""Sphinx directives that render the reference page of any enumeration of
include/msgrpriv.h from Doxygen's XML, so no declaration, constant or
requirement is typed twice. A directive for one enumeration's page takes
its C type name:

    .. msgrpriv-constants:: SESSION_STATE

The site-wide ones (msgrpriv-lookup, msgrpriv-enumerations,
msgrpriv-deprecated-list, msgrpriv-source) take none.

The constants table is made of Sphinx's own C-domain directives, one per row:
each row is the object that the index, search, cross-references and
objects.inv point at.
"""

import os
import sys

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

sys.path.insert(0, os.path.join(os.path.dirname(__file__), os.pardir, "tools"))
from doxygen_model import HeaderDocs, value_anchors  # noqa: E402
from msgrpriv_freshness import add_value, note_value  # noqa: E402
from msgrpriv_tables import table  # noqa: E402


def page_of(type_name):
    """The reference page of an enumeration: reference/<type in lower case>."""
    return "reference/" + type_name.lower()


SOURCE_PAGE = "source/msgrpriv_h"  # the header, line by line (msgrpriv-source)


def line_anchor(line):
    return f"L-{line}"


def badges(enumeration):
    """What every constant of the type is, shown where a permalink lands."""
    found = []
    if enumeration.deprecation:
        found.append(":msgrpriv-badge:`Do not use`")
    if enumeration.product:
        found.append(f":msgrpriv-badge:`{enumeration.product}`")
    return " ".join(found)


def line_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """:msgrpriv-line:`141`: a link to line 141 of msgrpriv.h on the source
    page; plain text where there are no links (man pages)."""
    env = inliner.document.settings.env
    label = f"msgrpriv.h:{text}"
    if env.app.builder.format != "html":
        return [nodes.Text(label)], []
    uri = env.app.builder.get_relative_uri(env.docname, SOURCE_PAGE) + "#" + line_anchor(text)
    return [nodes.reference(label, label, refuri=uri, internal=True, classes=["msgrpriv-line"])], []


def badge_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [nodes.inline(text, text, classes=["msgrpriv-badge"])], []


def _literal(text):
    return "``" + text + "``"


_MODELS = {}


def _xml_dir(app):
    return app.config.breathe_projects[app.config.breathe_default_project]


def _model(xml_dir):
    """The header's model, read once per version of its XML file."""
    path = os.path.join(xml_dir, "msgrpriv_8h.xml")
    key = (path, os.path.getmtime(path) if os.path.exists(path) else None)
    if key not in _MODELS:
        _MODELS.clear()
        _MODELS[key] = HeaderDocs(xml_dir)
    return _MODELS[key]


class _HeaderDirective(SphinxDirective):
    """Base: loads the header's model and makes the page depend on it."""

    optional_arguments = 1

    def header(self):
        model = _model(_xml_dir(self.env.app))
        # Re-read the page when the XML changes (msgrpriv_freshness: when the code does).
        self.env.note_dependency(os.path.abspath(model.path))
        return model

    def enumeration(self):
        if not self.arguments:
            raise self.error(f"{self.name} needs the enumeration's type name as its argument")
        return self.header().get(self.arguments[0])

    def doxygen_target(self, doxygen_id):
        """A label under Doxygen's id, so Breathe's references to this
        symbol (the deprecated list, signatures) land here."""
        target = nodes.target("", "", ids=[doxygen_id], names=[doxygen_id])
        self.state.document.note_explicit_target(target)
        return target

    def parse_rst(self, lines):
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source="<generated from Doxygen XML>"),
                                self.content_offset, container)
        return container.children


class DeprecationDirective(_HeaderDirective):
    """The banner: "Do not use." and the source's banner sentence, from the
    header's @deprecated."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        admonition = nodes.admonition(classes=["warning", "msgrpriv-deprecated"])
        admonition += nodes.title(text="Deprecated")
        admonition += nodes.paragraph(text=self.enumeration().deprecation)
        return [admonition]


class SummaryDirective(_HeaderDirective):
    required_arguments = 1
    optional_arguments = 0

    def run(self):
        return [nodes.paragraph(text=self.enumeration().summary, classes=["msgrpriv-summary"])]


class SyntaxDirective(_HeaderDirective):
    """The declaration in the source's Syntax shape."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        syntax = self.enumeration().syntax()
        return [nodes.literal_block(syntax, syntax, language="c", classes=["msgrpriv-syntax"])]


class DeclarationsDirective(_HeaderDirective):
    """The C-domain objects for the type and its tag, and the header's notes."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        e = self.enumeration()
        notes = [nodes.paragraph(text=note) for note in e.notes]
        targets = [self.doxygen_target(e.typedef_member.get("id")), self.doxygen_target(e.enum_member.get("id"))]
        declarations = self.parse_rst([
            f".. c:type:: enum {e.tag} {e.type_name}",
            "",
            f"   {e.summary} Declared at :msgrpriv-line:`{e.line}`.",
            "",
            f".. c:enum:: {e.tag}",
            "",
            f"   The enumeration's tag. Name the type as {_literal(e.type_name)}.",
            "",
            f".. c:macro:: {e.list_macro}(X)",
            "",
            f"   Every constant of {_literal(e.type_name)} in the source's order, as ``X(name, value, meaning)``;",
            "   the header declares the type and its helpers from it. Use it to build your own tables.",
        ])
        return notes + targets + declarations


class ConstantsDirective(_HeaderDirective):
    """One row per constant: name (a C-domain enumerator) with its badges and
    a link to its row in the header, value as the source writes it, the
    signed HRESULT for HRESULT-style codes, and meaning."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        e = self.enumeration()
        rows = []
        for c in e.constants:
            hresult = [_literal(str(c.hresult))] if e.hresult_style else []
            # Under the name: its badges and its line in the header.
            name = [f".. c:enumerator:: {c.name}", "", f"{badges(e)} :msgrpriv-line:`{c.line}`"]
            rows.append([name, _literal(c.literal)] + hresult + [c.meaning])
        header = ["Constant", "Value"] + (["As an HRESULT"] if e.hresult_style else []) + ["Meaning"]
        widths = "36 14 16 34" if e.hresult_style else "36 12 52"
        targets = [self.doxygen_target(c.doxygen_id) for c in e.constants]
        return targets + [table(self, header, rows, widths, ["msgrpriv-constants"])]


class LookupDirective(_HeaderDirective):
    """Every constant of every enumeration by value: decimal, hex as the source
    writes it, the signed HRESULT for HRESULT-style codes (one cell, a line
    each), then the constant with its type, then its meaning. The first row of
    each value holds its anchors (value_anchors), so lookup.html#0x81000614
    and lookup.html#6 land on it."""

    def run(self):
        rows, anchors = [], []
        for value, group in self.header().by_value():
            for i, (e, c) in enumerate(group):
                hexadecimal = c.literal if c.literal.lower().startswith("0x") else f"0x{value:x}"
                # One cell, a line per form: decimal, hex, and the HRESULT where there is one.
                forms = [str(value), "", _literal(hexadecimal)] + (["", _literal(str(c.hresult))] if c.hresult else [])
                rows.append([forms, [f":c:enumerator:`{c.name}`", "",
                                     f":doc:`{e.type_name} </{page_of(e.type_name)}>`"], c.meaning])
                anchors.append(value_anchors(value) if i == 0 else [])
        lookup = table(self, ["Value", "Constant and type", "Meaning"], rows, "20 40 40", ["msgrpriv-lookup"])
        body_rows = list(next(lookup.findall(nodes.tbody)).findall(nodes.row))
        for row, ids in zip(body_rows, anchors):
            if ids:
                # Inside the first cell (a row cannot hold a span); set directly,
                # as docutils would rewrite ids that start with a digit.
                first = next(row.findall(nodes.paragraph))
                first.insert(0, nodes.inline("", "", ids=ids))
        return [lookup]


class SourceDirective(SphinxDirective):
    """msgrpriv.h, highlighted, each line numbered and anchored (L-<n>), so
    that every constant links to its row, as rustdoc's [src] does."""

    def run(self):
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import CLexer

        path = os.path.join(self.env.srcdir, os.pardir, "include", "msgrpriv.h")
        self.env.note_dependency(os.path.abspath(path))
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
        formatter = HtmlFormatter(linenos="inline", lineanchors="L", anchorlinenos=True, cssclass="highlight",
                                  wrapcode=True)
        html = f'<div class="highlight-c notranslate msgrpriv-source">{highlight(text, CLexer(), formatter)}</div>'
        fallback = nodes.literal_block(text, text, language="c")
        return [nodes.raw("", html, format="html"), addnodes.only("", fallback, expr="not html")]


class RequirementsDirective(_HeaderDirective):
    required_arguments = 1
    optional_arguments = 0

    def run(self):
        rows = [[name, value] for name, value in self.enumeration().requirements]
        return [table(self, ["Requirement", "Value"], rows, "40 60", ["msgrpriv-requirements"])]


class SeeAlsoDirective(_HeaderDirective):
    required_arguments = 1
    optional_arguments = 0

    def run(self):
        items = nodes.bullet_list(classes=["msgrpriv-see-also"])
        for title, url in self.enumeration().see_also:
            paragraph = nodes.paragraph()
            paragraph += nodes.reference(title, title, refuri=url)
            items += nodes.list_item("", paragraph)
        return [items]


class HelpersDirective(_HeaderDirective):
    """The C helpers msgrpriv.h generates for the enumeration, as C-domain
    functions, and the C++ calls that do the same."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        e = self.enumeration()
        t, h = e.type_name, e.helpers
        first = e.constants[0].name
        return self.parse_rst([
            f".. c:function:: const char *{h['name']}({t} value)",
            "",
            f"   The constant's name, such as ``\"{first}\"``; a null pointer for a value that is not one of",
            "   the constants. A bounds check and a load where the values are dense, else a binary search.",
            "",
            f".. c:function:: const char *{h['description']}({t} value)",
            "",
            "   The constant's documented meaning, verbatim from the source page; a null pointer for a value",
            "   that is not one of the constants.",
            "",
            f".. c:function:: int {h['from_name']}(const char *text, {t} *out)",
            "",
            "   1 and ``*out`` set when ``text`` is exactly one of the names (case-sensitive), such as",
            f"   ``\"{first}\"``; 0 and ``*out`` untouched otherwise, also when either pointer is null.",
            "",
            "In C++ (:doc:`/api/cpp`), the same for every enumeration:",
            "",
            ".. code-block:: cpp",
            "",
            "   msgrpriv::name(value);  msgrpriv::description(value);",
            f"   msgrpriv::parse<{t}>(text);  msgrpriv::from_value<{t}>(number);",
            f"   for ({t} each : msgrpriv::values<{t}>) {{ /* ... */ }}",
        ])


class CounterpartsDirective(_HeaderDirective):
    """Each constant beside its counterpart in another API, named by
    replacing a prefix (``:prefix: SS_ RSS_``); content lines
    ``NAME: note`` say where a meaning differs there."""

    required_arguments = 1
    optional_arguments = 0
    has_content = True
    option_spec = {"prefix": directives.unchanged_required, "other": directives.unchanged_required}

    def run(self):
        e = self.enumeration()
        old, new = self.options["prefix"].split()
        notes = dict(line.split(": ", 1) for line in self.content if line.strip())
        rows = [[f":c:enumerator:`{c.name}`", _literal(c.literal), _literal(new + c.name[len(old):]),
                 notes.get(c.name, "same")] for c in e.constants]
        return [table(self, [e.type_name, "Value", self.options["other"], "Meaning there"], rows, "30 10 35 25")]


class EnumerationsDirective(_HeaderDirective):
    """The index of every enumeration in the header's order, one line each,
    and the (hidden) table of contents of their pages."""

    def run(self):
        rows, pages = [], []
        for e in self.header().enumerations:
            pages.append("/" + page_of(e.type_name))
            rows.append([f":doc:`{e.type_name} </{page_of(e.type_name)}>`", e.summary, str(len(e.constants))])
        index = table(self, ["Enumeration", "Summary", "Constants"], rows, "25 65 10", ["msgrpriv-enumerations"])
        return [index] + self.parse_rst([".. toctree::", "   :hidden:", ""] + [f"   {page}" for page in pages])


class DeprecatedListDirective(_HeaderDirective):
    """Every symbol the headers mark @deprecated, with what its comment says:
    the C types (and so their constants) first, then the C++ names."""

    def run(self):
        rows, targets = [], []
        deprecated = self.header().deprecated()
        note_value(self.env, "deprecated", deprecated)  # read from every XML file
        for name, kind, text, xref_id in deprecated:
            # Breathe links each symbol's "Deprecated" note here.
            targets.append(self.doxygen_target(xref_id))
            if kind == "enum":
                continue  # its typedef's row says it
            if kind == "typedef" and "::" not in name:
                shown = f":c:type:`{name}` (and its constants)"
            else:
                shown = _literal(name) + " (:doc:`C++ </api/cpp>`)"
            rows.append([shown, text])
        return targets + [table(self, ["Deprecated", "What the header says"], rows, "40 60",
                                ["msgrpriv-deprecated-list"])]


class CompactConstantRows(SphinxPostTransform):
    """In the constants table the column says what each object is: drop the
    "enumerator" keyword. A man page gets a definition list instead of the
    table, readable at 80 columns: "NAME = value" over its meaning."""

    # Before SigElementFallbackTransform (200) turns signature parts into inlines.
    default_priority = 150

    def run(self, **kwargs):
        for table in list(self.document.findall(nodes.table)):
            if "msgrpriv-constants" not in table["classes"]:
                continue
            if self.app.builder.format == "man":
                table.replace_self(self.as_definition_list(table))
                continue
            for desc in list(table.findall(addnodes.desc)):
                for keyword in list(desc.findall(addnodes.desc_sig_keyword)):
                    space = keyword.next_node(descend=False, siblings=True)
                    if isinstance(space, addnodes.desc_sig_space):
                        space.parent.remove(space)
                    keyword.parent.remove(keyword)

    @staticmethod
    def as_definition_list(table):
        header = [entry.astext() for entry in next(table.findall(nodes.thead)).findall(nodes.entry)]
        items = nodes.definition_list()
        for row in next(table.findall(nodes.tbody)).findall(nodes.row):
            entries = list(row.findall(nodes.entry))
            name = next(entries[0].findall(addnodes.desc_name)).astext()
            values = [entry.astext() for entry in entries[1:-1]]
            # Columns between value and meaning (the HRESULT) follow in parentheses.
            term = f"{name} = {values[0]}" + "".join(f" ({h}: {v})" for h, v in zip(header[2:-1], values[1:]))
            item = nodes.definition_list_item()
            item += nodes.term(text=term)
            item += nodes.definition("", nodes.paragraph(text=entries[-1].astext()))
            items += item
        return items


def write_value_index(app, exception):
    """_static/msgrpriv_values.js: every constant by value, for the site's
    search box, which finds numbers (msgrpriv.js); a script, not JSON, so
    that it loads from file:// too."""
    if exception is not None or app.builder.format != "html":
        return
    import json

    entries = []
    for value, group in _model(_xml_dir(app)).by_value():
        for e, c in group:
            entries.append({"value": value, "hresult": c.hresult, "name": c.name, "type": e.type_name,
                            "meaning": c.meaning, "href": f"{page_of(e.type_name)}.html#c.{c.name}",
                            "literal": c.literal})
    with open(os.path.join(app.outdir, "_static", "msgrpriv_values.js"), "w", encoding="utf-8") as stream:
        stream.write("window.MSGRPRIV_VALUES = " + json.dumps(entries, ensure_ascii=False, sort_keys=True) + ";\n")


def setup(app):
    add_value("deprecated", lambda app: _model(_xml_dir(app)).xml_files(),
              lambda app: _model(_xml_dir(app)).deprecated())
    app.add_role("msgrpriv-badge", badge_role)
    app.add_role("msgrpriv-line", line_role)
    app.add_post_transform(CompactConstantRows)
    app.add_js_file("msgrpriv_values.js")
    app.connect("build-finished", write_value_index)
    for name, directive in {
        "msgrpriv-deprecation": DeprecationDirective,
        "msgrpriv-summary": SummaryDirective,
        "msgrpriv-syntax": SyntaxDirective,
        "msgrpriv-declarations": DeclarationsDirective,
        "msgrpriv-constants": ConstantsDirective,
        "msgrpriv-requirements": RequirementsDirective,
        "msgrpriv-see-also": SeeAlsoDirective,
        "msgrpriv-helpers": HelpersDirective,
        "msgrpriv-counterparts": CounterpartsDirective,
        "msgrpriv-enumerations": EnumerationsDirective,
        "msgrpriv-deprecated-list": DeprecatedListDirective,
        "msgrpriv-lookup": LookupDirective,
        "msgrpriv-source": SourceDirective,
    }.items():
        app.add_directive(name, directive)
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
