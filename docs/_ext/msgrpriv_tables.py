"""A table for directives that build one: the nodes docutils' list-table
makes, built directly. Only each cell's text is parsed as reStructuredText,
on the directive's own (cached) parser: a list-table makes a new docutils
state machine for every row, which was about a tenth of the HTML build."""

from docutils import nodes
from docutils.statemachine import StringList


def table(directive, header, rows, widths, classes=(), source="<generated from Doxygen XML>"):
    """header: the column titles; rows: one list of cells each, a cell being
    a line or a list of lines of reStructuredText, or a node taken as it is
    (for text that is data, not markup); widths: "30 70"."""
    node = nodes.table(classes=["colwidths-given", *classes])
    columns = [int(width) for width in widths.split()]
    group = nodes.tgroup(cols=len(columns))
    node += group
    for width in columns:
        group += nodes.colspec(colwidth=width)
    head, body = nodes.thead(), nodes.tbody()
    for part, part_rows in ((head, [header]), (body, rows)):
        for cells in part_rows:
            if len(cells) != len(columns):
                raise directive.error(f"a table row has {len(cells)} cells for {len(columns)} columns: {cells}")
            row = nodes.row()
            for cell in cells:
                entry = nodes.entry()
                if isinstance(cell, nodes.Node):
                    entry += cell
                else:
                    lines = cell if isinstance(cell, list) else [cell]
                    directive.state.nested_parse(StringList(lines, source=source), directive.content_offset, entry)
                row += entry
            part += row
    group += head
    group += body
    return node
