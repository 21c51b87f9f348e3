"""Man pages that read well at 80 columns with no troff warnings: every
table becomes a definition list (its first column the term, the others
"Header: text" paragraphs), and lines are neither justified nor hyphenated,
so that long names and addresses stay whole."""

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform


def table_as_definition_list(table):
    header = [entry.astext() for entry in next(table.findall(nodes.thead)).findall(nodes.entry)]
    items = nodes.definition_list(classes=table["classes"])
    for row in next(table.findall(nodes.tbody)).findall(nodes.row):
        entries = list(row.findall(nodes.entry))
        item = nodes.definition_list_item()
        item += nodes.term(text=entries[0].astext())
        definition = nodes.definition()
        for title, entry in zip(header[1:], entries[1:]):
            definition += nodes.paragraph(text=f"{title}: {entry.astext()}")
        item += definition
        items += item
    return items


class ManPageTables(SphinxPostTransform):
    """Tables to definition lists, for the man builder only."""

    formats = ("man",)
    # After the reference extension's own man rendering of the constants (150).
    default_priority = 160

    def run(self, **kwargs):
        for table in list(self.document.findall(nodes.table)):
            table.replace_self(table_as_definition_list(table))
        # Left-aligned, unhyphenated text: an 80-column line cannot be
        # stretched around a long address (troff would warn), and a C name
        # split by a hyphen is no longer the name.
        self.document.insert(0, nodes.raw("", ".na\n.nh\n", format="manpage"))


def setup(app):
    app.add_post_transform(ManPageTables)
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
