"""What makes pages out of date besides their own sources, so that an
incremental build shows every change and reads nothing else again:

- the docs' code (these extensions, docs/tools): every page is rendered by
  it, so every page is read again;
- a static file or the search scorer: Sphinx copies them only when some page
  is out of date, so the front page is;
- a value computed from many files (the deprecated list, from every XML
  file): a page that notes it with note_value() is read again when a file
  changed *and* the value computed again differs, not on every change;
- Breathe: to find one name it reads every compound's XML file, and the
  page then depended on each of them. A page now depends on Doxygen's index
  (which names every member of every compound) and on the files of what it
  found and rendered.

The files' modification times are kept in the environment between builds.
"""

import glob
import hashlib
import os

_VALUES = {}  # name: (files(app), compute(app))


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


def _digest(value):
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def add_value(name, files, compute):
    """Declares a value that pages may depend on: files(app) lists the files
    it is computed from, compute(app) computes it (repr() must say all of it)."""
    _VALUES[name] = (files, compute)


def note_value(env, name, value):
    """The page being read shows `value`, the current value of `name`."""
    files, _ = _VALUES[name]
    env.msgrpriv_values.setdefault(env.docname, {})[name] = (_stamps(env.app.confdir, files(env.app)),
                                                               _digest(value))


def _changed_values(app, env, removed):
    outdated = set()
    for docname, values in getattr(env, "msgrpriv_values", {}).items():
        for name, (stamps, digest) in values.items():
            files, compute = _VALUES[name]
            now = _stamps(app.confdir, files(app))
            if now == stamps:
                continue
            if _digest(compute(app)) != digest:
                outdated.add(docname)
            else:
                values[name] = (now, digest)  # the same value: no need to compute it again
    return outdated - removed


def outdated(app, env, added, changed, removed):
    code = _stamps(app.confdir, _code_files(app))
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


def _only_what_breathe_found():
    """Breathe's search records no dependencies; the compounds of what it
    found do, and rendering records the files it reads (as before)."""
    from breathe import file_state_cache, path_handler
    from breathe.finder.factory import Finder

    if getattr(Finder.filter_, "msgrpriv", False):
        return  # once per process, however many Sphinx applications it sets up
    record, search = file_state_cache.update, Finder.filter_
    searching = []

    def update(app, source_file):
        if not searching:
            record(app, source_file)

    def filter_(self, filter_, matches):
        first = len(matches)
        searching.append(self)
        try:
            search(self, filter_, matches)
        finally:
            searching.pop()
        info = self.item_finder_factory.project_info
        for stack in matches[first:]:
            for node in stack:
                if getattr(node, "node_type", None) == "compound":  # an entry of index.xml
                    record(info.app, path_handler.resolve_path(info.app, info.project_path(), node.refid + ".xml"))

    filter_.msgrpriv = True
    file_state_cache.update, Finder.filter_ = update, filter_


def setup(app):
    _only_what_breathe_found()
    app.connect("env-get-outdated", outdated)
    app.connect("env-before-read-docs", _values_ready)
    app.connect("env-purge-doc", _purge_values)
    app.connect("env-merge-info", _merge_values)
    return {"version": "1.2", "parallel_read_safe": True, "parallel_write_safe": True}
