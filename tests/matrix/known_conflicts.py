#!/usr/bin/python3
"""The names msgrpriv's headers declare that a system header declares too, found
by including the headers with every header of Debian's libc6-dev and
linux-libc-dev, and with MinGW-w64's <windows.h>; they must be exactly the
ones docs/api/c.rst lists under "Known conflicts".

Cheap by design: the system headers are preprocessed in batches of 200, after
msgrpriv's (one run per batch; a batch that stops at a missing file is split),
and only a header that declares one of msgrpriv's names is compiled with them,
in both orders, to see whether the two really clash.

    known_conflicts.py --cc CC --include DIR --docs FILE [--mingw-cc CC --mingw-cxx CXX]
"""

import argparse
import os
import re
import subprocess
import sys

BATCH = 200
SYSTEM = "/usr/include"


def run(cmd, source=None):
    result = subprocess.run(cmd, input=source, capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    return result.returncode, result.stdout, result.stderr


def our_names(cc, include):
    """Every name the four C headers and their lists (msgrpriv_every_list.h) declare at file scope: their macros (-dM), and
    their types, tags, constants, helpers and internals."""
    source = '#include "msgrpriv_every_list.h"\n'
    _, before, _ = run([cc, "-E", "-dM", "-x", "c", "-"], "\n")
    _, after, err = run([cc, "-E", "-dM", "-x", "c", f"-I{include}", "-"], source)
    names = set(re.findall(r"^#define (\w+)", after, re.M)) - set(re.findall(r"^#define (\w+)", before, re.M))
    _, code, _ = run([cc, "-E", "-P", "-x", "c", f"-I{include}", "-DMSGRPRIV_NO_DEPRECATION_WARNINGS", "-"], source)
    names |= set(re.findall(r"\b(tag\w+)\b", code)) | set(re.findall(r"\}\s*(\w+)\s*;", code))
    names |= set(re.findall(r"^\s*([A-Z][A-Z0-9_]+)\s*=", code, re.M))
    names |= set(re.findall(r"\b((?:Msgr|msgrpriv)\w*)\s*[(=]", code))
    if not names:
        sys.exit(f"no names found in {include}")
    return names


def system_headers():
    """Every header Debian's libc6-dev and linux-libc-dev install, as an #include names it."""
    code, listed, err = run(["dpkg", "-L", "libc6-dev", "linux-libc-dev"])
    if code != 0:
        return None, err.strip()
    prefix = SYSTEM + "/"
    return sorted(p[len(prefix):] for p in listed.split() if p.startswith(prefix) and p.endswith(".h")), ""


def declared_in(cc, include, headers, names, skipped):
    """{(name, header)}: msgrpriv's names that the system headers' preprocessed code (or a
    #define) holds, with the header that holds them, after msgrpriv's own headers."""
    source = '#include "msgrpriv_every_list.h"\n' + "".join(f"#include <{h}>\n" for h in headers)
    code, out, err = run([cc, "-E", "-dD", "-w", "-x", "c", f"-I{include}", "-"], source)
    if "fatal error" in err:
        if len(headers) == 1:
            skipped.append(headers[0])
            return set()
        half = len(headers) // 2
        return declared_in(cc, include, headers[:half], names, skipped) | \
            declared_in(cc, include, headers[half:], names, skipped)
    found, current = set(), ""
    for line in out.splitlines():
        marker = re.match(r'^# \d+ "([^"]+)"', line)
        if marker:
            current = marker.group(1)
            continue
        if current.startswith(SYSTEM):
            for token in set(re.findall(r"\b[A-Za-z_]\w*\b", line)) & names:
                found.add((token, os.path.relpath(current, SYSTEM)))
    return found


def clashes(cc, include, header, extra=()):
    """The error lines of msgrpriv's headers and header together, in either order."""
    lines = []
    for first, second in ((f"<{header}>", '"msgrpriv_every_list.h"'), ('"msgrpriv_every_list.h"', f"<{header}>")):
        code, _, err = run([cc, "-fsyntax-only", "-w", "-x", "c", f"-I{include}", *extra, "-"],
                           f"#include {first}\n#include {second}\n")
        if code != 0:
            lines += [line for line in err.splitlines() if "error" in line]
    return lines


def documented(docs):
    """docs/api/c.rst's "Known conflicts": {(name, header)}, a table row each: ``NAME``, then
    ``<header>`` in the next column."""
    with open(docs, encoding="utf-8") as stream:
        text = stream.read()
    section = re.search(r"^Known conflicts\n-+\n(.*?)(?=^\S[^\n]*\n-+\n|\Z)", text, re.M | re.S)
    if section is None:
        sys.exit(f"{docs} has no 'Known conflicts' section")
    return set(re.findall(r"\*\s+-\s+``(\w+)``[^\n]*\n\s+-\s+``<([\w/.+-]+)>``", section.group(1)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cc", required=True)
    parser.add_argument("--include", required=True)
    parser.add_argument("--docs", required=True)
    parser.add_argument("--mingw-cc")
    parser.add_argument("--mingw-cxx")
    args = parser.parse_args()
    headers, why = system_headers()
    if headers is None:
        if os.environ.get("CI") == "true":
            sys.exit(f"no Debian package list ({why}), and CI=true")
        print(f"skipped=1: no Debian package list ({why})")
        return 0
    names = our_names(args.cc, args.include)
    skipped, candidates = [], set()
    for start in range(0, len(headers), BATCH):
        candidates |= declared_in(args.cc, args.include, headers[start:start + BATCH], names, skipped)
    found = set()
    for name, header in sorted(candidates):
        if any(re.search(rf"\b{name}\b", line) for line in clashes(args.cc, args.include, header)):
            found.add((name, header))
    print(f"{len(headers)} system headers in batches of {BATCH}, after msgrpriv's {len(names)} names: "
          f"{len(candidates)} to compile, {len(found)} clash: {sorted(found)}; "
          f"{len(skipped)} need a file Debian does not ship with them: {skipped}")
    for compiler, lang in ((args.mingw_cc, "c"), (args.mingw_cxx, "c++")):
        if compiler:
            errors = clashes(compiler, args.include, "windows.h", ["-x", lang])
            found |= {(n, "windows.h") for n in names for e in errors if re.search(rf"\b{n}\b", e)}
            if errors and not any(h == "windows.h" for _, h in found):
                sys.exit(f"msgrpriv's headers and <windows.h> ({lang}) do not compile together:\n" + "\n".join(errors))
            print(f"MinGW-w64 <windows.h> ({lang}): {'clashes' if errors else 'no clash'}")
    listed = documented(args.docs)
    if found != listed:
        sys.exit(f"{args.docs} lists {sorted(listed)} under Known conflicts; the headers clash with "
                 f"{sorted(found)}: undocumented {sorted(found - listed)}, no longer {sorted(listed - found)}")
    print(f"every conflict found is the one {os.path.basename(args.docs)} lists")
    return 0


if __name__ == "__main__":
    sys.exit(main())
