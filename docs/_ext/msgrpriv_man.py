"""Man pages that make sense in a terminal: references to other pages name
a man page or a file, and they read well at 80 columns with no troff
warnings: every table becomes a definition list (its first column the term,
the others "Header: text" paragraphs), and lines are neither justified nor
hyphenated, so that long names and addresses stay whole."""

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import docname_join


def table_as_definition_list(table):
    header = [entry.astext() for entry in next(table.findall(nodes.thead)).findall(nodes.entry)]
    items = nodes.definition_list(classes=table["classes"])
    for row in next(table.findall(nodes.tbody)).findall(nodes.row):
        entries = list(row.findall(nodes.entry))
        item = nodes.definition_list_item()
        item += nodes.term(text=entries[0].astext())
        definition = nodes.definition()
        for title, entry in zip(header[1:], entries[1:]):
            # Two columns: the value alone ("Header" over "Msgrpriv.h", not "Value: Msgrpriv.h").
            definition += nodes.paragraph(text=entry.astext() if len(header) == 2 else f"{title}: {entry.astext()}")
        item += definition
        items += item
    return items


# Left-aligned, unhyphenated text: an 80-column line cannot be stretched
# around a long address (troff would warn), and a C name split by a hyphen is
# no longer the name. groff 1.23's man macros set adjusting and hyphenation
# again from AD and HY at each section, paragraph and code block (.EE, which
# docutils 0.21 writes): so those say it too; groff 1.22 reads HY alone.
NO_ADJUST_NO_HYPHENATION = ".ds AD l\n.nr HY 0\n.na\n.nh\n"


class ManPageTables(SphinxPostTransform):
    """Tables to definition lists, for the man builder only; text left-aligned
    and unhyphenated throughout."""

    formats = ("man",)
    # After the reference extension's own man rendering of the constants (150).
    default_priority = 160

    def run(self, **kwargs):
        for table in list(self.document.findall(nodes.table)):
            table.replace_self(table_as_definition_list(table))
        self.document.insert(0, nodes.raw("", NO_ADJUST_NO_HYPHENATION, format="manpage"))


class ManPageSections(SphinxPostTransform):
    """The usual sections in the usual order (man-pages(7)): NAME, SYNOPSIS
    (a page's Syntax section, or the include line), DESCRIPTION (what comes
    before the first section: the deprecation and the summary), the page's
    own sections, COPYRIGHT (the attribution: sphinx-build -D copyright= keeps
    the writer from adding its own after everything), SEE ALSO last."""

    formats = ("man",)
    default_priority = 170  # after the tables are lists

    def run(self, **kwargs):
        top = next(iter(self.document.findall(nodes.section)), None)
        if top is None:
            return
        title, rest = top[0], list(top.children[1:])
        intro = [node for node in rest if not isinstance(node, nodes.section)]
        sections = [node for node in rest if isinstance(node, nodes.section)]
        named = {section[0].astext(): section for section in sections}
        synopsis = named.pop("Syntax", None)
        if synopsis is None:
            synopsis = self.section("Synopsis", [nodes.literal_block("", "#include <msgrpriv.h>")])
        else:
            synopsis[0] = nodes.title(text="Synopsis")
        see_also = named.pop("See also", None)
        ordered = [synopsis, self.section("Description", intro)] + \
            [section for section in sections if section[0].astext() in named] + \
            [self.section("Copyright", [nodes.paragraph(text=self.config.msgrpriv_attribution)])] + \
            ([see_also] if see_also is not None else [])
        top.children = []
        top += title
        for section in ordered:
            top += section

    @staticmethod
    def section(title, children):
        section = nodes.section()
        section += nodes.title(text=title)
        for child in children:
            section += child
        return section


class PlainBanner(SphinxPostTransform):
    """In a terminal the deprecation banner reads as one sentence: its links'
    addresses would break it up (the See also section lists the pages)."""

    formats = ("man",)
    default_priority = 6  # after ManPageReferences

    def run(self, **kwargs):
        for admonition in self.document.findall(nodes.admonition):
            if "msgrpriv-deprecated" in admonition["classes"]:
                for link in list(admonition.findall(nodes.reference)):
                    link.replace_self(link.children)


class ManPageReferences(SphinxPostTransform):
    """A reference to another page means nothing in a terminal: one to a
    page that is a man page names it (SESSION_RESULT(3)), any other names its
    file in the installed HTML reference; one within the page stays text."""

    formats = ("man",)
    default_priority = 5  # before Sphinx resolves references

    def run(self, **kwargs):
        man_pages = {page[0]: page[1] for page in self.config.man_pages}
        labels = self.env.get_domain("std").labels
        for xref in list(self.document.findall(addnodes.pending_xref)):
            if xref.get("refdomain") != "std" or xref.get("reftype") not in ("doc", "ref"):
                continue
            target = xref["reftarget"]
            if xref["reftype"] == "doc":
                docname = docname_join(xref["refdoc"], target.lstrip("/")) if not target.startswith("/") \
                    else target.lstrip("/")
            else:
                docname = labels.get(target, (None,))[0]
            text = xref.astext()
            if not xref.get("refexplicit") and docname is not None:  # the title Sphinx would fill in
                text = labels[target][2] if xref["reftype"] == "ref" else self.env.titles[docname].astext()
            if docname is None or docname == xref["refdoc"]:
                pass
            elif docname in man_pages:
                text += f" ({man_pages[docname]}(3))"
            else:
                text += f" ({docname}.html in the HTML reference)"
            xref.replace_self(nodes.inline(text, text))


def setup(app):
    app.add_post_transform(ManPageReferences)
    app.add_post_transform(PlainBanner)
    app.add_post_transform(ManPageTables)
    app.add_post_transform(ManPageSections)
    app.add_config_value("msgrpriv_attribution", "", "man")
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
