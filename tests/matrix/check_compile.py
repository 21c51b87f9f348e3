#!/usr/bin/python3
"""One cell of the compile matrix: one compiler in one language mode, every
header at once, each kind of check one compiler run (so a cell costs the same
whatever the number of headers, types and constants):

  probe       the deprecation probe (make_probe.py, from the fixture pages):
              every header, then one line per spelling of a type (typedef
              name, `enum tag...`) and per constant, each of which must draw
              exactly one warning, naming it, with its type's message; nothing
              else may warn (including the headers: silent when merely
              included). With GCC-style compilers it runs with -fshort-enums
              and checks each type's size. Under MSVC's rules C takes no
              deprecation on a tag or an enumerator: there only the typedef
              names warn.
  quiet       a user's program: globals named like every identifier the
              headers use (make_user_globals.py), then the headers and code
              that uses every helper and list of every type, with
              MSGRPRIV_NO_DEPRECATION_WARNINGS, every warning a user may turn
              on (--quiet-flags; Clang's -Weverything with --everything) and
              warnings as errors: not a word.
  macros      what `-dM -E` says the headers leave defined: exactly their
              documented macros (a Doxygen comment before the #define) and
              their include guards.
  refuses     below C++17, msgrpriv.hpp refuses to compile, saying so.
  bad-input   bad_input.cpp built and run with --bad-input-flags (-O2
              -fstrict-enums, or -fsanitize=enum): every answer as documented.
  examples    the given examples, as they are, with warnings as errors.

check_compile.py --compiler PATH --style gnu|msvc|clang-cl --lang c|c++ --std STD
                 --include DIR --probe-dir DIR [--flags "..."] [--quiet-flags "..."]
                 [--everything] [--bad-input-flags "..."] [--examples FILE...]
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# file:line:col: warning: ... (GCC, Clang) or file(line,col): warning: ... (clang-cl)
WARNING = re.compile(r"^(?P<file>.+?)(?::(?P<line>\d+):\d+|\((?P<cl_line>\d+),\d+\)): warning: (?P<text>.*)$")
DEPRECATED = re.compile(r"^'(?P<symbol>[^']+)' is deprecated: (?P<message>.*?)(?: \[-W[\w-]+\])?$")
HEADERS_C = ["msgrpriv.h", "msgrpriv_lists.h", "msgrua.h", "msgrua_lists.h", "mdisp.h", "mdisp_lists.h", "basicim.h",
             "basicim_lists.h", "msgrpriv_every_list.h"]
HEADERS_CPP = HEADERS_C + ["msgrpriv.hpp", "msgrpriv_v1.hpp"]


def command(args, source, defines=(), werror=False, extra=(), action="syntax"):
    if args.style == "clang-cl":
        std = [f"/std:{args.std}"] if args.std else []
        lang = "/TC" if args.lang == "c" else "/TP"
        what = {"syntax": ["/Zs"], "macros": ["/E", "-Xclang", "-dM"]}[action]
        # "--" ends the options: clang-cl reads an absolute path (/work/...) as one.
        return [args.compiler, *shlex.split(args.flags), *std, *what, lang, f"-I{args.include}",
                *(f"-D{d}" for d in defines), *(["/WX"] if werror else []), *extra, "--", source]
    prefix = []
    if args.style == "msvc":  # Clang with only the macros cl.exe defines
        prefix = ["--target=x86_64-pc-windows-msvc", "-fms-compatibility", "-fms-extensions",
                  "-U__clang__", "-U__GNUC__"]
    what = {"syntax": ["-fsyntax-only"], "macros": ["-E", "-dM"]}[action]
    return [args.compiler, *prefix, "-x", args.lang, f"-std={args.std}", *what, f"-I{args.include}",
            *shlex.split(args.flags), *(f"-D{d}" for d in defines), *(["-Werror"] if werror else []), *extra,
            source]


def run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"), **kwargs)
    return result.returncode, result.stdout + result.stderr


def fail(what, cmd, said):
    sys.exit(f"{what}:\n{shlex.join(cmd)}\n{said}")


def expect_silence(cmd):
    code, said = run(cmd)
    if code != 0 or said.strip():
        fail("expected no diagnostics", cmd, said)


def modern_cpp(args):
    return args.lang == "c++" and args.std not in ("c++98", "c++11", "c++14")


def check_probe(args, tmp):
    probe = os.path.join(args.probe_dir, "probe_hpp.cpp" if modern_cpp(args) else "probe_h.c")
    with open(os.path.splitext(probe)[0] + ".json", encoding="utf-8") as stream:
        expected = json.load(stream)
    short = args.style == "gnu"
    extra = ["-fshort-enums"] if short else []
    cmd = command(args, probe, defines=["MSGRPRIV_PROBE_SHORT_ENUMS"] if short else [], extra=extra)
    code, said = run(cmd)
    if code != 0:
        fail("the probe did not compile", cmd, said)
    msvc_c = args.style == "msvc" and args.lang == "c"
    wanted = {e["line"]: e for e in expected if not (msvc_c and e["kind"] != "type")}
    seen = {}
    for text in said.splitlines():
        warning = WARNING.match(text)
        if not warning:
            continue
        line = int(warning.group("line") or warning.group("cl_line"))
        if os.path.basename(warning.group("file")) != os.path.basename(probe) or line not in wanted:
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
    kinds = sorted({e["kind"] for e in wanted.values()})
    print(f"probe: {len(wanted)} spellings ({', '.join(kinds)}), one deprecation warning each"
          + (", sizes under -fshort-enums as expected" if short else ""))


def check_quiet(args, tmp):
    source = os.path.join(tmp, "user." + ("cpp" if args.lang == "c++" else "c"))
    use = "use_cpp_header.cpp" if modern_cpp(args) else "use_c_header.c"
    with open(source, "w", encoding="utf-8") as stream:
        stream.write(f"#include \"{args.globals}\"\n#include \"{os.path.join(HERE, use)}\"\n")
    extra = shlex.split(args.quiet_flags)
    if args.everything:
        # The user's own code (the test's) may not please every warning: the headers must.
        extra += ["-Weverything", "-Wno-unsafe-buffer-usage", "-Wno-switch-default", "-Wno-unknown-warning-option"]
        if args.lang == "c++":
            extra += ["-Wno-c++98-compat", "-Wno-c++98-compat-pedantic"]
    expect_silence(command(args, source, defines=["MSGRPRIV_NO_DEPRECATION_WARNINGS"], werror=True,
                           extra=[f"-I{HERE}", *extra]))
    print(f"quiet: every helper and list of every type, {len(extra)} more warning flags, globals named "
          "like every identifier of the headers: not a word")


def documented_macros(include, headers):
    """What the headers leave defined by design: their documented macros (a Doxygen comment
    right before the #define, outside the Doxygen-only blocks) and their include guards."""
    expected = set()
    for name in headers:
        with open(os.path.join(include, name), encoding="utf-8") as stream:
            text = stream.read()
        for block in re.findall(r"#if defined\(MSGRPRIV_DOXYGEN\)\n.*?#endif", text, flags=re.S):
            text = text.replace(block, "")
        expected |= set(re.findall(r"^#ifndef (\w+)\n#define \1\n", text, re.M))
        # The SDK's guard of a type two headers provide (_MSGR_CONSTANTS_), as the SDK leaves it.
        expected |= set(re.findall(r"^#if !defined\((\w+)\)[^\n]*\n#define \1\n", text, re.M))
        expected |= set(re.findall(r"/\*\*(?:(?!\*/).)*\*/\n#define (\w+)", text, re.S))
    return expected


def defined_macros(args, source):
    cmd = command(args, source, action="macros")
    code, said = run(cmd)
    if code != 0:
        fail("the headers did not preprocess", cmd, said)
    return cmd, set(re.findall(r"^#define (\w+)", said, re.M))


def check_macros(args, tmp):
    headers = HEADERS_CPP if modern_cpp(args) else HEADERS_C
    empty = os.path.join(tmp, "empty." + ("cpp" if args.lang == "c++" else "c"))
    included = os.path.join(tmp, "headers." + ("cpp" if args.lang == "c++" else "c"))
    with open(empty, "w", encoding="utf-8") as stream:
        stream.write("\n")
    with open(included, "w", encoding="utf-8") as stream:
        stream.write("".join(f"#include \"{h}\"\n" for h in headers))
    _, before = defined_macros(args, empty)
    cmd, after = defined_macros(args, included)
    left = after - before
    expected = documented_macros(args.include, headers)
    undocumented, missing = sorted(left - expected), sorted(expected - left)
    if undocumented or missing:
        fail(f"the headers leave undocumented macros {undocumented}, and lack documented ones {missing}", cmd, "")
    print(f"macros: the headers leave only their {len(left)} documented macros and include guards")


def check_refuses(args, tmp):
    source = os.path.join(tmp, "hpp.cpp")
    with open(source, "w", encoding="utf-8") as stream:
        stream.write("#include \"msgrpriv.hpp\"\n")
    cmd = command(args, source)
    code, said = run(cmd)
    if code == 0 or not re.search(r"msgrpriv.hpp needs C\+\+17 or later", said):
        fail("expected msgrpriv.hpp to refuse, saying it needs C++17", cmd, said)
    print("refuses: msgrpriv.hpp needs C++17 or later, it says")


def check_bad_input(args, tmp):
    program = os.path.join(tmp, "bad_input")
    cmd = [args.compiler, f"-std={args.std}", f"-I{args.include}", *shlex.split(args.bad_input_flags),
           os.path.join(HERE, "bad_input.cpp"), "-o", program]
    code, said = run(cmd)
    if code != 0 or said.strip():
        fail("bad_input.cpp did not build silently", cmd, said)
    code, said = run([program])
    if code != 0:
        fail("bad input got a wrong answer", cmd, said)
    print(f"bad-input ({args.bad_input_flags}): {said.strip()}")


def check_examples(args, tmp):
    cmd = command(args, args.examples[0], werror=True)[:-1] + args.examples
    expect_silence(cmd)
    print(f"examples: {len(args.examples)} compile without a word")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for option in ("--compiler", "--style", "--lang", "--std", "--include"):
        parser.add_argument(option, required=True)
    parser.add_argument("--probe-dir")
    parser.add_argument("--globals", help="the user's globals (make_user_globals.py)")
    parser.add_argument("--flags", default="")
    parser.add_argument("--quiet-flags", default="")
    parser.add_argument("--everything", action="store_true")
    parser.add_argument("--bad-input-flags")
    parser.add_argument("--examples", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.examples:
            check_examples(args, tmp)
            return
        check_probe(args, tmp)
        check_quiet(args, tmp)
        if args.style != "clang-cl":
            check_macros(args, tmp)
        if args.lang == "c++" and not modern_cpp(args):
            check_refuses(args, tmp)
        if args.bad_input_flags:
            check_bad_input(args, tmp)


if __name__ == "__main__":
    main()
