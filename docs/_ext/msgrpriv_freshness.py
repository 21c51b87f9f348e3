"""What makes pages out of date besides their own sources, so that an
incremental build shows every change:

- the docs' code (these extensions, docs/tools): every page is rendered by
  it, so every page is read again;
- a static file or the search scorer: Sphinx copies them only when some page
  is out of date, so the front page is.

The files' modification times are kept in the environment between builds.
"""

import glob
import os


def _stamps(confdir, paths):
    return {os.path.relpath(path, confdir): os.path.getmtime(path) for path in sorted(paths)}


def _static_files(app):
    paths = [app.config.html_search_scorer] if app.config.html_search_scorer else []
    for entry in app.config.html_static_path:
        for folder, _, files in os.walk(os.path.join(app.confdir, entry)):
            paths += [os.path.join(folder, name) for name in files]
    return paths


def _code_files(app):
    return [path for pattern in ("_ext/*.py", "tools/*.py") for path in glob.glob(os.path.join(app.confdir, pattern))]


def outdated(app, env, added, changed, removed):
    code = _stamps(app.confdir, _code_files(app))
    static = _stamps(app.confdir, _static_files(app))
    previous_code = getattr(env, "msgrpriv_code_stamps", None)
    previous_static = getattr(env, "msgrpriv_static_stamps", None)
    env.msgrpriv_code_stamps, env.msgrpriv_static_stamps = code, static
    if previous_code != code:
        return sorted(env.found_docs - removed)
    return [app.config.root_doc] if previous_static != static else []


def setup(app):
    app.connect("env-get-outdated", outdated)
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
