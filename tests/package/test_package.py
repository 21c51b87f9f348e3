"""The Debian packages, built as the README's "Debian packages" section builds
them, from a copy of the checkout (what is checked out, committed or not):
its dpkg-buildpackage line, read from README.md and run as written, with
DEB_BUILD_OPTIONS=nocheck (the package
build never runs the test suite), then each .deb's control fields and file
list, and lintian (no error, no warning).

Environment: MSGRPRIV_SOURCE_DIR, MSGRPRIV_VERSION (the project version),
WORK_DIR, DPKG_BUILDPACKAGE, DPKG_CHECKBUILDDEPS, DPKG_DEB, LINTIAN.
Exits 77 (skipped) outside CI when the build dependencies are missing.
"""

import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET

import docs_support  # tests/docs: the checkout copier


SKIP = 77
SOURCE = os.environ["MSGRPRIV_SOURCE_DIR"]
VERSION = os.environ["MSGRPRIV_VERSION"]
WORK = os.environ["WORK_DIR"]
COPY = os.path.join(WORK, "msgrpriv")
DOC = "usr/share/doc/msgrpriv-doc"
HTML = DOC + "/html"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}", flush=True)
    return condition


# What a package build in the checkout itself leaves there (the CMake build
# folder would clash with the copy's own).
BUILD_PRODUCTS = re.compile(r"^(obj-[^/]+/|debian/(tmp|msgrpriv-dev|msgrpriv-doc|\.debhelper)/"
                            r"|debian/(files|debhelper-build-stamp|[^/]+\.substvars|[^/]+\.debhelper\.log)$)")


def copy_checkout():
    shutil.rmtree(WORK, ignore_errors=True)
    docs_support.copy_checkout(COPY, SOURCE, leave_out=BUILD_PRODUCTS)


def readme_build_line():
    """The README's line that builds the packages (its "Debian packages"
    section's block), as words: the test runs it as written."""
    with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as stream:
        section = stream.read().split("## Debian packages", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    line = next(line for line in block.splitlines() if line.startswith("dpkg-buildpackage"))
    return shlex.split(line)


def build():
    words = readme_build_line()
    env = dict(os.environ)
    # dpkg-buildpackage takes SOURCE_DATE_EPOCH from debian/changelog unless
    # the caller sets one: the package's bytes must not depend on the caller.
    env.pop("SOURCE_DATE_EPOCH", None)
    env["DEB_BUILD_OPTIONS"] = " ".join(filter(None, [env.get("DEB_BUILD_OPTIONS", ""), "nocheck"]))
    deps = subprocess.run([os.environ["DPKG_CHECKBUILDDEPS"]], cwd=COPY, capture_output=True, text=True)
    if deps.returncode != 0:
        message = f"{deps.stderr.strip()} (./scripts/deps.sh test installs them)"
        if os.environ.get("CI") == "true":
            sys.exit(f"build dependencies missing in CI: {message}")
        print(f"Skipping the Debian package test: {message}")
        sys.exit(SKIP)
    log_path = os.path.join(WORK, "dpkg-buildpackage.log")
    print(f"{' '.join(words)} (README.md) in {COPY} (log: {log_path})", flush=True)
    with open(log_path, "w", encoding="utf-8") as log:
        built = subprocess.run([os.environ["DPKG_BUILDPACKAGE"], *words[1:]], cwd=COPY, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    if built.returncode != 0:
        with open(log_path, encoding="utf-8", errors="replace") as log:
            print("".join(log.readlines()[-60:]))
        sys.exit(f"dpkg-buildpackage failed ({built.returncode})")
    with open(log_path, encoding="utf-8", errors="replace") as log:
        text = log.read()
    # Never the project's tests: they build this package (a recursion).
    check(not re.search(r"^\s*(ctest|make -j\d+ test|make test)\b", text, re.M), "the package build ran tests")


def deb(package):
    found = [n for n in os.listdir(WORK) if re.fullmatch(rf"{package}_[^_]+_all\.deb", n)]
    if not check(len(found) == 1, f"one {package} .deb in {WORK}, found {found}"):
        sys.exit(1)
    return os.path.join(WORK, found[0])


def fields(path):
    out = subprocess.run([os.environ["DPKG_DEB"], "-f", path], capture_output=True, text=True, check=True).stdout
    result, key = {}, None
    for line in out.splitlines():
        if line.startswith((" ", "\t")) and key:
            result[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            result[key] = value.strip()
    return result


def members(path):
    """{path without './': TarInfo}, and the archive (for file contents)."""
    tar_bytes = subprocess.run([os.environ["DPKG_DEB"], "--fsys-tarfile", path], capture_output=True,
                               check=True).stdout
    archive = tarfile.open(fileobj=io.BytesIO(tar_bytes))
    return {m.name[2:].rstrip("/"): m for m in archive.getmembers() if m.name not in (".", "./")}, archive


def read(archive, info):
    return archive.extractfile(info).read().decode("utf-8")


def resolve(files, name):
    """Follows symbolic links inside the package; None when one points out."""
    for _ in range(10):
        info = files.get(name)
        if info is None or not info.issym():
            return name if info is not None else None
        target = info.linkname
        base = "" if target.startswith("/") else os.path.dirname(name)
        name = os.path.normpath(os.path.join(base, target.lstrip("/")))
    return None


def check_control(package, got, section, version):
    want = {"Package": package, "Source": "msgrpriv", "Architecture": "all", "Multi-Arch": "foreign",
            "Section": section, "Priority": "optional"}
    for key, value in want.items():
        check(got.get(key) == value, f"{package}: {key} is {got.get(key)!r}, want {value!r}")
    check(version.split("-")[0] == VERSION,
          f"{package}: version {version}, but the headers are {VERSION} (a new debian/changelog entry?)")
    check(bool(re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", got.get("Maintainer", ""))), f"{package}: Maintainer")
    check("Description" in got and "\n" in got["Description"], f"{package}: a long Description")
    check(not got.get("Built-Using"), f"{package}: Built-Using on an Architecture: all package")


def check_common(package, files):
    for name, info in files.items():
        check(info.uname == "root" and info.gname == "root", f"{package}: {name} is not root:root")
        check(not re.search(r"(^|/)(\.buildinfo|\.build-stamp|\.doctrees|doctrees|__pycache__)(/|$)", name),
              f"{package}: build leftover {name}")
        if info.issym():
            check(resolve(files, name) is not None or info.linkname.startswith("/usr/share/javascript/")
                  or "/javascript/" in info.linkname, f"{package}: dangling link {name} -> {info.linkname}")
    for required in (f"usr/share/doc/{package}/copyright", f"usr/share/doc/{package}/changelog.Debian.gz"):
        check(required in files, f"{package}: no {required}")


def check_dev(files, archive, symbols):
    headers = sorted(n for n in os.listdir(os.path.join(SOURCE, "include")) if re.fullmatch(r"\w+\.h(pp)?", n))
    want = {f"usr/include/{h}" for h in headers} | {
        "usr/share/cmake/msgrpriv/msgrprivConfig.cmake", "usr/share/cmake/msgrpriv/msgrprivConfigVersion.cmake",
        "usr/share/cmake/msgrpriv/msgrprivTargets.cmake", "usr/share/pkgconfig/msgrpriv.pc",
        "usr/share/doc/msgrpriv-dev/copyright", "usr/share/doc/msgrpriv-dev/changelog.Debian.gz",
        "usr/share/lintian/overrides/msgrpriv-dev"}
    regular = {n for n, i in files.items() if not i.isdir() and not n.startswith("usr/share/man/")}
    check(regular == want, f"msgrpriv-dev: files {sorted(regular ^ want)} differ from the expected list")
    for header in headers:
        with open(os.path.join(SOURCE, "include", header), encoding="utf-8") as stream:
            check(read(archive, files[f"usr/include/{header}"]) == stream.read(), f"msgrpriv-dev: {header} differs")
    # The .pc file: plain /usr paths, so pkg-config adds no -I for /usr/include.
    pc = read(archive, files["usr/share/pkgconfig/msgrpriv.pc"])
    variables = dict(re.findall(r"^(\w+)=(.*)$", pc, re.M))
    includedir = re.sub(r"\$\{(\w+)\}", lambda m: variables.get(m.group(1), "?"), variables.get("includedir", ""))
    check(variables.get("prefix") == "/usr" and includedir == "/usr/include",
          f"msgrpriv.pc: prefix {variables.get('prefix')!r}, includedir {includedir!r}")
    check(re.search(rf"^Version: {re.escape(VERSION)}$", pc, re.M), "msgrpriv.pc: Version")
    # Section 3 only, compressed, and a name for every symbol.
    man = {n: i for n, i in files.items() if n.startswith("usr/share/man/") and not i.isdir()}
    for name, info in man.items():
        check(re.fullmatch(r"usr/share/man/man3/[^/]+\.3\.gz", name), f"msgrpriv-dev: man page {name}")
        if info.issym():
            check(resolve(files, name) in man and not files[resolve(files, name)].issym(),
                  f"msgrpriv-dev: man link {name} -> {info.linkname} leads to no page")
    missing = sorted(s for s in symbols if f"usr/share/man/man3/{s}.3.gz" not in man)
    check(not missing, f"msgrpriv-dev: no man page for {missing}")
    print(f"msgrpriv-dev: {len(want)} files, {len(man)} man pages for {len(symbols)} symbols", flush=True)


def check_doc(files, archive):
    for name in ("index.html", "search.html", "searchindex.js", "objects.inv", "msgrpriv.devhelp2"):
        check(f"{HTML}/{name}" in files, f"msgrpriv-doc: no {HTML}/{name}")
    for name in ("msgrpriv.json", "msgrpriv.tag"):  # read by tools: not compressed
        check(f"{DOC}/{name}" in files and files[f"{DOC}/{name}"].isfile(), f"msgrpriv-doc: no {DOC}/{name}")
    allowed = re.compile(r"^usr(/share(/doc(/msgrpriv-doc(/.*)?)?|/devhelp(/books(/msgrpriv)?)?"
                         r"|/doc-base(/msgrpriv-doc\.msgrpriv)?|/lintian(/overrides(/msgrpriv-doc)?)?)?)?$")
    stray = sorted(n for n in files if not allowed.match(n))
    check(not stray, f"msgrpriv-doc: unexpected files {stray[:10]}")
    check(not any(re.search(r"(^|/)(LICENSES|LICENSE)(/|$)", n) for n in files),
          "msgrpriv-doc: upstream's LICENSE/LICENSES (debian/copyright holds them)")
    # Devhelp and Builder find the book: its folder in /usr/share/devhelp/books.
    book = files.get("usr/share/devhelp/books/msgrpriv")
    check(book is not None and book.issym() and resolve(files, "usr/share/devhelp/books/msgrpriv") == HTML,
          f"msgrpriv-doc: usr/share/devhelp/books/msgrpriv is not a link to {HTML}")
    # dh_sphinxdoc: Debian's copies of Sphinx's scripts, not the bundled ones.
    for script in ("doctools.js", "searchtools.js", "sphinx_highlight.js"):
        info = files.get(f"{HTML}/_static/{script}")
        check(info is not None and info.issym() and "javascript/sphinxdoc/" in info.linkname,
              f"msgrpriv-doc: _static/{script} is not a link to libjs-sphinxdoc's copy")
    doc_base = read(archive, files["usr/share/doc-base/msgrpriv-doc.msgrpriv"]) \
        if "usr/share/doc-base/msgrpriv-doc.msgrpriv" in files else ""
    check(f"Index: /{HTML}/index.html" in doc_base, "msgrpriv-doc: no doc-base registration of the HTML")
    # The book's index: valid XML, naming every page of the site.
    ns = "{http://www.devhelp.net/book}"
    root = ET.fromstring(archive.extractfile(files[f"{HTML}/msgrpriv.devhelp2"]).read())
    check(root.tag == f"{ns}book" and root.get("name") == "msgrpriv", "msgrpriv.devhelp2: not a Devhelp book")
    linked = {root.get("link")} | {sub.get("link") for sub in root.iter(f"{ns}sub")}
    pages = {n[len(HTML) + 1:] for n in files if n.startswith(HTML + "/") and n.endswith(".html")}
    # A page named as Microsoft's only leads to one of ours: that one must be in the book.
    redirects = {}
    for page in pages:
        target = re.search(r'http-equiv="refresh" content="0; url=([^"#]+)', read(archive, files[f"{HTML}/{page}"]))
        if target:
            redirects[page] = target.group(1)
    unlisted = sorted(pages - linked - set(redirects) - {"genindex.html", "search.html"})
    check(not unlisted, f"msgrpriv.devhelp2 names no chapter for {unlisted}")
    check(redirects and set(redirects.values()) <= linked,
          f"msgrpriv.devhelp2: redirect pages lead to pages it lacks: {sorted(set(redirects.values()) - linked)}")
    for element in root.iter():
        link = element.get("link")
        if link:
            check(f"{HTML}/{link.split('#')[0]}" in files, f"msgrpriv.devhelp2: {link} is not in the package")
    keywords = len(list(root.iter(f"{ns}keyword")))
    print(f"msgrpriv-doc: {len(pages)} pages, the Devhelp book names {len(linked)} pages and {keywords} symbols",
          flush=True)


def symbols_of(inventory_text):
    """Every symbol the JSON inventory documents, as man_names.cmake reads it."""
    inventory = json.loads(inventory_text)
    names = ["MSGRPRIV_ENUMERATIONS", "MSGRPRIV_NO_DEPRECATION_WARNINGS"]
    for enumeration in inventory["enumerations"]:
        names.append(enumeration["type"])
        names += [enumeration["helpers"][h] for h in ("name", "description", "from_name")]
        names += [c["name"] for c in enumeration["constants"]]
    return names


def lint(changes):
    # (--show-overrides would make overridden warnings fail too.)
    command = [os.environ["LINTIAN"], "--fail-on", "error,warning", "--display-info", "--pedantic", changes]
    print("$ " + " ".join(command), flush=True)
    result = subprocess.run(command, capture_output=True, text=True)
    print(result.stdout + result.stderr, flush=True)
    check(result.returncode == 0, f"lintian reports errors or warnings (exit {result.returncode})")
    check(not re.search(r"^[EW]: ", result.stdout, re.M), "lintian: an E: or W: line")


def main():
    copy_checkout()
    build()
    dev, doc = deb("msgrpriv-dev"), deb("msgrpriv-doc")
    dev_fields, doc_fields = fields(dev), fields(doc)
    check_control("msgrpriv-dev", dev_fields, "libdevel", dev_fields.get("Version", ""))
    check_control("msgrpriv-doc", doc_fields, "doc", doc_fields.get("Version", ""))
    check(dev_fields.get("Version") == doc_fields.get("Version"), "the two packages' versions differ")
    check("libjs-sphinxdoc" in doc_fields.get("Depends", ""), "msgrpriv-doc: no Depends on libjs-sphinxdoc")
    check("msgrpriv-doc" in dev_fields.get("Suggests", ""), "msgrpriv-dev: does not suggest msgrpriv-doc")
    dev_files, dev_archive = members(dev)
    doc_files, doc_archive = members(doc)
    check_common("msgrpriv-dev", dev_files)
    check_common("msgrpriv-doc", doc_files)
    check_doc(doc_files, doc_archive)
    check_dev(dev_files, dev_archive, symbols_of(read(doc_archive, doc_files[f"{DOC}/msgrpriv.json"])))
    changes = [n for n in os.listdir(WORK) if n.endswith(".changes")]
    if check(len(changes) == 1, f"one .changes file, found {changes}"):
        lint(os.path.join(WORK, changes[0]))
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")
    print("The Debian packages build, hold what they should, and lintian is clean")


if __name__ == "__main__":
    main()
