"""What makes pages out of date besides their own sources, so that an
incremental build shows every change:

- the docs' code (these extensions, docs/tools): every page is rendered by
  it, so every page is read again;
- a static file or the search scorer: Sphinx copies them only when some page
  is out of date, so the front page is;
- a value computed from many files (the deprecated list, from every XML
  file): a page that notes it with note_value() is read again when a file
  changed *and* the value computed again differs, not on every change.

Only Sphinx's own events and environment are used. The files' modification
times are kept in the environment between builds.
"""

import glob
import hashlib
import os

_VALUES = {}  # name: (files(config, srcdir), compute(config, srcdir))


def _stamps(confdir, paths):
    return {os.path.relpath(path, confdir): os.path.getmtime(path) for path in sorted(paths)}


def _static_files(app):
    paths = [app.config.html_search_scorer] if app.config.html_search_scorer else []
    for entry in app.config.html_static_path:
        for folder, _, files in os.walk(os.path.join(app.confdir, entry)):
            paths += [os.path.join(folder, name) for name in files]
    return paths


def _code_files(confdir):
    return [path for pattern in ("_ext/*.py", "tools/*.py") for path in glob.glob(os.path.join(confdir, pattern))]


def _digest(value):
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def add_value(name, files, compute):
    """Declares a value that pages may depend on: files(config, srcdir) lists
    the files it is computed from, compute(config, srcdir) computes it (repr()
    must say all of it)."""
    _VALUES[name] = (files, compute)


def note_value(env, name, value):
    """The page being read shows `value`, the current value of `name`."""
    files, _ = _VALUES[name]
    env.msgrpriv_values.setdefault(env.docname, {})[name] = (
        _stamps(env.srcdir, files(env.config, env.srcdir)), _digest(value))


def _changed_values(app, env, removed):
    outdated = set()
    for docname, values in getattr(env, "msgrpriv_values", {}).items():
        for name, (stamps, digest) in values.items():
            files, compute = _VALUES[name]
            now = _stamps(app.srcdir, files(app.config, app.srcdir))
            if now == stamps:
                continue
            if _digest(compute(app.config, app.srcdir)) != digest:
                outdated.add(docname)
            else:
                values[name] = (now, digest)  # the same value: no need to compute it again
    return outdated - removed


def outdated(app, env, added, changed, removed):
    code = _stamps(app.confdir, _code_files(app.confdir))
    static = _stamps(app.confdir, _static_files(app))
    previous_code = getattr(env, "msgrpriv_code_stamps", None)
    previous_static = getattr(env, "msgrpriv_static_stamps", None)
    env.msgrpriv_code_stamps, env.msgrpriv_static_stamps = code, static
    if previous_code != code:
        return sorted(env.found_docs - removed)
    pages = _changed_values(app, env, removed)
    if previous_static != static:
        pages.add(app.config.root_doc)
    return sorted(pages)


def _values_ready(app, env, docnames):
    if not hasattr(env, "msgrpriv_values"):
        env.msgrpriv_values = {}


def _purge_values(app, env, docname):
    getattr(env, "msgrpriv_values", {}).pop(docname, None)


def _merge_values(app, env, docnames, other):
    for docname in set(docnames) & other.msgrpriv_values.keys():
        env.msgrpriv_values[docname] = other.msgrpriv_values[docname]


def setup(app):
    app.connect("env-get-outdated", outdated)
    app.connect("env-before-read-docs", _values_ready)
    app.connect("env-purge-doc", _purge_values)
    app.connect("env-merge-info", _merge_values)
    return {"version": "2.0", "parallel_read_safe": True, "parallel_write_safe": True}
