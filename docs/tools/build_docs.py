"""Builds the whole reference from the headers in one Python process:
Doxygen XML, its completeness check, the JSON inventory, the HTML and man
pages (Sphinx, in parallel), and the Doxygen tag file.

One process imports Sphinx once and forks for the man build; Doxygen's XML
is written aside and only files whose bytes changed replace the old ones, so
Sphinx re-reads only the pages whose input changed. Each step prints one line
("Doxygen: ...", "Sphinx: html", ...) and writes the stamp inside the folder
it vouches for.

Usage: build_docs.py <doxygen> <doxyfile> <docs-source-dir> <out-dir> <version> <source-date-epoch> [normalize.css]
"""

import filecmp
import gc
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import check_doxygen_xml  # noqa: E402
import make_json  # noqa: E402


def touch(path):
    with open(path, "a", encoding="utf-8"):
        os.utime(path)


def start_doxygen(doxygen, doxyfile, xml_dir):
    """Starts Doxygen (the one CMake found) writing its XML into xml_dir.new."""
    print("Doxygen: XML from the headers", flush=True)
    fresh = xml_dir + ".new"
    shutil.rmtree(fresh, ignore_errors=True)
    run = subprocess.Popen([doxygen, "-"], stdin=subprocess.PIPE, text=True)
    run.stdin.write(f"@INCLUDE = {doxyfile}\nXML_OUTPUT = {os.path.basename(fresh)}\n")
    run.stdin.close()
    return run


def finish_doxygen(run, xml_dir):
    """Waits for Doxygen, then moves over only the files that changed, so
    Sphinx re-reads only the pages whose XML changed."""
    if run.wait() != 0:
        sys.exit(f"build_docs.py: Doxygen failed (exit {run.returncode})")
    fresh = xml_dir + ".new"
    os.makedirs(xml_dir, exist_ok=True)
    old = {name for name in os.listdir(xml_dir) if not name.startswith(".")}
    new = set(os.listdir(fresh))
    for name in sorted(new):
        target = os.path.join(xml_dir, name)
        if name in old and filecmp.cmp(os.path.join(fresh, name), target, shallow=False):
            continue
        os.replace(os.path.join(fresh, name), target)
    for name in old - new:
        os.remove(os.path.join(xml_dir, name))
    shutil.rmtree(fresh)


def run_sphinx(builder, source, out_dir, xml_dir, version, normalize_css):
    from sphinx.cmd.build import build_main

    print(f"Sphinx: {builder}", flush=True)
    settings = [f"breathe_projects.msgrpriv={xml_dir}", f"version={version}", f"release={version}"]
    if normalize_css:
        settings.append(f"msgrpriv_normalize_css={normalize_css}")
    args = ["-W", "--keep-going", "-n", "-q", "-j", "1", *(f for s in settings for f in ("-D", s)),
            "-b", builder, "-d", os.path.join(out_dir, f"doctrees-{builder}"), source,
            os.path.join(out_dir, builder)]
    if build_main(args) != 0:
        return 1
    touch(os.path.join(out_dir, builder, ".build-stamp"))
    return 0


def html_and_man(source, out_dir, xml_dir, version, normalize_css):
    """The two Sphinx builds at once: the man build in a forked child that
    shares the already imported Sphinx."""
    child = os.fork()
    if child == 0:
        code = 1
        try:
            code = run_sphinx("man", source, out_dir, xml_dir, version, None)
        finally:
            os._exit(code)
    html = run_sphinx("html", source, out_dir, xml_dir, version, normalize_css)
    _, status = os.waitpid(child, 0)
    return html == 0 and os.waitstatus_to_exitcode(status) == 0


def man_links(header, man_dir):
    """A one-line page (".so man3/<page>.3") for every symbol documented on a
    man page, as curl and POSIX do, so that `man 3 SS_DECLINED` and
    `man 3 MsgrSessionStateName` find their reference. Stale links go."""
    # The macros are on the C helpers' page, msgrpriv(3).
    links = {name: "msgrpriv" for name, member in header.members.items() if member.get("kind") == "define"}
    for enumeration in header.enumerations:
        names = [enumeration.tag, enumeration.list_macro, *enumeration.helpers.values()]
        names += [c.name for c in enumeration.constants]
        links.update({name: enumeration.type_name for name in names})
    pages = {name[:-2] for name in os.listdir(man_dir) if name.endswith(".3")}
    for name in pages - set(links) - {target for target in links.values()} - {"msgrpriv"}:
        os.remove(os.path.join(man_dir, name + ".3"))  # a symbol that went away
    for name, target in sorted(links.items()):
        if name not in pages or read_text(os.path.join(man_dir, name + ".3")) != f".so man3/{target}.3\n":
            with open(os.path.join(man_dir, name + ".3"), "w", encoding="utf-8") as stream:
                stream.write(f".so man3/{target}.3\n")


def prune_inventory(html_dir):
    """Drops the objects.inv entries that point nowhere: Sphinx lists its
    module-index labels even where, as here, there is no module index."""
    import re
    import zlib

    path = os.path.join(html_dir, "objects.inv")
    with open(path, "rb") as stream:
        data = stream.read()
    header_end = 0
    for _ in range(4):  # four header lines, then the zlib stream
        header_end = data.index(b"\n", header_end) + 1
    kept = []
    pages = {}
    for line in zlib.decompress(data[header_end:]).decode("utf-8").splitlines():
        name, _, _, uri, _ = re.match(r"(.+?)\s+(\S+)\s+(-?\d+)\s+(\S*)\s+(.*)", line).groups()
        page, _, anchor = uri.partition("#")
        if anchor.endswith("$"):  # Sphinx's short form: the anchor ends with the name
            anchor = anchor[:-1] + name
        page_path = os.path.join(html_dir, page)
        if page_path not in pages:
            pages[page_path] = read_text(page_path) if os.path.exists(page_path) else None
        text = pages[page_path]
        if text is not None and (not anchor or f'id="{anchor}"' in text):
            kept.append(line)
    with open(path, "wb") as stream:
        stream.write(data[:header_end] + zlib.compress(("\n".join(kept) + "\n").encode("utf-8"), 9))


def read_text(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def main(doxygen_path, doxyfile, source, out_dir, version, source_date_epoch, normalize_css=""):
    # Dates in the output come from the commit (or the packager's
    # SOURCE_DATE_EPOCH), never from the build.
    os.environ.setdefault("SOURCE_DATE_EPOCH", source_date_epoch)
    xml_dir = os.path.join(out_dir, "doxygen", "xml")
    doxygen = start_doxygen(doxygen_path, doxyfile, xml_dir)
    # Sphinx takes longer to import than Doxygen to run: import it meanwhile.
    # Both Sphinx builds share it after the fork.
    import sphinx.cmd.build  # noqa: F401
    finish_doxygen(doxygen, xml_dir)
    header = check_doxygen_xml.check(xml_dir)  # the model of msgrpriv.h the steps below share
    touch(os.path.join(xml_dir, ".build-stamp"))
    make_json.write(header, version, os.path.join(out_dir, "msgrpriv.json"))
    if not html_and_man(source, out_dir, xml_dir, version, normalize_css):
        sys.exit("build_docs.py: a Sphinx build failed")
    man_links(header, os.path.join(out_dir, "man"))
    prune_inventory(os.path.join(out_dir, "html"))
    print("Tag file: for Doxygen projects", flush=True)
    import make_tagfile

    make_tagfile.main(os.path.join(out_dir, "doxygen", "msgrpriv.tag"), os.path.join(out_dir, "html", "objects.inv"),
                      os.path.join(out_dir, "msgrpriv.tag"))


if __name__ == "__main__":
    if len(sys.argv) not in (7, 8):
        sys.exit(__doc__)
    # Docutils makes many short-lived trees, and the default collector runs
    # thousands of times for nothing; a larger first generation keeps memory
    # bounded (87 MB at most here, against 84 MB).
    gc.set_threshold(50_000, 20, 100)
    main(*sys.argv[1:])
    # Every file is written and closed: skip tearing down the interpreter's
    # objects one by one. With the line above, a third off a clean build.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
