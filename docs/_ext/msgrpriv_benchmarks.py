"""The msgrpriv-benchmark-results directive: the table bench/run.py --save
recorded, with its machine and date."""

import json
import os

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

from msgrpriv_tables import table

RESULTS = os.path.join(os.path.dirname(__file__), os.pardir, os.pardir, "bench", "results", "latest.json")


class BenchmarkResultsDirective(SphinxDirective):
    """The table bench/run.py --save recorded, with its machine and date."""

    def run(self):
        path = os.path.abspath(RESULTS)
        self.env.note_dependency(path)
        if not os.path.exists(path):
            return [nodes.paragraph(text="No results are recorded yet: run "
                                         "bench/run.py --save bench/results/latest.json.")]
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
        source = "<bench/results/latest.json>"
        lines = [f"Measured on {data['machine']}, {data['date']}, with ``bench/run.py``.", ""]
        rows = []
        for row in data["rows"]:
            unit = row["unit"]
            def show(value):
                return f"{value / 1e6:.2f} M" if unit == "Ir" else f"{value:.2f}"
            verdict = "" if row["ok"] is None else (" (holds)" if row["ok"] else " (does not hold)")
            # Measured data, not markup: plain text.
            rows.append([nodes.paragraph(text=text) for text in (
                row["figure"], f"{show(row['value'])} {unit}", row["baseline"],
                f"{show(row['baseline_value'])} {unit}", f"{row['ratio']:.3f}",
                (row["target"] + verdict).strip() or "-")])
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=source), self.content_offset, container)
        return container.children + [table(self, ["Figure", "Value", "Baseline", "Baseline value", "Ratio", "Target"],
                                           rows, "30 12 24 12 8 14", ["msgrpriv-benchmarks"], source)]


def setup(app):
    app.add_directive("msgrpriv-benchmark-results", BenchmarkResultsDirective)
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
