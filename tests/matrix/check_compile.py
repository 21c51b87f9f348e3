#!/usr/bin/python3
"""One cell of the compile matrix: one compiler, one language mode, one header,
checked several ways, each a compile of its own:

  silent      the header alone, with every warning flag: not a word
  everything  the same under Clang's -Weverything
  quiet       the deprecation probe and a source using every helper, with
              MSGRPRIV_NO_DEPRECATION_WARNINGS and warnings as errors: not a word
  probe       the deprecation probe (make_probe.py): each line names one type or
              constant and must draw exactly one warning, naming it, with its
              type's message; nothing else may warn. Under MSVC's rules C takes
              no deprecation on an enumerator: there only the type lines warn.
  clean=FILE  FILE (an example) as it is, with warnings as errors: not a word
  error=TEXT  the header must refuse to compile, saying TEXT (a regex)

check_compile.py --compiler PATH --style gnu|msvc|clang-cl --lang c|c++ --std STD
                 --include DIR --header msgrpriv.h|msgrpriv.hpp --probe-dir DIR
                 --use FILE [--flags "..."] CHECK...
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

# file:line:col: warning: ... (GCC, Clang) or file(line,col): warning: ... (clang-cl)
WARNING = re.compile(r"^(?P<file>.+?)(?::(?P<line>\d+):\d+|\((?P<cl_line>\d+),\d+\)): warning: (?P<text>.*)$")
DEPRECATED = re.compile(r"^'(?P<symbol>[^']+)' is deprecated: (?P<message>.*?)(?: \[-W[\w-]+\])?$")


def command(args, source, defines=(), werror=False, extra=()):
    if args.style == "clang-cl":
        std = [f"/std:{args.std}"] if args.std else []
        lang = "/TC" if args.lang == "c" else "/TP"
        # "--" ends the options: clang-cl reads an absolute path (/work/...) as one.
        return [args.compiler, *shlex.split(args.flags), *std, "/Zs", lang, f"-I{args.include}",
                *(f"-D{d}" for d in defines), *(["/WX"] if werror else []), *extra, "--", source]
    prefix = []
    if args.style == "msvc":  # Clang with only the macros cl.exe defines
        prefix = ["--target=x86_64-pc-windows-msvc", "-fms-compatibility", "-fms-extensions",
                  "-U__clang__", "-U__GNUC__"]
    return [args.compiler, *prefix, "-x", args.lang, f"-std={args.std}", "-fsyntax-only",
            f"-I{args.include}", *shlex.split(args.flags), *(f"-D{d}" for d in defines),
            *(["-Werror"] if werror else []), *extra, source]


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    return result.returncode, result.stdout + result.stderr


def fail(what, cmd, said):
    sys.exit(f"{what}:\n{shlex.join(cmd)}\n{said}")


def expect_silence(cmd):
    code, said = run(cmd)
    if code != 0 or said.strip():
        fail("expected no diagnostics", cmd, said)


def check_probe(args, source, expected):
    cmd = command(args, source)
    code, said = run(cmd)
    if code != 0:
        fail("the probe did not compile", cmd, said)
    msvc_c = args.style in ("msvc", "clang-cl") and args.lang == "c"
    wanted = {e["line"]: e for e in expected if not (msvc_c and e["kind"] == "constant")}
    seen = {}
    for text in said.splitlines():
        warning = WARNING.match(text)
        if not warning:
            continue
        line = int(warning.group("line") or warning.group("cl_line"))
        if os.path.basename(warning.group("file")) != os.path.basename(source) or line not in wanted:
            fail(f"a warning where none belongs ({warning.group('file')}:{line})", cmd, said)
        seen.setdefault(line, []).append(warning.group("text"))
    for line, entry in wanted.items():
        texts = seen.get(line, [])
        if len(texts) != 1:
            fail(f"line {line} ({entry['symbol']}) drew {len(texts)} warnings, not 1", cmd, said)
        deprecated = DEPRECATED.match(texts[0])
        if not deprecated or deprecated.group("symbol") != entry["symbol"] \
                or deprecated.group("message") != entry["message"]:
            fail(f"line {line}: expected \"'{entry['symbol']}' is deprecated: {entry['message']}\"", cmd, said)
    print(f"probe: {len(wanted)} symbols, one deprecation warning each")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for option in ("--compiler", "--style", "--lang", "--std", "--include", "--header", "--probe-dir", "--use"):
        parser.add_argument(option, required=option not in ("--probe-dir", "--use"))
    parser.add_argument("--flags", default="")
    parser.add_argument("checks", nargs="+")
    args = parser.parse_args()
    probe = os.path.join(args.probe_dir or "", "probe_h.c" if args.header == "msgrpriv.h" else "probe_hpp.cpp")
    with tempfile.TemporaryDirectory() as tmp:
        alone = os.path.join(tmp, "include_only." + ("c" if args.lang == "c" else "cpp"))
        with open(alone, "w", encoding="utf-8") as stream:
            stream.write(f"#include \"{args.header}\"\n")
        for check in args.checks:
            if check == "silent":
                expect_silence(command(args, alone))
            elif check == "everything":
                extra = ["-Weverything"] + (["-Wno-c++98-compat", "-Wno-c++98-compat-pedantic"]
                                            if args.header == "msgrpriv.hpp" else [])
                expect_silence(command(args, alone, extra=extra))
            elif check == "quiet":
                for source in (probe, args.use):
                    expect_silence(command(args, source, defines=["MSGRPRIV_NO_DEPRECATION_WARNINGS"], werror=True))
            elif check == "probe":
                with open(os.path.join(args.probe_dir, "probe.json"), encoding="utf-8") as stream:
                    check_probe(args, probe, json.load(stream))
            elif check.startswith("clean="):
                expect_silence(command(args, check[len("clean="):], werror=True))
            elif check.startswith("error="):
                cmd = command(args, alone)
                code, said = run(cmd)
                if code == 0 or not re.search(check[len("error="):], said):
                    fail(f"expected a failure saying '{check[len('error='):]}'", cmd, said)
            else:
                sys.exit(f"unknown check {check!r}")
            print(f"{check}: ok")


if __name__ == "__main__":
    main()
