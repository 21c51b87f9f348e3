#!/usr/bin/python3
"""No symbol shared between copies of the headers, in every language mode.

For each C and C++ mode, two shared libraries (linkage_library.c), built at
-O0 (nothing inlined) against two versions of the headers whose meanings of
SS_DECLINED differ, linked into one program (linkage_program.c): each must give
its own headers' answer, every way it asks (the C helpers, and from C++17 the
C++ API). Their dynamic symbols may hold none of msgrpriv's tables or
helpers, and no STB_GNU_UNIQUE symbol (`nm -D`): what a C++ build may leave is
listed in DATA_FREE, members that read no table. Then a C++17 plugin
(linkage_plugin.cpp) that uses both APIs is loaded, called and closed
(linkage_host.c): it must be unloaded.

    check_linkage.py --cc CC --cxx CXX --include DIR
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MEANING = "The session is remotely canceled."
CHANGED = "The session is remotely canceled, in the other version."
C_MODES = ["c89", "c99", "c11", "c17", "c2x"]
CXX_MODES = ["c++98", "c++11", "c++14", "c++17", "c++20", "c++2b"]
# Weak symbols the C++ API may leave at -O0 that read no table: members of the
# result and of values' array, whose answers depend only on the object.
DATA_FREE = re.compile(r"^msgrpriv::(result<[^>]*>::|operator[=!]=\(msgrpriv::result<|operator[=!]=\([^,]*, msgrpriv::result<|"
                       r"detail::value_list<[^>]*>::|detail::precondition_failed\(\))")


def run(cmd, cwd=None):
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=dict(os.environ, LC_ALL="C"))
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(cmd)}\n{result.stdout}{result.stderr}")
    return result.stdout


def changed_headers(include, tmp):
    """A copy of the headers whose SS_DECLINED means something else, in its table and its list."""
    copy = os.path.join(tmp, "include_b")
    shutil.copytree(include, copy)
    for name in ("msgrpriv.h", "msgrpriv_lists.h"):
        path = os.path.join(copy, name)
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
        if MEANING not in text:
            sys.exit(f"{name} no longer holds '{MEANING}': update check_linkage.py")
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(text.replace(MEANING, CHANGED))
    return copy


def check_symbols(library):
    """Its dynamic symbols: no GNU unique one; of msgrpriv's, only members that read no table."""
    defined = run(["nm", "-D", "--defined-only", "-C", library])
    bad = []
    for line in defined.splitlines():
        parts = line.split(None, 2)
        if len(parts) < 3:
            continue
        kind, name = parts[1], parts[2]
        if kind == "u":
            bad.append(f"GNU unique {name}")
        elif re.search(r"(?i)msgr|tag[A-Z]", name) and not DATA_FREE.match(name) and not name.endswith("_answer"):
            bad.append(f"{kind} {name}")
    if bad:
        sys.exit(f"{library} shares symbols: {bad}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cc", required=True)
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--include", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        include_b = changed_headers(args.include, tmp)
        for mode in C_MODES + CXX_MODES:
            compiler, lang = (args.cxx, "c++") if mode.startswith("c++") else (args.cc, "c")
            work = os.path.join(tmp, mode)
            os.makedirs(work)
            for library, include in (("liba", args.include), ("libb", include_b)):
                run([compiler, "-x", lang, f"-std={mode}", "-O0", "-fPIC", "-shared", f"-I{include}",
                     f"-DMSGRPRIV_LIBRARY_ANSWER={library}_answer", os.path.join(HERE, "linkage_library.c"),
                     "-o", os.path.join(work, f"{library}.so")])
                check_symbols(os.path.join(work, f"{library}.so"))
            run([args.cc, os.path.join(HERE, "linkage_program.c"), "-o", os.path.join(work, "program"),
                 f"-L{work}", "-la", "-lb", f"-Wl,-rpath,{work}"] + (["-lstdc++"] if lang == "c++" else []))
            said = run([os.path.join(work, "program"), MEANING, CHANGED])
            print(f"{mode}: {said.strip()}")
        plugin = os.path.join(tmp, "plugin.so")
        run([args.cxx, "-std=c++17", "-O0", "-fPIC", "-shared", f"-I{args.include}",
             os.path.join(HERE, "linkage_plugin.cpp"), "-o", plugin])
        check_symbols(plugin)
        host = os.path.join(tmp, "host")
        run([args.cc, os.path.join(HERE, "linkage_host.c"), "-o", host, "-ldl"])
        print("c++17 plugin: " + run([host, plugin, "116"]).strip().replace("\n", "; "))


if __name__ == "__main__":
    main()
