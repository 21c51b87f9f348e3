"""Every man page, written by one writer, as curl's cd2nroff writes all of curl's: a type's page
and msgrpriv(3) from the resolved doctree of their HTML page, a page per constant from the model,
all through one troff translator whose look lives here. They read well at 80 columns with no troff
warning: no justification and no hyphenation (a C name or an address split by a hyphen is no longer
itself), tables as lists, links that name a man page or a full address, addresses broken only
after a '/'. Man pages and a symbolic link for every other symbol a page documents (`man 3
MsgrSessionStateName`) are written next to each other; stale ones go."""

import os
import re
import time

from docutils import nodes
from sphinx import addnodes

from . import model as values, outputs

# groff 1.23's man macros set adjusting and hyphenation again from AD and HY at each section and
# paragraph, so those say it too; groff 1.22 reads HY alone.
PREAMBLE = ".ds AD l\n.nr HY 0\n.na\n.nh\n"
COPYRIGHT = "msgrpriv contributors, MIT License. " + values.ATTRIBUTION


def escape(text):
    """Text for a troff text line: backslashes, hyphens as hyphens, no line starting a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-").replace("\u2019", "'")
    return re.sub(r"(^|\n)([.'])", r"\1\\&\2", text)


def address(url):
    """An address troff may break after any '/' without adding a hyphen."""
    return escape(url).replace("/", "/\\:")


class Writer:
    """A docutils tree as troff text: sections, paragraphs, lists, tables (as lists), code,
    domain objects (their signature over their text), admonitions and links."""

    def __init__(self, man_pages, this_page, names=()):
        self.man_pages = man_pages  # docname -> man page name
        self.this_page = this_page
        self.names = names  # every name `man 3` finds: a link shown as one needs nothing after it
        self.out = []

    def text(self, node, links=True):
        """A node's inline text, marked up."""
        if isinstance(node, nodes.Text):
            return escape(node.astext().replace("\n", " "))
        if isinstance(node, (nodes.raw, nodes.comment, nodes.target, addnodes.index)) or \
                {"headerlink", "msgrpriv-anchor"} & set(node.get("classes", [])):
            return ""
        if isinstance(node, addnodes.desc_parameterlist):
            return "(" + ", ".join(self.text(child, links) for child in node.children) + ")"
        inner = "".join(self.text(child, links) for child in node.children)
        if isinstance(node, nodes.strong):
            return f"\\fB{inner}\\fR"
        if isinstance(node, nodes.emphasis):
            return f"\\fI{inner}\\fR"
        if isinstance(node, nodes.reference) and links:
            return inner + self.link(node, node.astext())
        return inner

    def link(self, node, shown):
        """What follows a link's text: the man page it is, or its address; nothing for a page
        that is no man page, or this one."""
        uri = node.get("refuri", "")
        if uri.startswith(("http://", "https://")):
            return "" if uri == shown else f" <{address(uri)}>"
        page = re.sub(r"\.html(#.*)?$", "", uri)
        docname = os.path.normpath(os.path.join(os.path.dirname(self.this_page), page)) if page else ""
        name = self.man_pages.get(docname)
        symbol = shown.rstrip("()")
        return "" if name is None or docname == self.this_page or symbol == name or symbol in self.names \
            else f" ({escape(name)}(3))"

    def paragraph(self, text, inside):
        if text.strip():
            self.out += [".IP" if inside else ".PP", text.strip()]

    def block(self, node, depth=0, inside=False):
        """A block node and what it holds; inside: within a list item, at its indentation."""
        classes = set(node.get("classes", [])) if isinstance(node, nodes.Element) else set()
        if isinstance(node, (nodes.raw, nodes.comment, nodes.target, nodes.substitution_definition,
                             addnodes.index, nodes.title)) or "msgrpriv-anchor" in classes:
            return
        if isinstance(node, nodes.section):
            title = node[0].astext()
            self.out += [(".SH " + escape(title.upper())) if depth <= 1 else (".SS " + escape(title)),
                         PREAMBLE.rstrip()]
            for child in node.children[1:]:
                self.block(child, depth + 1)
        elif isinstance(node, (nodes.paragraph, nodes.rubric, nodes.caption)):
            self.paragraph(self.text(node), inside)
        elif isinstance(node, nodes.literal_block):
            self.out += [".IP" if inside else ".PP", ".RS 4" if not inside else ".RS", ".nf"]
            self.out += [escape(line) for line in node.astext().split("\n")] + [".fi", ".RE"]
        elif isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
            self.out += [".RS"] if inside else []
            for item in node.children:
                self.out.append(".IP \\(bu 2")
                self.body(item.children, depth)
            self.out += [".RE"] if inside else []
        elif isinstance(node, nodes.table):
            self.table(node, depth, classes)
        elif isinstance(node, addnodes.desc):
            for child in node.children:
                if isinstance(child, addnodes.desc_signature):
                    self.out += [".TP", self.text(child)]
                elif isinstance(child, addnodes.desc_content):
                    self.body(child.children, depth)
        elif isinstance(node, nodes.field_list):
            for field in node.children:
                self.paragraph(f"\\fB{escape(field[0].astext())}\\fR", inside)
                self.out.append(".RS")
                for child in field[1].children:
                    self.block(child, depth, True)
                self.out.append(".RE")
        elif isinstance(node, nodes.Admonition):
            # The deprecation reads as one sentence: its links' addresses would break it up
            # (SEE ALSO lists the pages).
            links = "msgrpriv-deprecated" not in classes
            self.out += [".PP", ".RS 4"]
            for child in node.children:  # a title, then paragraphs
                title = isinstance(child, nodes.title)
                self.paragraph(f"\\fB{escape(child.astext())}\\fR" if title else self.text(child, links), False)
            self.out.append(".RE")
        elif isinstance(node, nodes.Element):
            for child in node.children:
                if isinstance(child, nodes.Text):
                    self.paragraph(escape(child.astext()), inside)
                else:
                    self.block(child, depth, inside)

    def body(self, children, depth):
        """An item's blocks at its indentation, the first paragraph on its first line."""
        for i, child in enumerate(children):
            if i == 0 and isinstance(child, nodes.paragraph):
                self.out.append(self.text(child) or "\\&")
            else:
                self.block(child, depth, True)

    def table(self, node, depth, classes):
        """A table as a list: a constant's row as "NAME = value" over its meaning; a related type's
        row on one line; any other row its first cell over the others ("Header: text", or the value
        alone where there is one other column)."""
        header = [entry.astext() for entry in next(node.findall(nodes.thead)).findall(nodes.entry)]
        for row in next(node.findall(nodes.tbody)).findall(nodes.row):
            entries = [e for e in row.children if isinstance(e, nodes.entry)]
            signature = next(entries[0].findall(addnodes.desc_name), None)
            cells = [self.text(signature if signature is not None and i == 0 else e).strip()
                     for i, e in enumerate(entries)]
            cells[0] = re.sub(r"\s*msgrpriv\S*\.h:\d+$", "", cells[0])  # the header line, on the HTML page
            if "msgrpriv-constants" in classes:  # the meaning alone: the rest is on the constant's own page
                extra = "".join(f" ({escape(h)}: {v})" for h, v in zip(header[2:-1], cells[2:-1]))
                self.out += [".TP", f"\\fB{cells[0]}\\fR = {cells[1]}{extra}", self.text(entries[-1][0])]
            elif "msgrpriv-counterparts" in classes:
                note = "" if cells[3] == "same" else f" (meaning there: {cells[3]})"
                self.out += [".IP \\(bu 2", f"{cells[0]} = {cells[1]}: {cells[2]}{note}"]
            else:
                self.out += [".TP", cells[0]]
                for i, (title, text) in enumerate(zip(header[1:], cells[1:])):
                    self.out += ([".IP"] if i else []) + [text if len(header) == 2 else f"{escape(title)}: {text}"]

    def page(self, name, section_title, synopsis, sections, see_also, version, date):
        """A whole page: NAME, SYNOPSIS, the sections, COPYRIGHT, SEE ALSO."""
        self.out = [f'.TH "{escape(name)}" "3" "{date}" "{version}" "msgrpriv"', PREAMBLE.rstrip(), ".SH NAME",
                    f"{escape(name)} \\- {escape(section_title)}", ".SH SYNOPSIS", ".nf"]
        self.out += [escape(line) for line in synopsis] + [".fi"]
        for title, children in sections:
            self.block(nodes.section("", nodes.title(text=title), *children), 1)
        refs = [f".BR {escape(n)} (3)" for n in see_also["pages"]] + [address(url) for url in see_also["urls"]]
        self.out += [".SH COPYRIGHT", escape(COPYRIGHT), ".SH SEE ALSO", PREAMBLE.rstrip()]
        self.out += [ref + ("," if i + 1 < len(refs) else "") for i, ref in enumerate(refs)]
        return "\n".join(self.out) + "\n"


def constant_page(t, c):
    """SS_DECLINED(3): its value in every form, meaning, type, deprecation."""
    page_value = c.data.get("page_value")
    forms = [f"{c.literal} (as the source page writes it)" if c.literal is not None and not page_value else
             f"{c.literal} (corrected: the source page writes {page_value}; see the type's errata)" if page_value else
             f"{c.value} (implicit: the source page gives it no value; C gives it one more than the constant "
             "before it, 0 for the first)",
             f"decimal {c.value}, hex {hex(c.value)}"]
    if c.hresult is not None:
        forms.append(f"as an HRESULT {c.hresult} ({values.parts(c.value)})")
    declared = ("(int)" if c.hresult is not None else "") + c.shown_value
    value = nodes.section("", nodes.title(text="Value"), nodes.bullet_list(
        "", *[nodes.list_item("", nodes.paragraph(text=form)) for form in forms]))
    kind = nodes.section("", nodes.title(text="Type"), nodes.paragraph(text=f"{t.name}: {t.summary}"))
    description = [nodes.paragraph(text=c.meaning),
                   nodes.paragraph(text="Its documented meaning, verbatim from the source page."), value, kind]
    for title, rows in (("Returned by", c.returned_by), ("Also named by", c.named_by)):
        if rows:
            description.append(nodes.section("", nodes.title(text=title), nodes.bullet_list("", *[
                nodes.list_item("", nodes.paragraph(text=", ".join(f"{m} ({sections})" for m, _, sections in members)
                                                    + f": \u201c{sentence}\u201d"))
                for sentence, members in values.by_sentence(rows)])))
    notes = [nodes.paragraph(text=t.deprecation),
             nodes.paragraph(text="Naming the constant draws the compiler's deprecation diagnostic; define "
                                  "MSGRPRIV_NO_DEPRECATION_WARNINGS before the include to silence it.")]
    synopsis = [f"#include <{t.header}>", "", f"typedef enum {t.tag} {{", "    ...", f"    {c.name} = {declared},",
                "    ...", f"}} {t.name};"]
    return (c.name, f"a {t.name} constant ({t.header.capitalize()}, deprecated)", synopsis,
            [("Description", description), ("Notes", notes)], {"pages": [t.name, "msgrpriv"], "urls": [t.source_url]})


def from_doctree(doctree, t=None):
    """A type's page (or msgrpriv(3)) from its HTML page's doctree: the page's sections in its
    order; its Syntax becomes the SYNOPSIS and its "See also", SEE ALSO (its words on the type's
    uses, the end of the DESCRIPTION)."""
    top = next(doctree.findall(nodes.section))
    intro = [n for n in top.children[1:] if not isinstance(n, nodes.section)]
    sections = [(s[0].astext(), s.children[1:]) for s in top.children if isinstance(s, nodes.section)]
    see_also = next((children for title, children in sections if title == "See also"), [])
    urls = [r["refuri"] for child in see_also for r in child.findall(nodes.reference)
            if r.get("refuri", "").startswith("http")] if t else []
    sections = [(title, children) for title, children in sections if title not in ("Syntax", "See also")]
    if t is None:
        return "#include <msgrpriv.h>", [("Description", intro)] + sections, urls
    synopsis = [f"#include <{t.header}>", ""] + t.syntax().split("\n")
    described = intro + ([nodes.paragraph(text=t.values_note)] if t.values_note else []) + \
        [nodes.paragraph(text=note) for note in t.notes] + [c for c in see_also if "msgrpriv-see-also" not in c["classes"]]
    return synopsis, [("Description", described)] + sections, urls


def write(app, m, man_dir):
    """Every man page and link, next to each other in man_dir."""
    os.makedirs(man_dir, exist_ok=True)
    date = time.strftime("%b %d, %Y", time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", "0"))))
    man_pages = {"api/c": "msgrpriv", **{t.page: t.name for t in m.types}}
    links = {m.findtext("name"): "msgrpriv" for m in m.members.values() if m.get("kind") == "define"}
    links.update({symbol: t.name for t in m.types for symbol in [t.tag, t.list_macro, *t.helpers.values()]})
    names = set(man_pages.values()) | set(links) | {c.name for _, c in m.constants}

    def page(docname, name, title, synopsis, sections, refs):
        return Writer(man_pages, docname, names).page(name, title, synopsis, sections, refs, app.config.version, date)

    pages = {}
    for docname, name in man_pages.items():
        t = next((t for t in m.types if t.page == docname), None)
        synopsis, sections, urls = from_doctree(app.env.get_and_resolve_doctree(docname, app.builder), t)
        title = f"{t.name} enumeration ({t.header.capitalize()}, deprecated)" if t else \
            "C helpers for the Windows Messenger enumerations"
        refs = {"pages": ["msgrpriv"] if t else [t.name for t in m.types], "urls": urls}
        pages[name] = page(docname, name, title, synopsis if t else [synopsis], sections, refs)
    for t, c in m.constants:
        pages[c.name] = page(t.page, *constant_page(t, c))
    links = {name: target for name, target in links.items() if name and name not in pages}
    for name in os.listdir(man_dir):
        if name.endswith(".3") and name[:-2] not in pages and name[:-2] not in links:
            os.remove(os.path.join(man_dir, name))  # a symbol that went away
    for name, text in pages.items():
        outputs.update(os.path.join(man_dir, name + ".3"), text)
    for name, target in links.items():
        path = os.path.join(man_dir, name + ".3")
        if not (os.path.islink(path) and os.readlink(path) == target + ".3"):
            if os.path.lexists(path):
                os.remove(path)
            os.symlink(target + ".3", path)
