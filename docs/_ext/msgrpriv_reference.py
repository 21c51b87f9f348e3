"""Sphinx directives that render SESSION_STATE's reference page from
Doxygen's XML of include/msgrpriv.h, so no declaration, constant or
requirement is typed twice.

The constants table is made of Sphinx's own C-domain directives, one per row:
each row is the object that the index, search, cross-references and
objects.inv point at.
"""

import json
import os
import re
import sys

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.errors import ExtensionError
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

sys.path.insert(0, os.path.join(os.path.dirname(__file__), os.pardir, "tools"))
from doxygen_model import SessionStateDocs  # noqa: E402

RENDEZVOUS_NOTE = {
    # Where RENDEZVOUS_SESSION_STATE's wording differs (related-pages.md).
    "SS_DECLINED": 'spelled "The session is remotely cancelled."',
}


class _XmlDirective(SphinxDirective):
    """Base: loads the model and makes the page depend on the XML."""

    def docs(self):
        xml_dir = self.config.breathe_projects[self.config.breathe_default_project]
        model = SessionStateDocs(xml_dir)
        # Re-read the page when the XML, this extension or its reader changes.
        for path in (model.path, __file__, sys.modules[SessionStateDocs.__module__].__file__):
            self.env.note_dependency(os.path.abspath(path))
        return model

    def doxygen_target(self, doxygen_id):
        """A label under Doxygen's id, so Breathe's references to this
        symbol (the deprecated list, function signatures) land here."""
        target = nodes.target("", "", ids=[doxygen_id], names=[doxygen_id])
        self.state.document.note_explicit_target(target)
        return target

    def parse_rst(self, lines):
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source="<generated from Doxygen XML>"),
                                self.content_offset, container)
        return container.children


def _literal(text):
    return "``" + text + "``"


def _list_table(header, rows, widths, extra_options=()):
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


class DeprecationDirective(_XmlDirective):
    """The banner: an admonition with "Do not use." and the source's banner
    sentence, from the header's @deprecated."""

    def run(self):
        model = self.docs()
        admonition = nodes.admonition(classes=["warning", "msgrpriv-deprecated"])
        admonition += nodes.title(text="Deprecated")
        admonition += nodes.paragraph(text=model.deprecation)
        return [admonition]


class SummaryDirective(_XmlDirective):
    def run(self):
        model = self.docs()
        return [nodes.paragraph(text=model.summary, classes=["msgrpriv-summary"])]


class SyntaxDirective(_XmlDirective):
    """The declaration in the source's Syntax shape."""

    def run(self):
        model = self.docs()
        return [nodes.literal_block(model.syntax(), model.syntax(), language="c",
                                    classes=["msgrpriv-syntax"])]


class DeclarationsDirective(_XmlDirective):
    """The C-domain objects for the type and its tag, and the header's notes."""

    def run(self):
        model = self.docs()
        notes = [nodes.paragraph(text=note) for note in model.notes]
        targets = [self.doxygen_target(model.typedef_member.get("id")),
                   self.doxygen_target(model.enum_member.get("id"))]
        declarations = self.parse_rst([
            f".. c:type:: {model.typedef_member.findtext('definition').replace('typedef ', '', 1)}",
            "",
            f"   {model.summary}",
            "",
            f".. c:enum:: {model.enum_member.findtext('name')}",
            "",
            f"   The enumeration's tag. Name the type as {_literal(model.typedef_member.findtext('name'))}.",
        ])
        return notes + targets + declarations


class ConstantsDirective(_XmlDirective):
    """One row per constant: name (a C-domain enumerator), value, meaning."""

    def run(self):
        model = self.docs()
        rows = [[[f".. c:enumerator:: {c.name}", ""], str(c.value), c.meaning] for c in model.constants]
        targets = [self.doxygen_target(c.doxygen_id) for c in model.constants]
        return targets + self.parse_rst(_list_table(["Constant", "Value", "Meaning"], rows, "30 10 60",
                                          [":class: msgrpriv-constants"]))


class RequirementsDirective(_XmlDirective):
    def run(self):
        model = self.docs()
        rows = [[name, value] for name, value in model.requirements]
        return self.parse_rst(_list_table(["Requirement", "Value"], rows, "40 60",
                                          [":class: msgrpriv-requirements"]))


class SeeAlsoDirective(_XmlDirective):
    def run(self):
        model = self.docs()
        items = nodes.bullet_list(classes=["msgrpriv-see-also"])
        for title, url in model.see_also:
            paragraph = nodes.paragraph()
            paragraph += nodes.reference(title, title, refuri=url)
            items += nodes.list_item("", paragraph)
        return [items]


class RendezvousDirective(_XmlDirective):
    """SESSION_STATE beside RENDEZVOUS_SESSION_STATE: same order, same values."""

    def run(self):
        model = self.docs()
        rows = []
        for c in model.constants:
            rendezvous = "RSS_" + c.name[len("SS_"):]
            note = RENDEZVOUS_NOTE.get(c.name, "same")
            rows.append([f":c:enumerator:`{c.name}`", str(c.value), _literal(rendezvous), note])
        return self.parse_rst(_list_table(
            ["SESSION_STATE", "Value", "RENDEZVOUS_SESSION_STATE", "Meaning there"], rows, "30 10 35 25"))


class CompactConstantRows(SphinxPostTransform):
    """In the constants table the column says what each object is: drop the
    "enumerator" keyword, and in man pages keep just the name."""

    # Before SigElementFallbackTransform (200) turns signature parts into inlines.
    default_priority = 150

    def run(self, **kwargs):
        for table in self.document.findall(nodes.table):
            if "msgrpriv-constants" not in table["classes"]:
                continue
            for desc in list(table.findall(addnodes.desc)):
                if self.app.builder.format == "man":
                    names = list(desc.findall(addnodes.desc_name))
                    desc.replace_self(nodes.literal(text=names[0].astext()))
                    continue
                for keyword in list(desc.findall(addnodes.desc_sig_keyword)):
                    space = keyword.next_node(descend=False, siblings=True)
                    if isinstance(space, addnodes.desc_sig_space):
                        space.parent.remove(space)
                    keyword.parent.remove(keyword)


EXAMPLES_DIR = os.path.join(os.path.dirname(__file__), os.pardir, os.pardir, "examples")


def example_runs():
    """{example: ARGS of its run checked against an .output file}, from
    examples/runs.cmake, the file the tests read."""
    with open(os.path.join(EXAMPLES_DIR, "runs.cmake"), encoding="utf-8") as stream:
        text = stream.read()
    runs = {}
    for _, example, rest in re.findall(r"msgrpriv_example_run\((\S+) (\S+)((?:[^()]|\([^()]*\))*)\)", text):
        if "OUTPUT" in rest:
            args = re.search(r"ARGS (.*?)(?: EXIT| OUTPUT| STDERR|$)", " ".join(rest.split()))
            runs[example] = args.group(1) if args else ""
    return runs


class ExampleDirective(SphinxDirective):
    """An example page's body: the compiled source, its checked output and
    how to build it on its own."""

    required_arguments = 1

    def run(self):
        source = self.arguments[0]
        stem, extension = os.path.splitext(source)
        language = "c" if extension == ".c" else "cpp"
        args = example_runs()[stem]
        command = f"{stem} {args}".strip()
        for path in (os.path.join(EXAMPLES_DIR, "runs.cmake"), __file__):
            self.env.note_dependency(os.path.abspath(path))
        compiler = "cc -std=c99" if language == "c" else "c++ -std=c++17"
        lines = [
            f".. literalinclude:: /../examples/{source}",
            f"   :language: {language}",
            f"   :caption: examples/{source}",
            "   :class: msgrpriv-file",
            "",
            f"Running ``{command}`` prints exactly this (the tests compare it, on Linux and under Wine):",
            "",
            f".. literalinclude:: /../examples/{stem}.output",
            "   :language: text",
            f"   :caption: examples/{stem}.output",
            "   :class: msgrpriv-file",
            "",
            "Build and run it on its own against an installed msgrpriv, as the tests do with a copy of",
            "the ``examples`` folder:",
            "",
            ".. code-block:: sh",
            "",
            "   cmake -S examples -B build-examples -DCMAKE_PREFIX_PATH=/path/to/msgrpriv/prefix",
            "   cmake --build build-examples",
            "   ctest --test-dir build-examples --output-on-failure",
            "",
            "Or this one file alone:",
            "",
            ".. code-block:: sh",
            "",
            f"   {compiler} $(pkg-config --cflags msgrpriv) {source} -o {stem} && ./{command}",
        ]
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=f"<example {source}>"), self.content_offset, container)
        return container.children


DEBIAN_NORMALIZE_IMPORT = "@import url(/javascript/normalize.css/normalize.css);"


def serve_normalize_css_locally(app, exception):
    """Debian's furo.css imports normalize.css from /javascript/, which only
    a Debian web server has: put the file's rules in place of the import, so
    the site needs no extra request and no path can resolve wrongly."""
    if exception is not None or app.builder.format != "html":
        return
    furo_css = os.path.join(app.outdir, "_static", "styles", "furo.css")
    if not os.path.exists(furo_css):
        return
    with open(furo_css, encoding="utf-8") as stream:
        css = stream.read()
    if DEBIAN_NORMALIZE_IMPORT not in css:
        return
    source = app.config.msgrpriv_normalize_css
    if not source or not os.path.exists(source):
        raise ExtensionError("furo.css imports /javascript/normalize.css/normalize.css; pass Debian's copy "
                             "(package node-normalize.css) as -D msgrpriv_normalize_css=<file>")
    with open(source, encoding="utf-8") as stream:
        normalize = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", stream.read())
    with open(furo_css, "w", encoding="utf-8") as stream:
        stream.write(css.replace(DEBIAN_NORMALIZE_IMPORT, normalize))


def outdated_when_static_files_change(app, env, added, changed, removed):
    """Sphinx copies _static only when some page is out of date, so a change
    to a CSS or JS file alone would never reach the site: mark the front page
    out of date when any static file changed since the last build."""
    stamps = {}
    for entry in app.config.html_static_path:
        for folder, _, files in os.walk(os.path.join(app.confdir, entry)):
            for name in files:
                path = os.path.join(folder, name)
                stamps[os.path.relpath(path, app.confdir)] = os.path.getmtime(path)
    previous = getattr(env, "msgrpriv_static_stamps", None)
    env.msgrpriv_static_stamps = stamps
    return [app.config.root_doc] if previous != stamps else []


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
        lines = [f"Measured on {data['machine']}, {data['date']}, with ``bench/run.py``.", ""]
        rows = []
        for row in data["rows"]:
            unit = row["unit"]
            def show(value):
                return f"{value / 1e6:.2f} M" if unit == "Ir" else f"{value:.2f}"
            verdict = "" if row["ok"] is None else (" (holds)" if row["ok"] else " (does not hold)")
            rows.append([row["figure"], f"{show(row['value'])} {unit}", row["baseline"],
                         f"{show(row['baseline_value'])} {unit}", f"{row['ratio']:.3f}",
                         (row["target"] + verdict).strip() or "-"])
        lines += _list_table(["Figure", "Value", "Baseline", "Baseline value", "Ratio", "Target"],
                             rows, "30 12 24 12 8 14", [":class: msgrpriv-benchmarks"])
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source="<bench/results/latest.json>"), self.content_offset,
                                container)
        return container.children


def setup(app):
    app.add_directive("msgrpriv-benchmark-results", BenchmarkResultsDirective)
    app.connect("env-get-outdated", outdated_when_static_files_change)
    app.add_config_value("msgrpriv_normalize_css", "", "html")
    app.connect("build-finished", serve_normalize_css_locally)
    app.add_directive("msgrpriv-example", ExampleDirective)
    app.add_post_transform(CompactConstantRows)
    for name, directive in {
        "msgrpriv-deprecation": DeprecationDirective,
        "msgrpriv-summary": SummaryDirective,
        "msgrpriv-syntax": SyntaxDirective,
        "msgrpriv-declarations": DeclarationsDirective,
        "msgrpriv-constants": ConstantsDirective,
        "msgrpriv-requirements": RequirementsDirective,
        "msgrpriv-see-also": SeeAlsoDirective,
        "msgrpriv-rendezvous": RendezvousDirective,
    }.items():
        app.add_directive(name, directive)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
