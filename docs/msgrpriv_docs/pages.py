"""The pages made from the model: one directive, ``.. msgrpriv:: <what> [<argument>]``, as the
kernel's kernel-doc has one. The build writes each type's page from docs/_templates/msgrpriv/type.rst,
whose parts are this directive. The pages are read for the HTML builder (the man pages are written
from their doctrees): a header line is a link."""

import html
import itertools
import os
import re

from docutils import nodes
from docutils.statemachine import StringList
from pygments.lexers import CLexer
from pygments.styles import get_style_by_name
from pygments.token import Text
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles
from sphinx.util.osutil import relative_uri
from sphinx.util.template import ReSTRenderer

from . import model as values, outputs

STUB = ".. Written by the docs build"  # the first words of every page write_stubs writes


def template(env, name, **context):
    """docs/_templates/msgrpriv/<name> filled in, as lines; the page being read depends on it."""
    path = os.path.join(env.srcdir, "_templates", "msgrpriv", name)
    env.note_dependency(path)
    return ReSTRenderer(os.path.dirname(path)).render(name, context).split("\n")


def source_page(header):
    """The page that shows a header line by line: source/msgrpriv_h."""
    return "source/" + header.replace(".", "_")


def literal(text):
    return f"``{text}``"


class fold(nodes.General, nodes.Element):
    """A titled block: on HTML pages a <details> whose summary is its first paragraph (open or not),
    elsewhere the paragraph and what follows."""


def visit_fold(translator, node):
    translator.body.append(f'<details{" open" * node["open"]}><summary>{translator.encode(node[0].astext())}</summary>')
    for child in node.children[1:]:
        child.walkabout(translator)
    translator.body.append("</details>\n")
    raise nodes.SkipNode


def line_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """msgrpriv.h:141: a link to the line on its header's page (the man pages, written from the HTML
    pages' doctrees, show its text)."""
    header, _, line = text.rpartition(":")
    env = inliner.document.settings.env
    suffix = env.config.html_link_suffix or env.config.html_file_suffix or ".html"
    uri = relative_uri(env.docname + suffix, source_page(header) + suffix) + f"#L-{line}"
    return [nodes.reference(text, text, refuri=uri, internal=True, classes=["msgrpriv-line"])], []


def anchor(node, ids, document=None):
    """Empty elements holding ids, first inside node (a <tr>, <dl> or <table> may not hold a <span>
    of its own); with the document, each id is also a label :ref: can name."""
    for anchor_id in reversed(ids):
        element = nodes.inline("", "", ids=[anchor_id], classes=["msgrpriv-anchor"])
        if document is not None:
            element["names"] = [anchor_id]
            document.note_explicit_target(element)
        node.insert(0, element)


def learn(page, title=None):
    """A link to a page of Microsoft's, titled with its name unless told."""
    return f"`{title or page} <{values.LEARN}{page}>`__"


def rich_paragraph(parts):
    """A paragraph of (text, url, bold) parts: links and bold kept."""
    paragraph = nodes.paragraph()
    for text, url, bold in parts:
        node = nodes.strong(text, text) if bold else nodes.Text(text)
        if url:
            node = nodes.reference("", "", node, refuri=url)
        paragraph += node
    return paragraph


class Msgrpriv(SphinxDirective):
    required_arguments = 1
    optional_arguments = 1

    def run(self):
        """A part of a type's page (type_<what>, given the type) or of a site-wide page (render_<what>)."""
        what, args = self.arguments[0].replace("-", "_"), self.arguments[1:]
        self.model = values.of(self.env)
        typed = self.model.type(args[0]) if hasattr(self, "type_" + what) and args else None
        if what != "example":  # the parts made from the model
            for path in self.model.inputs(typed, args[0] if what == "source" else None):
                self.env.note_dependency(path)
        if typed:
            return getattr(self, "type_" + what)(typed)
        if not hasattr(self, "render_" + what):
            raise self.error(f"msgrpriv: no such part {self.arguments[0]!r}")
        return getattr(self, "render_" + what)(*args)

    def parse(self, lines):
        container = nodes.container()
        nested_parse_with_titles(self.state, StringList(lines, source="<generated from Doxygen's XML>"), container)
        return container.children

    def table(self, header, rows, widths, classes=(), ids=(), anchor_in=nodes.entry, document=None):
        """The nodes a list-table makes, built directly: each cell a line or lines of
        reStructuredText, or a node taken as it is (text that is data, not markup); ids: each row's
        anchors, set in its first anchor_in."""
        node = nodes.table(classes=["colwidths-given", *classes])
        group = nodes.tgroup(cols=len(widths))
        node += group
        group.extend(nodes.colspec(colwidth=width) for width in widths)
        parts = (nodes.thead(), nodes.tbody())
        for part, part_rows in zip(parts, ([header], rows)):
            for cells in part_rows:
                row = nodes.row()
                for cell in cells:
                    entry = nodes.entry()
                    if isinstance(cell, nodes.Node) or cell and isinstance(cell[0], nodes.Node):
                        entry += cell
                    else:
                        self.state.nested_parse(StringList(cell if isinstance(cell, list) else [cell]),
                                                self.content_offset, entry)
                    row += entry
                part += row
        group.extend(parts)
        for row, row_ids in zip(parts[1].children, ids):
            anchor(next(row.findall(anchor_in)), row_ids, document)
        return node

    # --- a reference page ------------------------------------------------------------------

    def type_deprecation(self, t):
        admonition = nodes.admonition(classes=["warning", "msgrpriv-deprecated"])
        admonition += nodes.title(text="Deprecated")
        admonition.extend(rich_paragraph(parts) for parts in t.deprecation_parts)
        return [admonition]

    def type_summary(self, t):
        return [nodes.paragraph(text=t.summary, classes=["msgrpriv-summary"])]

    def type_syntax(self, t):
        syntax = t.syntax()
        found = [nodes.literal_block(syntax, syntax, language="c", classes=["msgrpriv-syntax"])]
        if t.values_note:
            found.append(nodes.paragraph(text=t.values_note, classes=["msgrpriv-values-note"]))
        return found

    def type_declarations(self, t):
        found = [nodes.paragraph(text=note) for note in t.notes] + self.parse([
            f".. c:type:: enum {t.tag} {t.name}", "",
            f"   {t.summary} Declared at :msgrpriv-line:`{t.header}:{t.line}`.", "",
            f".. c:enum:: {t.tag}", "", f"   The enumeration's tag. Name the type as {literal(t.name)}."])
        # Breathe's links to the type and its tag (signatures, the deprecated list) land here.
        for signature, doxygen_id in zip(nodes.container("", *found).findall(addnodes.desc_signature),
                                         (t.id, t.enum_id)):
            anchor(signature, [doxygen_id])
        return found

    def type_constants(self, t):
        """A row per constant: name (a C-domain enumerator, with every anchor a link may use:
        Sphinx's, Doxygen's and Microsoft's) and its header line, value as the source writes it (or
        implicit), the signed HRESULT of an HRESULT-style code, and meaning."""
        rows = []
        for c in t.constants:
            value = literal(c.shown_value) + (" (implicit)" if c.literal is None else "")
            hresult = [literal(str(c.hresult)) if c.hresult is not None else ""] if t.hresult_style else []
            rows.append([[f".. c:enumerator:: {c.name}", "", f":msgrpriv-line:`{t.header}:{c.line}`"], value]
                        + hresult + [self.meaning(t, c)])
        header = ["Constant", "Value"] + (["As an HRESULT"] if t.hresult_style else []) + ["Meaning"]
        # Microsoft's anchors: its page's ids are the name in upper and in lower case.
        table = self.table(header, rows, [36, 14, 16, 34] if t.hresult_style else [36, 12, 52], ["msgrpriv-constants"],
                           [[c.doxygen_id, c.name.lower(), c.name] for c in t.constants])
        legend = nodes.paragraph("", "Every constant: ", classes=["msgrpriv-badges"])
        for i, badge in enumerate(b for b in ("Do not use", t.product) if b):
            legend += [nodes.Text(" ")] * (i > 0) + [nodes.inline(badge, badge, classes=["msgrpriv-badge"])]
        return [legend, table]

    def meaning(self, t, c):
        """A constant's meaning, and what the pages add: which list it, another page's words or
        value for it, and the members whose pages return it, each with its page's sentence."""
        found = [nodes.paragraph(text=c.meaning)]
        more = [f"Only on the {self.header_of(page)} page." for page in c.data.get("pages", [])
                if len(c.data["pages"]) < len(t.slugs)]
        more += [f"The {self.header_of(w['page'])} page words it: \u201c{html.unescape(w['meaning'])}\u201d" for w in
                 c.data.get("other_wording", [])]
        if "page_value" in c.data:
            more.append(f"The page writes {c.data['page_value']}: {c.data.get('decision', '')}")
        found += [nodes.paragraph(text=text, classes=["msgrpriv-more"]) for text in more]
        returns = relative_uri(self.env.docname + ".html", "reference/returns.html")  # what each member returns
        for title, rows in (("Returned by", c.returned_by), ("Also named by", c.named_by)):
            if rows:  # a long list folded (a code some thirty members return), one of up to three lines open
                found.append(fold("", nodes.paragraph(text=f"{title} ({len(rows)}):", classes=["msgrpriv-more"]),
                                  said_by(rows, returns), open=len(values.by_sentence(rows)) <= 3))
        return found

    def header_of(self, page):
        """The header a page of Microsoft's documents (Mdisp.h), by the page's name."""
        return next((e["header"].capitalize() for e in self.model.enumeration_pages if e["page"] == page), page)

    def type_errata(self, t):
        """Our notes' rows, then what the pages were found to say wrong (but what a row of ours covers),
        the faults every page shares summed up in one row."""
        shared, errata = self.model.shared_notes, t.notes_file.get("errata", [])
        rows = [[r["source"], r["facts"], r["package"]] for r in errata]
        covered = {kind for r in errata for kind in ([r["covers"]] if isinstance(r.get("covers"), str)
                                                     else r.get("covers", []))}
        kinds = shared.get("kinds", {})
        findings = [f for f in self.model.findings if set(f["pages"]) & set(t.slugs)
                    and f["kind"] not in covered]
        common = [f for f in findings if f["kind"] in shared.get("shared", [])]
        if common:
            rows.append([" / ".join(f"``{f['says']}``" if f["kind"] != "banner-type" else "The banner names LockStatus."
                                  for f in common),
                         " ".join(f["what"] for f in common), kinds.get("shared", "")])
        for f in findings:
            if f not in common:
                rows.append([f"``{f['says']}``", f"{f['what']} ({', '.join(map(learn, f['pages']))})",
                             kinds.get(f["kind"], "")])
        if not rows:
            return self.parse(["None known: the source page and the header agree."])
        return [self.table(["The source says", "The facts", "This package"], rows, [35, 35, 30], ["msgrpriv-errata"])]

    def render_shared_errata(self):
        """The faults of the pages' shared template: what each says, and on how many pages (linked)."""
        shared = self.model.shared_notes.get("shared", [])
        rows = [[f"``{f['says']}``", nodes.paragraph(text=f["what"]), f"{len(f['pages'])}: " + ", ".join(
                 map(learn, f["pages"]))]
                for f in self.model.findings if f["kind"] in shared]
        return [self.table(["The pages say", "The fault", "Pages"], rows, [35, 25, 40], ["msgrpriv-errata"])]

    def type_requirements(self, t):
        rows = [[nodes.paragraph(text=key), nodes.paragraph(text=value)] for key, value in t.requirements]
        return [self.table(["Requirement", "Value"], rows, [40, 60], ["msgrpriv-requirements"])]

    def type_see_also(self, t):
        return [nodes.bullet_list("", *[nodes.list_item("", nodes.paragraph("", "", nodes.reference(
            title, title, refuri=url))) for title, url in t.see_also], classes=["msgrpriv-see-also"])]

    def type_counterparts(self, t):
        """Each constant beside its counterpart in a related type, named by replacing a prefix."""
        related = t.notes_file["related"]
        old, new = related["prefix"]
        rows = [[f":c:enumerator:`{c.name}`", literal(c.shown_value), literal(new + c.name[len(old):]),
                 related.get("differences", {}).get(c.name, "same")] for c in t.constants]
        return [self.table([t.name, "Value", related["type"], "Meaning there"], rows, [30, 10, 35, 25],
                           ["msgrpriv-counterparts"])]

    # --- the site-wide pages ---------------------------------------------------------------

    def render_enumerations(self):
        """Every enumeration, a section per header in the headers' order, a line per type, and the
        table of contents of their pages."""
        found, indexes = [], {i["page"]: i["title"] for i in self.model.index_pages}
        for header in self.model.data.get("header", []):
            types = [t for t in self.model.types if header["name"] in [t.header, *t.data.get("also_in", [])]]
            if not types:
                continue
            rows = [[f":doc:`{t.name} </{t.page}>`", nodes.paragraph(text=t.summary), str(len(t.constants))]
                    for t in types]
            found += self.parse([f"``{header['name']}``", "-" * (len(header["name"]) + 4), "",
                                 f"Microsoft's ``{header['source']}``: {len(types)} of its "
                                 f"{learn(header['index'], indexes[header['index']])}, "
                                 f"{sum(len(t.constants) for t in types)} constants."])
            found[-1] += self.table(["Enumeration", "Summary", "Constants"], rows, [25, 65, 10],
                                    ["msgrpriv-enumerations"])
        return found + self.parse([".. toctree::", "   :hidden:", ""] + [f"   /{t.page}" for t in self.model.types])

    def render_lookup(self, part):
        """The look-up box (``box``: the script shows and answers it; without it there is no box), or
        every constant by value (``table``): decimal, hex as the source writes it, for an HRESULT-style
        code the signed HRESULT and its parts (one cell, a line each), the constant and its type, the
        meaning. The first row of each value holds its anchors (lookup.html#0x81000614, #6)."""
        if part == "box":  # its lines joined as they are: a line that starts with a space keeps it
            return [nodes.raw("", "".join(template(self.env, "lookup-box.html")), format="html")]
        rows, ids = [], []
        by_value = sorted(self.model.constants, key=lambda tc: tc[1].value)  # in the headers' order within a value
        for value, group in itertools.groupby(by_value, key=lambda tc: tc[1].value):
            for i, (t, c) in enumerate(group):
                forms = [str(value), "", literal(c.hex)]
                if values.has_parts(value):  # a success code (MSGR_S_*) too: its HRESULT is its value
                    forms += ["", literal(str(c.hresult or value))] + (["", values.parts(value)] if i == 0 else [])
                rows.append([forms, [f":c:enumerator:`{c.name}`", "", f":doc:`{t.name} </{t.page}>`"],
                             nodes.paragraph(text=c.meaning)])
                ids.append(values.anchors(value) if i == 0 else [])
        # The ids are set directly: docutils rewrites ids that start with a digit.
        table = self.table(["Value", "Constant and type", "Meaning"], rows, [20, 40, 40], ["msgrpriv-lookup"], ids,
                           nodes.paragraph)
        covered = nodes.paragraph(text=f"The constants have the values {self.model.ranges}: any other number is "
                                       "none of them.", classes=["msgrpriv-lookup-ranges"])
        return [covered, table]

    def render_sources(self):
        """Every page of Microsoft's this package quotes, by kind, each a link to its live address."""
        m = self.model
        kinds = [("Index pages", [(i["title"], i["page"]) for i in m.index_pages]),
                 ("Enumeration pages", [(f"{p['type']} ({p['header'].capitalize()})", p["page"])
                                        for p in m.enumeration_pages]),
                 ("Enumerations marked unsupported", [(u["type"], u["page"]) for u in m.unsupported]),
                 ("Method, property and event pages (:doc:`/reference/returns`)",
                  [(member["name"], member["page"]) for member in m.member_pages])]
        return self.parse([f"- {title} ({len(pages)}): {', '.join(learn(page, shown) for shown, page in pages)}"
                           for title, pages in kinds])

    def render_members(self):
        """Every member page that names a code: its rows, the code as the page writes it (linked where it
        is a constant here) and the page's own sentence."""
        rows, ids, known = [], [], {c.name for _, c in self.model.constants}
        for member in self.model.member_pages:
            page = member["page"]
            for i, row in enumerate(member["rows"]):
                code = " ".join(f"``{row[key]}``" for key in ("name", "value") if key in row)
                if row.get("constant") in known:
                    code = f":c:enumerator:`{row['constant']}`" + (f" (``{row['value']}``)" if "value" in row else "")
                rows.append([f"{learn(page, member['name'])} ({member['kind']})" if i == 0 else "",
                             f"{row['section']}: {code}", nodes.paragraph(text=row["sentence"])])
                ids.append([page] if i == 0 else [])
        return [self.table(["Member", "Where, and the code", "The page's words"], rows, [30, 30, 40],
                           ["msgrpriv-members"], ids)]

    def render_unsupported(self):
        """The enumerations Microsoft marks unsupported, as its index lists them, and what its page says."""
        unsupported = self.model.unsupported
        rows = [[nodes.paragraph(text=u["type"]), learn(u["page"]), nodes.paragraph(text=u["text"])]
                for u in unsupported]
        return [self.table(["Enumeration", "Microsoft's page", "What it says"], rows, [30, 35, 35],
                           ["msgrpriv-unsupported"], [[u["type"].lower(), u["type"]] for u in unsupported])]

    def render_deprecated(self):
        """Every symbol the headers mark @deprecated, with what its comment says."""
        rows, ids, row_of = [], [], {}
        for name, kind, text, xref_id in self.model.deprecated():
            if kind == "enum":  # Doxygen gives the typedef's comment to the tag: the type's row
                name, kind = name[len("tag"):], "typedef"
            if name in row_of:  # Breathe links each symbol's "Deprecated" note to its row
                ids[row_of[name]].append(xref_id)
                continue
            shown = f":c:type:`{name}` (and its constants)" if kind == "typedef" and "::" not in name \
                else literal(name) + " (:doc:`C++ </api/cpp>`)"
            row_of[name] = len(rows)
            rows.append([shown, nodes.paragraph(text=text)])
            ids.append([xref_id])
        return [self.table(["Deprecated", "What the header says"], rows, [40, 60], ["msgrpriv-deprecated-list"], ids,
                           nodes.paragraph, self.state.document)]

    def render_source(self, header):
        """A header, each line numbered and anchored (L-<n>), from the XML's program listing, so that
        every constant links to its line, as rustdoc's [src] does; the numbers are no links (900
        links to themselves give a reader nothing and made the page seven times slower for axe)."""
        from pygments import highlight
        from pygments.formatters import HtmlFormatter

        text = "\n".join(self.model.listings[header]) + "\n"
        formatter = HtmlFormatter(linenos="inline", linespans="L", cssclass="highlight", wrapcode=True)
        html = f'<div class="highlight-c notranslate msgrpriv-source">{highlight(text, PlainC(), formatter)}</div>'
        return [nodes.raw("", html, format="html"),
                addnodes.only("", nodes.literal_block(text, text, language="c"), expr="not html")]

    def render_example(self, source):
        """An example's compiled source, its checked output and how to build it, from the files the tests
        use, with its command from examples/runs.cmake (docs/_templates/msgrpriv/example.rst)."""
        stem, extension = os.path.splitext(source)
        runs = os.path.abspath(os.path.join(self.env.srcdir, os.pardir, "examples", "runs.cmake"))
        self.env.note_dependency(runs)
        with open(runs, encoding="utf-8") as stream:
            run = re.search(rf"msgrpriv_example_run\({stem} {stem}((?:[^()]|\([^()]*\))*)\)", stream.read()).group(1)
        args = re.search(r"ARGS (.*?)(?: EXIT| OUTPUT| STDERR|$)", " ".join(run.split()))
        language, compiler = ("c", "cc -std=c99") if extension == ".c" else ("cpp", "c++ -std=c++17")
        return self.parse(template(self.env, "example.rst", source=source, stem=stem, language=language,
                                   compiler=compiler, command=f"{stem} {args.group(1) if args else ''}".strip()))


class breakable(nodes.Inline, nodes.TextElement):
    """A name that may break after "_" or "::" on HTML pages (SESSION_<wbr>STATE), one word to
    everything else: the search index, the man pages."""


def visit_breakable(translator, node):
    translator.body.append(re.sub(r"(_|::)", r"\1<wbr>", translator.encode(node.astext())))
    raise nodes.SkipNode


class BreakLongNames(SphinxPostTransform):
    """Long names may break after an underscore or "::", never inside a word: in titles on a phone,
    and in the tables of members, constants and values, whose names (MISTATUS_LOCAL_SYNCHRONIZING_WITH_SERVER)
    would otherwise widen them past the page."""

    formats = ("html",)
    default_priority = 7

    def run(self, **kwargs):
        tables = [t for t in self.document.findall(nodes.table)
                  if {"msgrpriv-members", "msgrpriv-constants", "msgrpriv-lookup"} & set(t["classes"])]
        for text in [t for node in [*self.document.findall(nodes.title), *tables] for t in node.findall(nodes.Text)]:
            if re.search(r"_|::", text) and not isinstance(text.parent, breakable) and \
                    not (isinstance(text.parent, nodes.literal) and isinstance(text.parent.parent, nodes.title)):
                text.parent.replace(text, breakable("", str(text)))


class CompactConstantRows(SphinxPostTransform):
    """In the constants table the column says what each object is: no "enumerator" keyword."""

    default_priority = 150  # before SigElementFallbackTransform (200) turns signature parts into inlines

    def run(self, **kwargs):
        for table in self.document.findall(nodes.table):
            if "msgrpriv-constants" in table["classes"]:
                for keyword in list(table.findall(addnodes.desc_sig_keyword)):
                    space = keyword.next_node(descend=False, siblings=True)
                    if isinstance(space, addnodes.desc_sig_space):
                        space.parent.remove(space)
                    keyword.parent.remove(keyword)


def write_stubs(app):
    """A page per type, reference/<type>.rst, and per header, source/<header>_h.rst, from the
    templates in docs/_templates/msgrpriv/, written where Sphinx reads pages (as autosummary writes
    its stubs), rewritten when they would change, gone with their type or header."""
    model, renderer = values.of(app.env), ReSTRenderer([app.srcdir + "/_templates"])
    wanted = {t.page + ".rst": renderer.render("msgrpriv/type.rst", {
        "name": t.name, "header": t.header, "also_in": t.data.get("also_in", []), "implicit": t.values_note,
        "notes": t.notes_file, "helpers": list(t.helpers.values()), "list_macro": t.list_macro,
        "list_header": os.path.basename(t.list_header)}) for t in model.types}
    wanted.update({source_page(h) + ".rst": renderer.render("msgrpriv/source.rst", {
        "header": h, "types": [t.name for t in model.types if t.header == h]}) for h in model.headers
        if h.endswith(".h")})
    for folder in ("reference", "source"):
        os.makedirs(os.path.join(app.srcdir, folder), exist_ok=True)
        for name in os.listdir(os.path.join(app.srcdir, folder)):
            path = os.path.join(app.srcdir, folder, name)
            if f"{folder}/{name}" not in wanted and name.endswith(".rst") and \
                    STUB in open(path, encoding="utf-8").read(200):
                os.remove(path)
    for name, text in wanted.items():
        outputs.update(os.path.join(app.srcdir, name), text)


def said_by(rows, returns):
    """An item per sentence: the members that say it (each a link to what it returns, with its sections),
    then the sentence, once."""
    items = []
    for sentence, members in values.by_sentence(rows):
        paragraph = nodes.paragraph()
        for i, (member, page, sections) in enumerate(members):
            link = nodes.reference(member, member, internal=True, refuri=f"{returns}#{page}")
            paragraph += [nodes.Text(", " if i else ""), link, nodes.Text(f" ({sections})")]
        paragraph += nodes.Text(f": \u201c{sentence}\u201d")
        items.append(nodes.list_item("", paragraph))
    return nodes.bullet_list("", *items, classes=["msgrpriv-returned-by"])


class PlainC(CLexer):
    """C with a span only where a colour scheme of the site shows a token unlike plain text: a
    blank's colour is never seen, and names and punctuation have text's colour in both schemes (a
    header's page is a quarter lighter). set_schemes gives the schemes (Furo's) at builder-inited."""
    schemes, plain = (), {}

    def get_tokens_unprocessed(self, text, *args, **kwargs):
        for index, ttype, value in super().get_tokens_unprocessed(text, *args, **kwargs):
            if ttype not in self.plain:
                self.plain[ttype] = all(look(s, ttype, fallback) == look(s, Text, fallback)
                                        for s, fallback in self.schemes)
            yield index, (Text if value.isspace() or self.plain[ttype] else ttype), value


def look(scheme, ttype, fallback):
    found = dict(scheme.style_for_token(ttype))
    return found | {"color": found["color"] or scheme.style_for_token(Text)["color"] or fallback}


def set_schemes(app):
    # Furo's colour for text a scheme gives none: black on light, white on dark.
    PlainC.schemes = ((get_style_by_name(app.config.pygments_style), "000000"),
                      (get_style_by_name(app.config.pygments_dark_style), "ffffff"))
