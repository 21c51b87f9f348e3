"""The msgrpriv-example directive: an example page's compiled source, its
checked output and how to build it, from the same files the tests use."""

import os
import re

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

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
        self.env.note_dependency(os.path.abspath(os.path.join(EXAMPLES_DIR, "runs.cmake")))
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
            "   cmake -S examples -B build-examples -DCMAKE_PREFIX_PATH=<prefix>",
            "   cmake --build build-examples",
            "   ctest --test-dir build-examples --output-on-failure",
            "",
            "Or this one file alone:",
            "",
            ".. code-block:: sh",
            "",
            "   export PKG_CONFIG_PATH=<prefix>/share/pkgconfig",
            f"   {compiler} $(pkg-config --cflags msgrpriv) {source} -o {stem} && ./{command}",
        ]
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=f"<example {source}>"), self.content_offset, container)
        return container.children


def setup(app):
    app.add_directive("msgrpriv-example", ExampleDirective)
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
