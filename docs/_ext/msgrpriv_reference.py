"""Sphinx directives that render the reference page of any enumeration of
include/msgrpriv.h from Doxygen's XML, so no declaration, constant or
requirement is typed twice. A directive for one enumeration's page takes
its C type name:

    .. msgrpriv-constants:: SESSION_STATE

The site-wide ones (msgrpriv-lookup, msgrpriv-enumerations,
msgrpriv-deprecated-list, msgrpriv-source) take none.

The constants table is made of Sphinx's own C-domain directives, one per row:
each row is the object that the index, search, cross-references and
objects.inv point at. The helpers are Breathe's own renderings of their
Doxygen comments.

What is read does not depend on the builder: the HTML and man builds share
one environment and one doctree per page; what differs (a link to a header
line, a table in a terminal) is decided when a page is written.
"""

import os
import sys

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

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


def microsoft_anchor(name):
    """The anchor Microsoft's page gives a constant (its name in lower case),
    so that a learn.microsoft.com link rewritten to this site lands on it."""
    return name.lower()


class header_line(nodes.Inline, nodes.TextElement):
    """A line of msgrpriv.h: a link on the HTML pages, text elsewhere (see
    LinkHeaderLines)."""


def line_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """:msgrpriv-line:`141`: line 141 of msgrpriv.h."""
    label = f"msgrpriv.h:{text}"
    return [header_line(label, label, line=text)], []


def badge_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [nodes.inline(text, text, classes=["msgrpriv-badge"])], []


def _literal(text):
    return "``" + text + "``"


_MODELS = {}


def header_path(srcdir):
    return os.path.abspath(os.path.join(srcdir, os.pardir, "include", "msgrpriv.h"))


def xml_dir(config):
    return config.breathe_projects[config.breathe_default_project]


def model(config, srcdir):
    """The header's model, read once per version of its XML and header."""
    xml, header = xml_dir(config), header_path(srcdir)
    path = os.path.join(xml, "msgrpriv_8h.xml")
    key = tuple((p, os.path.getmtime(p) if os.path.exists(p) else None) for p in (path, header))
    if key not in _MODELS:
        _MODELS.clear()
        _MODELS[key] = HeaderDocs(xml, header)
    return _MODELS[key]


def anchor(node, ids, document=None):
    """Empty elements holding ids, first inside node: an id beside a
    declaration or a table would be folded into it (docutils 0.21), and an
    element's second id is written as a <span> inside it, which a <dl>, <tr> or
    <table> may not hold. With the document, each id is also a label :ref:
    can name (Breathe's "Deprecated" notes do)."""
    for anchor_id in reversed(ids):
        element = nodes.inline("", "", ids=[anchor_id], classes=["msgrpriv-anchor"])
        if document is not None:
            element["names"] = [anchor_id]
            document.note_explicit_target(element)
        node.insert(0, element)


def rich_paragraph(parts, classes=()):
    """A paragraph of (text, url, bold) parts: links and bold kept."""
    paragraph = nodes.paragraph(classes=list(classes))
    for text, url, bold in parts:
        node = nodes.strong(text, text) if bold else nodes.Text(text)
        if url:
            link = nodes.reference("", "", refuri=url)
            link += node
            node = link
        paragraph += node
    return paragraph


class _HeaderDirective(SphinxDirective):
    """Base: loads the header's model and makes the page depend on it."""

    optional_arguments = 1

    def header(self):
        found = model(self.config, self.env.srcdir)
        # Re-read the page when the XML or the header changes (msgrpriv_freshness: when the code does).
        self.env.note_dependency(os.path.abspath(found.path))
        self.env.note_dependency(found.header_path)
        return found

    def enumeration(self):
        if not self.arguments:
            raise self.error(f"{self.name} needs the enumeration's type name as its argument")
        return self.header().get(self.arguments[0])

    def parse_rst(self, lines):
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source="<generated from Doxygen XML>"),
                                self.content_offset, container)
        return container.children


class DeprecationDirective(_HeaderDirective):
    """The banner: "Do not use." and the source's banner sentence, with its
    links, from the header's @deprecated."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        admonition = nodes.admonition(classes=["warning", "msgrpriv-deprecated"])
        admonition += nodes.title(text="Deprecated")
        admonition += rich_paragraph(self.enumeration().deprecation_parts)
        return [admonition]


class SummaryDirective(_HeaderDirective):
    required_arguments = 1
    optional_arguments = 0

    def run(self):
        return [nodes.paragraph(text=self.enumeration().summary, classes=["msgrpriv-summary"])]


class SyntaxDirective(_HeaderDirective):
    """The declaration in the source's Syntax shape, and, where the source
    declares no values, the header's word on that."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        e = self.enumeration()
        syntax = e.syntax()
        found = [nodes.literal_block(syntax, syntax, language="c", classes=["msgrpriv-syntax"])]
        if e.values_implicit:
            found.append(nodes.paragraph(text=e.values_note, classes=["msgrpriv-values-note"]))
        return found


class DeclarationsDirective(_HeaderDirective):
    """The C-domain objects for the type and its tag, and the header's notes."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        e = self.enumeration()
        notes = [nodes.paragraph(text=note) for note in e.notes]
        declarations = self.parse_rst([
            f".. c:type:: enum {e.tag} {e.type_name}",
            "",
            f"   {e.summary} Declared at :msgrpriv-line:`{e.line}`.",
            "",
            f".. c:enum:: {e.tag}",
            "",
            f"   The enumeration's tag. Name the type as {_literal(e.type_name)}.",
        ])
        # Breathe's references to the type and its tag (signatures, the deprecated list) land here.
        signatures = list(nodes.container("", *declarations).findall(addnodes.desc_signature))
        for signature, member in zip(signatures, (e.typedef_member, e.enum_member)):
            anchor(signature, [member.get("id")])
        return notes + declarations


def badges(enumeration):
    """What every constant of the type is, shown once above its table."""
    found = []
    if enumeration.deprecation:
        found.append(":msgrpriv-badge:`Do not use`")
    if enumeration.product:
        found.append(f":msgrpriv-badge:`{enumeration.product}`")
    return " ".join(found)


class ConstantsDirective(_HeaderDirective):
    """One row per constant: name (a C-domain enumerator) with a link to its
    line in the header, value as the source writes it (or the implicit one,
    said to be so), the signed HRESULT for HRESULT-style codes, and meaning.
    Each row holds every anchor a link to the constant may use: Sphinx's
    (c.SS_DECLINED), Doxygen's (Breathe and the tag file) and Microsoft's
    (ss_declined)."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        e = self.enumeration()
        rows, anchors = [], []
        for c in e.constants:
            hresult = [_literal(str(c.hresult))] if e.hresult_style else []
            value = _literal(c.shown_value) + (" (implicit)" if c.literal is None else "")
            name = [f".. c:enumerator:: {c.name}", "", f":msgrpriv-line:`{c.line}`"]
            rows.append([name, value] + hresult + [nodes.paragraph(text=c.meaning)])
            anchors.append([c.doxygen_id, microsoft_anchor(c.name)])
        header = ["Constant", "Value"] + (["As an HRESULT"] if e.hresult_style else []) + ["Meaning"]
        widths = "36 14 16 34" if e.hresult_style else "36 12 52"
        constants = table(self, header, rows, widths, ["msgrpriv-constants"])
        for row, ids in zip(next(constants.findall(nodes.tbody)).findall(nodes.row), anchors):
            anchor(next(row.findall(nodes.entry)), ids)
        legend = self.parse_rst([f"Every constant: {badges(e)}"])
        for paragraph in legend:
            paragraph["classes"].append("msgrpriv-badges")
        return legend + [constants]


class LookupDirective(_HeaderDirective):
    """Every constant of every enumeration by value: decimal, hex as the source
    writes it, for HRESULT-style codes the signed HRESULT and its severity,
    facility and code (one cell, a line each), then the constant with its
    type, then its meaning. The first row of each value holds its anchors
    (value_anchors), so lookup.html#0x81000614 and lookup.html#6 land on it.
    Above the table: the values the constants have, as runs, and the look-up
    box that msgrpriv_search.js shows and answers (it also reads any other
    fragment, lookup.html#81000614, as the box does)."""

    FORM = (
        '<form id="msgrpriv-lookup-form" class="msgrpriv-lookup-form" hidden>'
        '<label for="msgrpriv-lookup-input">Number or name</label> '
        '<input id="msgrpriv-lookup-input" type="text" autocomplete="off" autocapitalize="off" '
        'spellcheck="false" placeholder="81000614"> '
        '<button type="submit">Look up</button></form>'
        '<div id="msgrpriv-lookup-answer" class="msgrpriv-lookup-answer" aria-live="polite"></div>')

    @staticmethod
    def parts(value):
        """An HRESULT-style value's parts: "severity 1, facility 0x100, code 0x614"."""
        return f"severity {value >> 31}, facility 0x{(value >> 16) & 0x7FF:x}, code 0x{value & 0xFFFF:x}"

    @staticmethod
    def ranges(values):
        """The values as runs, as every answer lists them: "0-7, 0x81000601-0x81000619 and ..."."""
        def shown(value):
            return f"0x{value:x}" if value >= 1 << 31 else str(value)

        runs = []
        for value in sorted(set(values)):
            if runs and value == runs[-1][1] + 1:
                runs[-1][1] = value
            else:
                runs.append([value, value])
        parts = [shown(a) + (f"-{shown(b)}" if b != a else "") for a, b in runs]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    def run(self):
        rows, anchors = [], []
        by_value = self.header().by_value()
        for value, group in by_value:
            for i, (e, c) in enumerate(group):
                hexadecimal = c.literal if (c.literal or "").lower().startswith("0x") else f"0x{value:x}"
                # One cell, a line per form: decimal, hex, and the HRESULT and its parts where there is one.
                forms = [str(value), "", _literal(hexadecimal)] + (["", _literal(str(c.hresult))] if c.hresult else [])
                if c.hresult and i == 0:
                    forms += ["", self.parts(value)]
                rows.append([forms, [f":c:enumerator:`{c.name}`", "",
                                     f":doc:`{e.type_name} </{page_of(e.type_name)}>`"],
                             nodes.paragraph(text=c.meaning)])
                anchors.append(value_anchors(value) if i == 0 else [])
        lookup = table(self, ["Value", "Constant and type", "Meaning"], rows, "20 40 40", ["msgrpriv-lookup"])
        body_rows = list(next(lookup.findall(nodes.tbody)).findall(nodes.row))
        for row, ids in zip(body_rows, anchors):
            # Set directly, as docutils would rewrite ids that start with a digit.
            anchor(next(row.findall(nodes.paragraph)), ids)
        covered = nodes.paragraph(classes=["msgrpriv-lookup-ranges"])
        covered += nodes.Text("The constants have the values " + self.ranges(v for v, _ in by_value) +
                              ": any other number is none of them.")
        return [covered, nodes.raw("", self.FORM, format="html"), lookup]


class SourceDirective(SphinxDirective):
    """msgrpriv.h, highlighted, each line numbered and anchored (L-<n>), so
    that every constant links to its line, as rustdoc's [src] does. The
    numbers themselves are not links: 900 links to themselves give a reader
    nothing and made the page seven times slower for axe to check."""

    def run(self):
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import CLexer

        path = header_path(self.env.srcdir)
        self.env.note_dependency(path)
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
        formatter = HtmlFormatter(linenos="inline", lineanchors="L", cssclass="highlight",
                                  wrapcode=True)
        html = f'<div class="highlight-c notranslate msgrpriv-source">{highlight(text, CLexer(), formatter)}</div>'
        fallback = nodes.literal_block(text, text, language="c")
        return [nodes.raw("", html, format="html"), addnodes.only("", fallback, expr="not html")]


class RequirementsDirective(_HeaderDirective):
    required_arguments = 1
    optional_arguments = 0

    def run(self):
        rows = [[nodes.paragraph(text=name), nodes.paragraph(text=value)]
                for name, value in self.enumeration().requirements]
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
    """The C helpers of the enumeration, as Breathe renders their Doxygen
    comments, and the C++ calls that do the same."""

    required_arguments = 1
    optional_arguments = 0

    def run(self):
        e = self.enumeration()
        t = e.type_name
        lines = []
        for function in e.helpers.values():
            lines += [f".. doxygenfunction:: {function.name}", ""]
        return self.parse_rst(lines + [
            "In C++ (:doc:`/api/cpp`), the same for every enumeration:",
            "",
            ".. code-block:: cpp",
            "",
            "   msgrpriv::name(value);",
            "   msgrpriv::description(value);",
            f"   msgrpriv::parse<{t}>(text);",
            f"   msgrpriv::from_value<{t}>(number);",
            f"   for ({t} each : msgrpriv::values<{t}>)",
            "     use(each);",
            "",
            f"For tables of your own, ``msgrpriv_lists.h`` has every constant of {_literal(t)} as an X-macro",
            "(:doc:`/api/c`):",
            "",
            f".. doxygendefine:: {e.list_macro}",
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
        rows = [[f":c:enumerator:`{c.name}`", _literal(c.shown_value), _literal(new + c.name[len(old):]),
                 notes.get(c.name, "same")] for c in e.constants]
        return [table(self, [e.type_name, "Value", self.options["other"], "Meaning there"], rows, "30 10 35 25")]


class EnumerationsDirective(_HeaderDirective):
    """The index of every enumeration in the header's order, one line each,
    and the (hidden) table of contents of their pages."""

    def run(self):
        rows, pages = [], []
        for e in self.header().enumerations:
            pages.append("/" + page_of(e.type_name))
            rows.append([f":doc:`{e.type_name} </{page_of(e.type_name)}>`", nodes.paragraph(text=e.summary),
                         str(len(e.constants))])
        index = table(self, ["Enumeration", "Summary", "Constants"], rows, "25 65 10", ["msgrpriv-enumerations"])
        return [index] + self.parse_rst([".. toctree::", "   :hidden:", ""] + [f"   {page}" for page in pages])


class DeprecatedListDirective(_HeaderDirective):
    """Every symbol the headers mark @deprecated, with what its comment says:
    the C types (and so their constants) first, then the C++ names."""

    def run(self):
        deprecated = self.header().deprecated()
        note_value(self.env, "deprecated", deprecated)  # read from every XML file
        rows, ids, row_of = [], [], {}
        for name, kind, text, xref_id in deprecated:
            if kind == "enum":  # the typedef's comment, which Doxygen gives the tag: the type's row
                name, kind = name[len("tag"):], "typedef"
            if name in row_of:  # Breathe links each symbol's "Deprecated" note to its row
                ids[row_of[name]].append(xref_id)
                continue
            if kind == "typedef" and "::" not in name:
                shown = f":c:type:`{name}` (and its constants)"
            else:
                shown = _literal(name) + " (:doc:`C++ </api/cpp>`)"
            row_of[name] = len(rows)
            rows.append([shown, nodes.paragraph(text=text)])
            ids.append([xref_id])
        deprecated_list = table(self, ["Deprecated", "What the header says"], rows, "40 60",
                                ["msgrpriv-deprecated-list"])
        for row, row_ids in zip(next(deprecated_list.findall(nodes.tbody)).findall(nodes.row), ids):
            anchor(next(row.findall(nodes.paragraph)), row_ids, self.state.document)
        return [deprecated_list]


# The post-transforms below choose their builders by `formats`, never through
# the application object (SphinxTransform.app is deprecated in Sphinx 9).
class LinkHeaderLines(SphinxPostTransform):
    """In HTML a header line becomes a link to its line on the source page."""

    formats = ("html",)
    default_priority = 5

    def run(self, **kwargs):
        suffix = self.config.html_link_suffix or self.config.html_file_suffix or ".html"
        page = relative_uri(self.env.docname + suffix, SOURCE_PAGE + suffix)
        for node in list(self.document.findall(header_line)):
            label = node.astext()
            uri = page + "#" + line_anchor(node["line"])
            node.replace_self(nodes.reference(label, label, refuri=uri, internal=True, classes=["msgrpriv-line"]))


class HeaderLinesAsText(SphinxPostTransform):
    """Where pages do not link (man pages), a header line stays text."""

    default_priority = 6

    def run(self, **kwargs):
        for node in list(self.document.findall(header_line)):
            node.replace_self(nodes.Text(node.astext()))


class CompactConstantRows(SphinxPostTransform):
    """In the constants table the column says what each object is: drop the
    "enumerator" keyword."""

    # Before SigElementFallbackTransform (200) turns signature parts into inlines.
    default_priority = 150

    def run(self, **kwargs):
        for table_node in list(self.document.findall(nodes.table)):
            if "msgrpriv-constants" not in table_node["classes"]:
                continue
            for desc in list(table_node.findall(addnodes.desc)):
                for keyword in list(desc.findall(addnodes.desc_sig_keyword)):
                    space = keyword.next_node(descend=False, siblings=True)
                    if isinstance(space, addnodes.desc_sig_space):
                        space.parent.remove(space)
                    keyword.parent.remove(keyword)


class ConstantRowsAsList(SphinxPostTransform):
    """A man page gets a definition list instead of the constants table,
    readable at 80 columns: "NAME = value" over its meaning."""

    formats = ("man",)
    default_priority = 149  # before CompactConstantRows, which then finds no table

    def run(self, **kwargs):
        for table_node in list(self.document.findall(nodes.table)):
            if "msgrpriv-constants" in table_node["classes"]:
                table_node.replace_self(self.as_definition_list(table_node))

    @staticmethod
    def as_definition_list(table_node):
        header = [entry.astext() for entry in next(table_node.findall(nodes.thead)).findall(nodes.entry)]
        items = nodes.definition_list()
        for row in next(table_node.findall(nodes.tbody)).findall(nodes.row):
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
    """_static/msgrpriv_values.js: every constant by value, and the types in
    the header's order, for the site's search box and look-up page
    (msgrpriv_search.js); a script, not JSON, so that it loads from file://
    too."""
    if exception is not None or app.builder.format != "html":
        return
    import json

    header = model(app.config, app.srcdir)
    entries = []
    for value, group in header.by_value():
        for e, c in group:
            entries.append({"value": value, "hresult": c.hresult, "name": c.name, "type": e.type_name,
                            "meaning": c.meaning, "href": f"{page_of(e.type_name)}.html#c.{c.name}",
                            "literal": c.shown_value})
    types = [e.type_name for e in header.enumerations]
    with open(os.path.join(app.outdir, "_static", "msgrpriv_values.js"), "w", encoding="utf-8") as stream:
        stream.write("window.MSGRPRIV_VALUES = " + json.dumps(entries, ensure_ascii=False, sort_keys=True) + ";\n")
        stream.write("window.MSGRPRIV_TYPES = " + json.dumps(types) + ";\n")
    # The look-up's data (docs/lookup.rst): every form a value is shown in is written here, so the
    # site's script only reads input and matches it.
    def shown(value):
        if value >= 1 << 31:
            return f"0x{value:x}, HRESULT {value - (1 << 32)} ({LookupDirective.parts(value)})"
        return f"{value} (0x{value:x})"

    def is_flags(e):
        return any(c.value == 0 for c in e.constants) and all(c.value & (c.value - 1) == 0 for c in e.constants)

    index = {e.type_name: i for i, e in enumerate(header.enumerations)}
    combinations = []
    for e in header.enumerations:
        flags = [c for c in e.constants if c.value] if is_flags(e) else []
        for mask in range(1, 1 << len(flags)):
            chosen = [c for bit, c in enumerate(flags) if mask >> bit & 1]
            if len(chosen) > 1:
                combinations.append({"type": index[e.type_name], "value": sum(c.value for c in chosen),
                                     "flags": [c.name for c in chosen]})
    constants = [{"name": c.name, "type": index[e.type_name], "value": c.value, "meaning": c.meaning,
                  "href": f"{page_of(e.type_name)}.html#c.{c.name}"} for e in header.enumerations for c in e.constants]
    lookup = {
        "headers": ["msgrpriv.h"],
        "types": [{"name": e.type_name, "header": "msgrpriv.h", "href": page_of(e.type_name) + ".html",
                   "flags": is_flags(e)} for e in header.enumerations],
        "constants": constants,
        "combinations": combinations,
        "forms": {str(v): shown(v) for v in sorted({c["value"] for c in constants + combinations})},
        "ranges": LookupDirective.ranges(c["value"] for c in constants),
    }
    with open(os.path.join(app.outdir, "_static", "msgrpriv_lookup.js"), "w", encoding="utf-8") as stream:
        stream.write("window.MSGRPRIV_LOOKUP = " + json.dumps(lookup, ensure_ascii=False, separators=(",", ":")) + ";\n")


def setup(app):
    add_value("deprecated", lambda config, srcdir: model(config, srcdir).xml_files(),
              lambda config, srcdir: model(config, srcdir).deprecated())
    app.add_node(header_line)
    app.add_role("msgrpriv-badge", badge_role)
    app.add_role("msgrpriv-line", line_role)
    for transform in (LinkHeaderLines, HeaderLinesAsText, ConstantRowsAsList, CompactConstantRows):
        app.add_post_transform(transform)
    app.add_js_file("msgrpriv_values.js")
    app.add_js_file("msgrpriv_lookup.js")
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
    return {"version": "2.0", "parallel_read_safe": True, "parallel_write_safe": True}
