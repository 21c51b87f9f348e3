"""Builds the whole reference from the headers: Doxygen XML, its completeness
check, the JSON inventory, the HTML and man pages (two plain sphinx-build
runs sharing one environment, so each page is read once), the Devhelp index
of the HTML and the Doxygen tag file.

Doxygen's XML is written aside and only files whose bytes changed replace
the old ones, so Sphinx re-reads only the pages whose input changed. Each
step prints one line ("Doxygen: ...", "Sphinx: html", ...) and writes the
stamp inside the folder it vouches for.

Usage: build_docs.py <doxygen> <sphinx-build> <doxyfile> <docs-source-dir> <out-dir> <version>
                     <source-date-epoch> [normalize.css]
"""

import filecmp
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import check_doxygen_xml  # noqa: E402
import devhelp  # noqa: E402
import inventory  # noqa: E402
import make_json  # noqa: E402
import make_tagfile  # noqa: E402
import man_pages  # noqa: E402


def touch(path):
    with open(path, "a", encoding="utf-8"):
        os.utime(path)


def doxygen_xml(doxygen, doxyfile, xml_dir):
    """Runs Doxygen (the one CMake found) into xml_dir.new, then moves over
    only the files that changed, so Sphinx re-reads only the pages whose XML
    changed."""
    print("Doxygen: XML from the headers", flush=True)
    fresh = xml_dir + ".new"
    shutil.rmtree(fresh, ignore_errors=True)
    settings = f"@INCLUDE = {doxyfile}\nXML_OUTPUT = {os.path.basename(fresh)}\n"
    if subprocess.run([doxygen, "-"], input=settings, text=True).returncode != 0:
        sys.exit("build_docs.py: Doxygen failed")
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


def sphinx(sphinx_build, builder, source, out_dir, settings):
    """One sphinx-build run; every run shares the doctrees folder."""
    print(f"Sphinx: {builder}", flush=True)
    args = [sphinx_build, "-W", "--keep-going", "-n", "-q", *(f for s in settings for f in ("-D", s)),
            "-b", builder, "-d", os.path.join(out_dir, "doctrees"), source, os.path.join(out_dir, builder)]
    # Breathe 4.35 calls a path API Sphinx 8 deprecates, at every start: its
    # warning is not ours to fix, and says nothing about these docs.
    env = dict(os.environ, PYTHONWARNINGS="ignore::DeprecationWarning:breathe.project")
    if subprocess.run(args, env=env).returncode != 0:
        sys.exit(f"build_docs.py: the Sphinx {builder} build failed")
    touch(os.path.join(out_dir, builder, ".build-stamp"))


def prune_inventory(html_dir):
    """Drops the objects.inv entries that point nowhere: Sphinx lists its
    module-index labels even where, as here, there is no module index."""
    path = os.path.join(html_dir, "objects.inv")
    header, entries = inventory.read(path)
    pages = {}
    kept = []
    for entry in entries:
        page, _, anchor = entry[3].partition("#")
        page_path = os.path.join(html_dir, page)
        if page_path not in pages:
            pages[page_path] = read_text(page_path) if os.path.exists(page_path) else None
        text = pages[page_path]
        if text is not None and (not anchor or f'id="{anchor}"' in text):
            kept.append(entry)
    inventory.write(path, header, kept)


def read_text(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def main(doxygen, sphinx_build, doxyfile, source, out_dir, version, source_date_epoch, normalize_css=""):
    # Dates in the output come from the commit (or the packager's
    # SOURCE_DATE_EPOCH), never from the build.
    os.environ.setdefault("SOURCE_DATE_EPOCH", source_date_epoch)
    xml_dir = os.path.join(out_dir, "doxygen", "xml")
    doxygen_xml(doxygen, doxyfile, xml_dir)
    header_path = os.path.join(source, os.pardir, "include", "msgrpriv.h")
    header = check_doxygen_xml.check(xml_dir, header_path)  # the model the steps below share
    touch(os.path.join(xml_dir, ".build-stamp"))
    make_json.write(header, version, os.path.join(out_dir, "msgrpriv.json"))
    settings = [f"breathe_projects.msgrpriv={xml_dir}", f"version={version}", f"release={version}"]
    if normalize_css:
        settings.append(f"msgrpriv_normalize_css={normalize_css}")
    sphinx(sphinx_build, "html", source, out_dir, settings)
    # The man pages say the attribution in their own COPYRIGHT section, before
    # SEE ALSO; the writer would add another after everything.
    sphinx(sphinx_build, "man", source, out_dir, settings + ["copyright="])
    man_pages.write(header, os.path.join(out_dir, "man"), version)
    prune_inventory(os.path.join(out_dir, "html"))
    devhelp.write(os.path.join(out_dir, "html"), version)
    print("Tag file: for Doxygen projects", flush=True)
    make_tagfile.main(os.path.join(out_dir, "doxygen", "msgrpriv.tag"), os.path.join(out_dir, "html", "objects.inv"),
                      os.path.join(out_dir, "msgrpriv.tag"))


if __name__ == "__main__":
    if len(sys.argv) not in (8, 9):
        sys.exit(__doc__)
    main(*sys.argv[1:])
