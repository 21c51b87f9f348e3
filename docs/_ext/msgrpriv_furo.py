"""Fixes for furo: normalize.css inlined where Debian's furo.css imports it
from a path only Debian's web server has (found in the file itself, so it
gates itself), and a table's ids given once: to the table, not also to
furo's wrapper around it (gated in msgrpriv_workarounds)."""

import os
import re

from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx.transforms.post_transforms import SphinxPostTransform

from msgrpriv_workarounds import applies

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


class TableIdsOnce(SphinxPostTransform):
    """Furo wraps each table in a container and copies all its attributes,
    ids included, so every id of a table (a caption's, the permalink targets
    just above it) appeared twice in the page. The table keeps them: Sphinx
    numbers a captioned table by its id."""

    formats = ("html",)
    default_priority = 501  # just after furo's wrapping (500)

    def run(self, **kwargs):
        if not applies(self.config, "table-ids-twice"):
            return
        for table in self.document.findall(nodes.table):
            wrapper = table.parent
            if "table-wrapper" in wrapper["classes"] and wrapper["ids"] == table["ids"]:
                wrapper["ids"] = []


def setup(app):
    app.add_post_transform(TableIdsOnce)
    app.add_config_value("msgrpriv_normalize_css", "", "html")
    app.connect("build-finished", serve_normalize_css_locally)
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
