#!/usr/bin/python3
"""Writes the generated parts of include/msgrpriv.h and include/msgrpriv_lists.h
from data/enumerations.toml (which scripts/import_pages.py writes from the pages).

The header is written for people and tools first: each enumeration is declared
out in full, a constant per line with its value and its meaning as its own
Doxygen comment. Only the parts between a "@generated <part>" line and its
"@end <part>" line are written here; the code around them is the header's own.

    /usr/bin/python3 scripts/generate_header.py          rewrite the headers
    /usr/bin/python3 scripts/generate_header.py --check  exit 1, showing the
                                                         difference, if one is stale
Options: --data FILE, --include DIR (defaults: this project's data/enumerations.toml
and include/, holding msgrpriv.h and msgrpriv_lists.h).

SPDX-License-Identifier: MIT
"""

import argparse
import difflib
import os
import re
import sys
import tomllib

from msgrpriv_data import DataError, load

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/"
WIDTH = 100  # columns; a line holding a link or a diagnostic's one string literal may be longer
IMPLICIT_VALUES = "The source page declares no values: each constant's value is its position, from 0."
PART = re.compile(r"^/\* @generated (\w+):.*?\*/\n(.*?)^/\* @end \1 \*/$", re.M | re.S)


# --- writing C -------------------------------------------------------------------------------

def link(markdown):
    """A page's relative links made absolute (Doxygen and an IDE's hover both read Markdown)."""
    return re.sub(r"\]\((?!https?:)([^)]+)\)", lambda m: f"]({PAGES}{m.group(1)})", markdown)


def doxygen_text(text):
    """Text as a Doxygen comment shows it: brackets that are not a link stay brackets."""
    return text.replace("[", "\\[").replace("]", "\\]")


def wrap(text, first, rest, width=WIDTH):
    """text on lines of at most width columns, the first line starting with first, the others with
    rest. A Markdown link is never broken, and a single long word (a link) may exceed the width."""
    lines, line, empty = [], first, True
    for word in re.findall(r"\S*\[[^\]]*\]\([^)]*\)\S*|\S+", text):
        if not empty and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = rest + word
        else:
            line += word if empty else " " + word
        empty = False
    lines.append(line)
    return lines


def c_string(text):
    """A C string literal (the texts are printable ASCII; anything else is refused)."""
    if not all(0x20 <= ord(ch) < 0x7F for ch in text):
        raise DataError(f"not printable ASCII: {text!r}")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("?", "\\?") + '"'


def literal_lines(text, first, rest, end="", nul=False, width=WIDTH):
    """text as adjacent C string literals, on lines of at most width columns where its words allow:
    the first line starts with first, the others with rest, the last ends with end. nul: the text
    ends with a NUL byte (a table's texts follow one another)."""
    lines, prefix, piece = [], first, ""
    for word in text.split(" "):
        longer = f"{piece} {word}" if piece else word
        if piece and len(prefix) + len(c_string(longer)) + len(end) + 3 > width:
            lines.append(prefix + c_string(piece + " "))
            prefix, piece = rest, word
        else:
            piece = longer
    last = c_string(piece)
    return lines + [prefix + (last[:-1] + '\\0"' if nul else last) + end]


def enumeration_block(e):
    lines = ["/**"]
    lines += wrap(f"@brief {e.summary}", " * ", " *        ")
    lines.append(" *")
    if e.note:
        lines += wrap(e.note, " * ", " * ") + [" *"]
    lines += wrap(f"@deprecated Do not use. {link(e.banner)}", " * ", " * ") + [" *"]
    if e.constants[0].literal is None:
        lines += [" * @par Values", *wrap(IMPLICIT_VALUES, " * ", " * "), " *"]
    lines += [" * @par Requirements", " * | Requirement | Value |", " * | --- | --- |"]
    lines += [f" * | {doxygen_text(name)} | {doxygen_text(value)} |" for name, value in e.requirements]
    lines.append(" *")
    lines += [f" * @see [{title}]({PAGES}{page})" for title, page in e.see_also]
    lines.append(f" * @see [{e.type} enumeration (the source page)]({PAGES}{e.page})")
    lines.append(" */")
    lines.append(f"typedef MSGRPRIV_DEPRECATED_TYPE_{e.type}_ enum tag{e.type} {{")
    width = max(len(c.name) for c in e.constants)
    value_width = max(len(c.c_value) for c in e.constants) + 1
    for i, c in enumerate(e.constants):
        comma = "," if i + 1 < len(e.constants) else ""
        head = f"  {c.name.ljust(width)} MSGRPRIV_DEPRECATED_{e.type}_ = {(c.c_value + comma).ljust(value_width)}"
        single = f"{head} /**< {c.meaning} */"
        # The meaning starts on the constant's line (where Clang looks for it), and goes on below it
        # when the line is too long.
        lines += [single] if len(single) <= WIDTH else [f"{head} /**<", *wrap(c.meaning + " */", " " * 6, " " * 6)]
    lines.append(f"}} {e.type};")
    return "\n".join(lines)


def enumerations_part(enumerations):
    return "\n\n".join(enumeration_block(e) for e in enumerations) + "\n"


def list_macros(enumerations):
    """msgrpriv_lists.h's body: an X-macro per enumeration."""
    out = []
    for e in enumerations:
        out += ["/**",
                *wrap(f"@brief Every constant of #{e.type} in the source's order, as `X(name, value, meaning)` "
                      "with the value the enumerator has: for tables of your own.", " * ", " *        "),
                " */",
                f"#define {e.list_macro}(X) \\"]
        for i, c in enumerate(e.constants):
            end = ")" + (" \\" if i + 1 < len(e.constants) else "")
            lines = literal_lines(c.meaning, f"  X({c.name}, {c.c_value}, ", "      ", end)
            out += [line + " \\" for line in lines[:-1]] + lines[-1:]
        out.append("")
    out += ["/**",
            " * @brief Every list of this header, in #MSGRPRIV_ENUMERATIONS order, as `X(TYPE, Prefix, LIST)`:",
            " *        `LIST` is the list macro of the C type `TYPE`.",
            " */",
            "#define MSGRPRIV_LISTS(X) \\"]
    rows = [f"  X({e.type}, {e.prefix}, {e.list_macro})" for e in enumerations]
    out += [row + " \\" for row in rows[:-1]] + [rows[-1]]
    return "\n".join(out) + "\n"


def diagnostic(e):
    """The deprecation diagnostic's text: "Do not use." and the banner of the type's page as plain
    text, naming the type itself where every page names LockStatus (see the errata)."""
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", e.banner).replace("**", "")
    return f"Do not use. {e.type} {plain.split(' ', 1)[1]}"


def define(name, body):
    """#define name body, the body on a line of its own."""
    return [f"#define {name} \\", f"  {body}"] if body else [f"#define {name}"]


# Where each compiler takes the attribute, with what the header says about it.
DEPRECATION_BRANCHES = [
    ("#if defined(MSGRPRIV_NO_DEPRECATION_WARNINGS) || defined(MSGRPRIV_DOXYGEN) || \\\n"
     "    !(defined(_MSC_VER) || defined(__GNUC__) || defined(__clang__))", None, "", ""),
    ("#elif defined(_MSC_VER) && defined(__cplusplus)",
     "MSVC, and clang-cl (which also defines __clang__): __declspec before a typedef, and\n"
     " * [[deprecated]] after an enumerator in C++ only",
     "__declspec(deprecated({}))", "[[deprecated({})]]"),
    ("#elif defined(_MSC_VER)", "MSVC's C has no way to deprecate an enumerator", "__declspec(deprecated({}))", ""),
    ("#else", "GCC and Clang: their attribute in both places, in every C and C++ mode",
     "__attribute__((deprecated({})))", "__attribute__((deprecated({})))"),
]


def deprecation_part(enumerations):
    """Per type, its diagnostic's text as one string literal (adjacent literals, or a macro that
    takes the type, would cost every includer in 59 places), and the attributes that carry it."""
    out = []
    for e in enumerations:
        out += define(f"MSGRPRIV_DEPRECATION_{e.type}_", c_string(diagnostic(e)))
    for condition, comment, type_attribute, constant_attribute in DEPRECATION_BRANCHES:
        out.append(condition)
        if comment:
            out.append(f"/* {comment}. */")
        for e in enumerations:
            text = f"MSGRPRIV_DEPRECATION_{e.type}_"
            out += define(f"MSGRPRIV_DEPRECATED_TYPE_{e.type}_", type_attribute.format(text))
            out += define(f"MSGRPRIV_DEPRECATED_{e.type}_", constant_attribute.format(text))
    out.append("#endif")
    return "\n".join(out) + "\n"


def registry_part(enumerations):
    out = ["/**",
           " * @brief Every enumeration of this header, in its order, as `X(TYPE, Prefix)`: `TYPE` is the C",
           " *        type and `Prefix` names its C helpers (`MsgrPrefixName`, `MsgrPrefixDescription`,",
           " *        `MsgrPrefixFromName`). msgrpriv.hpp builds on it; so can you.",
           " */",
           "#define MSGRPRIV_ENUMERATIONS(X) \\"]
    rows = [f"  X({e.type}, {e.prefix})" for e in enumerations]
    out += [row + " \\" for row in rows[:-1]] + [rows[-1]]
    return "\n".join(out) + "\n"


def offsets(texts):
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    starts.append(at)
    if at > 0xFFFF:
        raise DataError("a table's text exceeds 65535 bytes (its offsets are unsigned short)")
    return starts


def numbers(values, indent="    "):
    return wrap(", ".join(str(v) for v in values), indent, indent)


def helpers_part(enumerations):
    out = []
    for e in enumerations:
        t, first = e.type, e.constants[0].name
        names = [c.name for c in e.constants]
        meanings = [c.meaning for c in e.constants]
        # The texts are string literals in the table itself, not arrays of their own: GCC's
        # UBSan cannot tell an inline array's address from null in a constant expression.
        out += [f"/* {t} */",
                f"MSGRPRIV_TABLE_ long {e.table('values')}[] = {{",
                *numbers([c.c_value for c in e.constants]), "};",
                f"MSGRPRIV_TABLE_ unsigned short {e.table('name_starts')}[] = {{",
                *numbers(offsets(names)), "};",
                f"MSGRPRIV_TABLE_ unsigned short {e.table('meaning_starts')}[] = {{",
                *numbers(offsets(meanings)), "};",
                f"MSGRPRIV_TABLE_ msgrpriv_table_ {e.table('table')} = {{",
                f"    {e.table('values')},",
                *[f"    {c_string(n)[:-1]}\\0\"" for n in names[:-1]], f"    {c_string(names[-1])},",
                f"    {e.table('name_starts')},",
                *[line for m in meanings[:-1] for line in literal_lines(m, "    ", "    ", nul=True)],
                *literal_lines(meanings[-1], "    ", "    ", ","),
                f"    {e.table('meaning_starts')}, {len(e.constants)}}};",
                "",
                "/**",
                f" * @brief The name of a #{t} constant, such as `\"{first}\"`.",
                f" * @param value A #{t} value.",
                " * @return A static string, or `NULL` when @p value is none of the constants.",
                " */",
                f"MSGRPRIV_INLINE_ const char *Msgr{e.prefix}Name({t} value) {{",
                f"  return msgrpriv_name_(&{e.table('table')}, (long)value);",
                "}",
                "",
                "/**",
                f" * @brief The documented meaning of a #{t} constant, verbatim from its source page.",
                f" * @param value A #{t} value.",
                " * @return A static string, or `NULL` when @p value is none of the constants.",
                " */",
                f"MSGRPRIV_INLINE_ const char *Msgr{e.prefix}Description({t} value) {{",
                f"  return msgrpriv_meaning_(&{e.table('table')}, (long)value);",
                "}",
                "",
                "/**",
                f" * @brief Finds the #{t} constant named exactly @p text (case-sensitive), such as",
                f" *        `\"{first}\"`.",
                " * @param text A NUL-terminated name, or `NULL`; at most 64 bytes of it are read.",
                f" * @param out Where to store the constant, or `NULL`.",
                " * @return 1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also",
                " *         when either pointer is `NULL`).",
                " */",
                f"MSGRPRIV_INLINE_ int Msgr{e.prefix}FromName(const char *text, {t} *out) {{",
                f"  const long at = msgrpriv_index_of_name_(&{e.table('table')}, text);",
                "  if (at < 0 || out == MSGRPRIV_NULL_) {",
                "    return 0;",
                "  }",
                f"  *out = ({t}){e.table('values')}[at];",
                "  return 1;",
                "}",
                ""]
    return "\n".join(out)


# Each header and the parts of it written here.
HEADERS = {"msgrpriv.h": {"deprecation": deprecation_part, "enumerations": enumerations_part, "registry": registry_part, "helpers": helpers_part},
           "msgrpriv_lists.h": {"lists": list_macros}}


def generate(header, header_text, enumerations):
    parts = HEADERS[header]
    found = [m.group(1) for m in PART.finditer(header_text)]
    if sorted(found) != sorted(parts):
        raise DataError(f"{header}'s generated parts are {found}, expected {sorted(parts)}")

    def replace(match):
        body = parts[match.group(1)](enumerations)
        start = match.group(0)[: match.start(2) - match.start(0)]
        return start + body + f"/* @end {match.group(1)} */"

    return PART.sub(replace, header_text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a header is not up to date")
    parser.add_argument("--data", default=os.path.join(ROOT, "data", "enumerations.toml"))
    parser.add_argument("--include", default=os.path.join(ROOT, "include"))
    args = parser.parse_args(argv)
    stale = []
    try:
        # Import track: only msgrpriv.h's types until the multi-header writer comes (issue 28);
        # today's tables search values in order, so they must ascend.
        enumerations = load(args.data, header="msgrpriv.h", ascending=True)
        for header in HEADERS:
            path = os.path.join(args.include, header)
            with open(path, encoding="utf-8") as stream:
                old = stream.read()
            new = generate(header, old, enumerations)
            if new == old:
                continue
            if args.check:
                sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), path,
                                                           "generated from " + args.data))
                stale.append(path)
            else:
                with open(path, "w", encoding="utf-8") as stream:
                    stream.write(new)
    except (DataError, OSError, tomllib.TOMLDecodeError) as error:
        print(f"generate_header.py: {error}", file=sys.stderr)
        return 2
    if stale:
        print(f"generate_header.py: {', '.join(stale)} not what {args.data} gives: run "
              "/usr/bin/python3 scripts/generate_header.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
