"""A list-table in reStructuredText lines, for directives that build one."""


def list_table(header, rows, widths, extra_options=()):
    lines = [".. list-table::", "   :header-rows: 1", f"   :widths: {widths}"]
    lines += [f"   {option}" for option in extra_options]
    lines.append("")
    for row in [header] + rows:
        first = True
        for cell in row:
            cell_lines = cell if isinstance(cell, list) else [cell]
            prefix = "   * - " if first else "     - "
            lines.append(prefix + cell_lines[0])
            lines += ["       " + more if more else "" for more in cell_lines[1:]]
            first = False
    return lines
