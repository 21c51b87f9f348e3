"""msgrpriv's Sphinx extension: the reference made from the headers, in one Sphinx run. Its modules'
roles and where each fact lives: docs/architecture.rst."""

import glob
import os
import zlib

from . import fixes, man, model, outputs, pages

CODE = os.path.dirname(os.path.abspath(__file__))


def outdated(app, env, added, changed, removed):
    """The front page is written again when a static file changes (Sphinx copies them only when
    some page is out of date). A change to this extension's code reads every page again: its
    environment version is its code's checksum (setup)."""
    stamps = {path: os.path.getmtime(path) for pattern in (os.path.join(app.confdir, "_static", "*"),
                                                          app.config.html_search_scorer or "")
              for path in sorted(glob.glob(pattern))}
    before, env.msgrpriv_static = getattr(env, "msgrpriv_static", None), stamps
    return [app.config.root_doc] if before not in (None, stamps) else []


def build_finished(app, exception):
    if exception is None and app.builder.format == "html":
        m = model.of(app.env)
        fixes.serve_normalize_css_locally(app)
        fixes.bundle_furo_js(app)
        outputs.write(app, m)
        man.write(app, m, os.path.join(os.path.dirname(app.outdir), "man"))


def setup(app):
    app.add_config_value("msgrpriv_normalize_css", "", "html")
    app.add_node(pages.fold, html=(pages.visit_fold, None))
    app.add_node(pages.breakable, html=(pages.visit_breakable, None))
    app.add_role("msgrpriv-line", pages.line_role)
    app.add_directive("msgrpriv", pages.Msgrpriv)
    app.add_lexer("c", pages.PlainC)
    app.connect("builder-inited", pages.set_schemes)
    for transform in (pages.BreakLongNames, pages.CompactConstantRows,
                      fixes.BreatheFixes, fixes.TableIdsOnce):
        app.add_post_transform(transform)
    app.add_js_file("msgrpriv_lookup.js")
    app.connect("builder-inited", pages.write_stubs)  # every type gets its page, with no page to copy
    app.connect("env-get-outdated", outdated)
    app.connect("env-updated", outputs.no_module_index)
    app.connect("html-page-context", fixes.page_scripts)
    app.connect("build-finished", build_finished)
    code = b"".join(open(path, "rb").read() for path in sorted(glob.glob(os.path.join(CODE, "*.py"))))
    return {"version": "3.0", "env_version": zlib.crc32(code), "parallel_read_safe": True,
            "parallel_write_safe": True}
