#!/usr/bin/python3
"""Writes the generated parts of the package's headers from data/enumerations.toml (which
scripts/import_pages.py writes from the pages): for each header the data names (msgrpriv.h,
msgrua.h, mdisp.h, basicim.h), its C header and its lists header (msgrpriv_lists.h,
msgrua_lists.h...), and msgrpriv_every_list.h, which gathers the lists of every header.

The headers are written for people and tools first: each enumeration is declared out in full,
a constant per line with its value and its meaning as its own Doxygen comment. Only the parts
between a "@generated <part>" line and its "@end <part>" line are written here; the code around
them is the header's own. msgrpriv.h's "@shared <part>" parts (the internal macros, the finders,
the end that undefines the macros) are copied into each other C header, whose own code is then
only its opening comment and include guard: every header stands alone and includes nothing, and
the finders, guarded, are defined once in a translation unit, by whichever header comes first.

A type two headers provide (MSGRConstants: msgrua.h declares it, mdisp.h provides it too) is one
guarded part, the same text in both, as the SDK guarded its MSGR_ codes with _MSGR_CONSTANTS_:
whichever header comes first declares it (the other, or the SDK's own header, then skips it),
and Doxygen reads it once, in the header that declares it. Its registry and list rows are that
header's only.

What the helpers read is one compact table per enumeration (see table_bytes): a string literal,
which a compiler reads for a fraction of what an array of numbers costs, holding the values, the
names, the meanings and two hash indexes this script computes, so that a look-up by name or by
value reads one bucket, whatever the number of constants and whatever their order.

    /usr/bin/python3 scripts/generate_header.py          rewrite the headers
    /usr/bin/python3 scripts/generate_header.py --check  exit 1, showing the
                                                         difference, if one is stale
Options: --data FILE, --include DIR (defaults: this project's data/enumerations.toml and
include/).

SPDX-License-Identifier: MIT
"""

import argparse
import collections
import difflib
import os
import re
import sys
import tomllib

import msgrpriv_data
from msgrpriv_data import DataError
from page_reader import plain

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/"
WIDTH = 100  # columns; a line holding a link, a diagnostic's one string literal or a constant may be longer
IMPLICIT_VALUES = "The source page declares no values: each constant's value is its position, from 0."
PART = re.compile(r"^/\* @generated (\w+):.*?\*/\n(.*?)^/\* @end \1 \*/$", re.M | re.S)
SHARED = re.compile(r"^/\* @shared (\w+):.*?\*/\n(.*?)^/\* @end \1 \*/$", re.M | re.S)
MASTER = "msgrpriv.h"  # the header whose @shared parts the others copy
EVERY_LIST = "msgrpriv_every_list.h"
NAME_LIMIT = 64   # the finders read at most this many bytes of a name; every name (combinations too) is shorter
FLAG_LIMIT = 6    # bits of a flags type: every combination's name is in its table
HASH_TRIES = 3000  # multipliers tried per index; the first is the identity
# The guard of a type two headers provide, as Microsoft's own headers spell it, so that a program
# may include theirs beside ours: whichever comes first declares the type's constants.
SDK_GUARDS = {"MSGRConstants": "_MSGR_CONSTANTS_"}
# Issue 28.5: the @deprecated text as two paragraphs, the diagnostic's sentence (naming the type)
# first, then the page's words (False: 2.0's one paragraph, the page's words only).
TWO_PARAGRAPHS = True


# --- the headers -----------------------------------------------------------------------------

def registry_of(name):
    """The registry macro of a header: X(TYPE, Prefix) per type it declares."""
    stem = os.path.splitext(name)[0].upper()
    return "MSGRPRIV_ENUMERATIONS" if name == MASTER else f"MSGRPRIV_{stem}_ENUMERATIONS"


class Header:
    """One header of the data: its C header, its lists header, and the names of its macros."""

    def __init__(self, entry, enumerations):
        self.name = entry["name"]
        self.source = entry["source"]  # as Microsoft writes it: Msgrua.h
        self.enumerations = enumerations  # declared here or provided, in the header's order
        self.stem = os.path.splitext(self.name)[0].upper()
        master = self.name == MASTER
        self.registry = registry_of(self.name)
        self.lists_file = "msgrpriv_lists.h" if master else f"{self.stem.lower()}_lists.h"
        self.lists = "MSGRPRIV_LISTS" if master else f"MSGRPRIV_{self.stem}_LISTS"

    def declares(self, e):
        """Whether this header declares e (else it provides the declaring header's part)."""
        return e.header == self.name

    @property
    def declared(self):
        return [e for e in self.enumerations if self.declares(e)]


def load_headers(path):
    with open(path, "rb") as stream:
        data = tomllib.load(stream)
    entries = data.get("header") or []
    # The finders depend on no order (MSGRConstants is in Mdisp.h's page's order, not by value); 2.0's
    # header keeps its types ascending, as their pages list them, so that a change is seen.
    headers = [Header(h, msgrpriv_data.load(path, header=h["name"], ascending=h["name"] == MASTER)) for h in entries]
    if not headers or headers[0].name != MASTER:
        raise DataError(f"{path}: the first [[header]] is {MASTER}, whose shared parts the others copy")
    for h in headers:
        for e in h.enumerations:
            if e.also_in and e.type not in SDK_GUARDS:
                raise DataError(f"{e.where}: a type two headers provide needs its guard (SDK_GUARDS in "
                                "scripts/generate_header.py): the SDK's, where it has one")
            if e.flags and h.name != MASTER:
                raise DataError(f"{e.where}: a flags type is {MASTER}'s (its C++ operators are there)")
    return headers


def page_header(e, page):
    """The header (as Microsoft writes it) whose page is `page`, among e's pages."""
    for other in e.other_pages:
        if other["page"] == page:
            return other.get("source") or other["header"].capitalize()
    return page


# --- writing C -------------------------------------------------------------------------------

def link(markdown):
    """A page's relative links made absolute (Doxygen and an IDE's hover both read Markdown)."""
    return re.sub(r"\]\((?!https?:)([^)]+)\)", lambda m: f"]({PAGES}{m.group(1)})", markdown)


def doxygen_text(text):
    """Text as a Doxygen comment shows it: brackets that are not a link stay brackets, and an @
    that is not a command stays an @: escaped where it starts a word ("(\\@microsoft.com"), which
    Doxygen would read as a command, and only there (user@microsoft.com), as an IDE shows it."""
    return re.sub(r"(?<![\w.])@", r"\\@", text.replace("[", "\\[").replace("]", "\\]"))


def wrap(text, first, rest, width=WIDTH):
    """text on lines of at most width columns, the first line starting with first, the others with
    rest. A Markdown link or code span is never broken, and a single long word (a link) may exceed
    the width."""
    lines, line, empty = [], first, True
    for word in re.findall(r"(?:`[^`]*`|\[[^\]]*\]\([^)]*\)|\S)+", text):
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


def values_note(e):
    """The @par Values text: which values the page leaves to C's rule, if any."""
    implicit = [c for c in e.constants if c.literal is None]
    if not implicit:
        return None
    if len(implicit) == len(e.constants):
        return IMPLICIT_VALUES
    named = [f"{c.name} ({c.value})" for c in implicit]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return (f"The source page declares no value for {listed}: C gives "
            f"{'it' if len(named) == 1 else 'each'} the value after the constant before it (the first, 0).")


def guarded(e, header):
    """The #if that opens a provided type's one part in `header`, or None for a type of one header."""
    if not e.also_in:
        return None
    condition = f"!defined({SDK_GUARDS[e.type]})"
    # Documented once, where it is declared.
    return f"#if {condition}" + ("" if header.declares(e) else " && !defined(MSGRPRIV_DOXYGEN)")


def continued(rows):
    """A macro's lines: each but the last ends with a backslash."""
    return [row + " \\" for row in rows[:-1]] + rows[-1:]


def declared_macro(e):
    """The documented macro that says msgrpriv declared a type two headers provide."""
    return f"MSGRPRIV_DECLARES_{e.type.upper()}"


def value_comment(c):
    """The value as the page writes it, where the enumerator writes another number: the page's
    name of the value (MSGR_E(0x0001), E_FAIL), and a corrected one's page value."""
    said = []
    if c.literal is not None and not msgrpriv_data.NUMBER.fullmatch(c.literal):
        said.append(c.literal)
    if c.page_value != c.literal:
        said.append(f"its page: {c.page_value}, corrected (see the errata)")
    return f" /* {'; '.join(said)} */" if said else ""


def constant_lines(e, c, width, value_width, last):
    comma = "" if last else ","
    # The page's name of the value, where it is not the number, in a comment before the constant:
    # one after the name would be what an IDE shows (clangd reads every comment), not the meaning.
    said = value_comment(c)
    value = f"{c.c_value}{comma}"
    lead = f"/*{said[3:]} " if said else ""
    head = f"  {lead}{c.name.ljust(width - len(lead))} MSGRPRIV_DEPRECATED_{e.type}_ = {value.ljust(value_width)}"
    others = [(page_header(e, w["page"]), plain(w["meaning"])) for w in c.other_wording]
    text = doxygen_text(c.meaning)
    if not others:
        single = f"{head} /**< {text} */"
        # The meaning starts on the constant's line (where Clang looks for it), and goes on below it
        # when the line is too long.
        return [single] if len(single) <= WIDTH else [f"{head} /**<", *wrap(text + " */", " " * 6, " " * 6)]
    lines = [f"{head} /**<", *wrap(text, " " * 6, " " * 6)]
    for source, words in others:
        lines += [f"      @par {source}'s page words it", *wrap(doxygen_text(words), " " * 6, " " * 6)]
    lines[-1] += " */"
    return lines


def value_macros(e):
    """The value macros the type's page writes values with (MSGR_E(x), MSGR_S(x)): defined where
    not already defined, as the SDK's, but as an int (the headers declare no HRESULT); the
    enumerators never use them, so a user's own definition changes nothing."""
    out = []
    seen = []
    for c in e.constants:
        macro = re.fullmatch(r"([A-Z][A-Z0-9_]*)\((0[xX][0-9a-fA-F]+)\)", c.literal or "")
        if macro and macro.group(1) not in seen:
            seen.append(macro.group(1))
    for name in seen:
        base = c_base = next(c.value - int(re.search(r"\((0[xX][0-9a-fA-F]+)\)", c.literal).group(1), 16)
                             for c in e.constants if (c.literal or "").startswith(name + "("))
        signed = base - (1 << 32) if base > 0x7FFFFFFF else base
        number = f"-0x{-signed:X}" if signed < 0 else f"0x{signed:08X}"
        out += [f"#ifndef {name}",
                "/**",
                *wrap(f"@brief `{name}(code)` as the pages write values: the HRESULT 0x{c_base:08X} + `code`, "
                      f"as the SDK's msgrua.h defines it, but an `int` (msgrpriv declares no `HRESULT`).",
                      " * ", " *        "),
                " *",
                *wrap("Defined only where not already defined; the constants are written as numbers and never "
                      "use it.", " * ", " * "),
                " * @param code The code, such as `0x0001`.",
                " */",
                f"#define {name}(code) ({number} + (code))",
                "#endif"]
    return out


def enumeration_block(e, header):
    lines = ["/**"]
    lines += wrap(f"@brief {e.summary}", " * ", " *        ")
    lines.append(" *")
    if e.note:
        lines += wrap(e.note, " * ", " * ") + [" *"]
    # "Do not use." (the page's summary starts with it) and the page's banner, with its links.
    if TWO_PARAGRAPHS:
        # The diagnostic's own sentence first, then the page's words as they are.
        lines += wrap(f"@deprecated {diagnostic(e)}", " * ", " * ")
        lines += wrap(f"@deprecated The source page's words: Do not use. {link(e.banner)}", " * ", " * ") + [" *"]
    else:
        lines += wrap(f"@deprecated Do not use. {link(e.banner)}", " * ", " * ") + [" *"]
    note = values_note(e)
    if note:
        lines += [" * @par Values", *wrap(note, " * ", " * "), " *"]
    if e.page_note:
        lines += [" * @par The source page's note", *wrap(link(e.page_note), " * ", " * "), " *"]
    for remark in e.remarks:
        lines += [" * @par The source page's remarks", *wrap(link(remark), " * ", " * "), " *"]
    for other in e.other_pages:
        listed = sum(1 for c in e.constants if c.pages is None or other["page"] in c.pages)
        own = sum(1 for c in e.constants if c.pages is None or e.page in c.pages)
        source = page_header(e, other["page"])
        lines += [f" * @par {source}'s page",
                  *wrap(f"[{e.type} ({source})]({PAGES}{other['page']}) lists {listed} constants, in this order; "
                        f"the [source page]({PAGES}{e.page}) lists {own} of them. Where its words differ, a "
                        f"constant gives them too. Its summary: {link(other['summary'])}", " * ", " * ")]
        if other.get("page_note"):
            lines += wrap(f"Its note: {link(other['page_note'])}", " * ", " * ")
        lines.append(" *")
    lines += [" * @par Requirements", " * | Requirement | Value |", " * | --- | --- |"]
    lines += [f" * | {doxygen_text(name)} | {doxygen_text(value)} |" for name, value in e.requirements]
    lines.append(" *")
    lines += [f" * @see [{title}]({PAGES}{page})" for title, page in e.see_also]
    lines.append(f" * @see [{e.type} enumeration (the source page)]({PAGES}{e.page})")
    lines.append(" */")
    # The typedef name, the tag and each constant carry the deprecation (see the deprecation part).
    # One line, as tools read a declaration (the docs' model, an IDE), however long.
    lines.append(f"typedef MSGRPRIV_DEPRECATED_TYPE_({e.type}) enum MSGRPRIV_DEPRECATED_TAG_({e.type}) tag{e.type} "
                 "MSGRPRIV_INT_ {")
    # Values aligned, but not to a long comment (a corrected value's), which stands alone.
    value_width = max(len(c.c_value) for c in e.constants) + 1
    # Names aligned after the comment that may precede them (not a long one: it stands alone).
    width = max([len(c.name) + (len(value_comment(c)) if len(value_comment(c)) <= 40 else 0) for c in e.constants])
    for i, c in enumerate(e.constants):
        lines += constant_lines(e, c, width, value_width, i + 1 == len(e.constants))
    lines.append(f"}} {e.type};")
    condition = guarded(e, header)
    if condition is None:
        return "\n".join(lines)
    where = "declares" if header.declares(e) else f"provides, as {e.header} declares it,"
    opening = [f"/* {e.type}, which {header.name} {where} in one part with "
               f"{' and '.join(h for h in [e.header, *e.also_in] if h != header.name)}: whichever header comes",
               f" * first declares it, guarded as the SDK guards it ({SDK_GUARDS[e.type]}), and the other, or the "
               "SDK's own",
               " * header, then leaves it out. Its helpers follow the finders. */",
               condition,
               f"#define {SDK_GUARDS[e.type]}",
               f"#define MSGRPRIV_DECLARES_{e.type}_ 1",
               "/**",
               *wrap(f"@brief Defined where msgrpriv declares #{e.type}, with its helpers (in "
                     f"{' or '.join([e.header, *e.also_in])}, whichever comes first); not where the Windows SDK's "
                     f"own header came first and declared it ({SDK_GUARDS[e.type]}): #{registry_of(e.header)} then "
                     "leaves it out.", " * ", " *        "),
               " */",
               f"#define {declared_macro(e)} 1",
               *value_macros(e)]
    return "\n".join(opening + lines + ["#endif"])


def enumerations_part(header):
    return "\n\n".join(enumeration_block(e, header) for e in header.enumerations) + "\n"


def list_value(c):
    """A constant's value in its list: the enumerator's, an int without a cast (a cast in a macro
    is the user's old-style cast in C++), so an HRESULT-style code is its negative decimal."""
    return str(c.signed) if c.hresult_style else c.c_value


def list_macro(e):
    out = ["/**",
           *wrap(f"@brief Every constant of #{e.type} in the source's order, as `X(name, value, meaning)` "
                 "with the value the enumerator has: for tables of your own.", " * ", " *        "),
           " */",
           f"#define {e.list_macro}(X) \\"]
    for i, c in enumerate(e.constants):
        end = ")" + (f" /* 0x{c.value:08x} */" if c.hresult_style else "") + \
            (" \\" if i + 1 < len(e.constants) else "")
        # One string literal per meaning, however long the line: a table built from the list
        # then has no two adjacent literals (clang-tidy's bugprone-suspicious-missing-comma).
        out.append(f"  X({c.name}, {list_value(c)}, {c_string(c.meaning)}{end}")
    return out


def lists_part(header):
    """A lists header's body: an X-macro per enumeration (a provided type's guarded, as in the C
    header), then the header's list of lists."""
    out = []
    for e in header.enumerations:
        if e.also_in:
            out += [f"/* {e.type}'s list: one part with {' and '.join(h for h in [e.header, *e.also_in] if h != header.name)}'s"
                    " lists header (defined by whichever comes first). */",
                    f"#if !defined({e.list_macro})" + ("" if header.declares(e) else " && !defined(MSGRPRIV_DOXYGEN)"),
                    *list_macro(e), "#endif"]
        else:
            out += list_macro(e)
        out.append("")
    rows = [f"  X({e.type}, {e.prefix}, {e.list_macro})" for e in header.declared]
    provided = [e.type for e in header.enumerations if not header.declares(e)]
    also = (f" {', '.join(provided)}, which {header.name} provides too, is in "
            f"{' and '.join(sorted({e.header for e in header.enumerations if not header.declares(e)}))}'s list "
            "of lists, as there.") if provided else ""
    out += ["/**",
            *wrap(f"@brief Every list of {header.name}, in #{header.registry} order, as `X(TYPE, Prefix, LIST)`: "
                  f"`LIST` is the list macro of the C type `TYPE`.{also}", " * ", " *        "),
            " */",
            f"#define {header.lists}(X) \\"]
    out += continued(rows)
    return "\n".join(out) + "\n"


def every_part(headers):
    """msgrpriv_every_list.h's body: every lists header, and their lists of lists."""
    out = [f'#include "{h.lists_file}" /* IWYU pragma: export */' for h in headers]
    rows = [f'  X("{h.name}", {h.lists})' for h in headers]
    out += ["",
            "/**",
            *wrap("@brief Every header of the package, in its order, as `X(\"header.h\", LISTS)`: `LISTS` is "
                  "that header's list of lists (`X(TYPE, Prefix, LIST)` rows), so that every constant of every "
                  "type is reached, grouped by header and type, each type once.", " * ", " *        "),
            " */",
            "#define MSGRPRIV_EVERY_HEADER(X) \\"]
    out += continued(rows)
    return "\n".join(out) + "\n"


def lookup_lists(headers, data_path):
    """msgrpriv_every_list.h's two lists for a decoder, from what no header declares: the values a
    page writes where the package corrects them (so that a reader of that page finds the constant
    too), and the enumerations Microsoft marks not supported (so that their names are found)."""
    with open(data_path, "rb") as stream:
        unsupported = tomllib.load(stream).get("unsupported", [])
    seen, rows = set(), []
    for h in headers:
        for e in h.enumerations:
            for c in e.constants:
                if c.page_number != c.value and c.name not in seen:
                    seen.add(c.name)
                    number = c.page_number - (1 << 32) if c.page_number > 0x7FFFFFFF else c.page_number
                    rows.append(f'  X({e.type}, {c.name}, {number}, {c_string(c.page_value)})'
                                + (f" /* 0x{c.page_number:08x} */" if number < 0 else ""))
    out = ["", "/**",
           *wrap("@brief Every constant whose page writes another value than the package's (which corrects "
                 "it, with evidence: see the errata), as `X(TYPE, name, value, written)`: `value` as the page "
                 "gives it (an int, as in the lists), `written` as the page writes it. A decoder finds the "
                 "constant by either value.", " * ", " *        "),
           " */",
           "#define MSGRPRIV_PAGE_VALUES(X)" + (" \\" if rows else "")]
    out += continued(rows)
    names = [f'  X({u["type"]}, {c_string(u["text"])})' for u in unsupported]
    out += ["", "/**",
            *wrap("@brief Every enumeration Microsoft lists but marks not supported (no constants, no C type), "
                  "as `X(NAME, sentence)`: its name and its page's sentence, so that a decoder finds it by "
                  "name.", " * ", " *        "),
            " */",
            "#define MSGRPRIV_UNSUPPORTED(X)" + (" \\" if names else "")]
    out += continued(names)
    return "\n".join(out) + "\n"


def diagnostic(e):
    """The deprecation diagnostic's text: "Do not use." and the banner of the type's page as plain
    text, naming the type itself where every page names LockStatus (see the errata)."""
    plain_banner = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", e.banner).replace("**", "")
    return f"Do not use. {e.type} {plain_banner.split(' ', 1)[1]}"


def define(name, body):
    """#define name body, the body on a line of its own."""
    return [f"#define {name} \\", f"  {body}"] if body else [f"#define {name}"]


# Where each compiler takes the attribute: (condition, comment, on the typedef name, on the tag, on
# each constant, or None where the compiler carries the tag's to its constants or has none). The
# first two are macros of the type, used once per type each; a constant's is a macro per type, its
# text written out (GCC), so that each constant costs one expansion of one macro.
DEPRECATION_BRANCHES = [
    ("#if defined(MSGRPRIV_NO_DEPRECATION_WARNINGS) || defined(MSGRPRIV_DOXYGEN) || \\\n"
     "    !(defined(_MSC_VER) || defined(__GNUC__) || defined(__clang__))", None, "", "", None),
    ("#elif defined(__clang__)",
     "Clang, clang-cl too: its attribute on the typedef name and on the tag, whose constants\n"
     " * inherit it (one diagnostic each, naming the constant, with the tag's text)",
     "__attribute__((deprecated(TEXT)))", "__attribute__((deprecated(TEXT)))", None),
    ("#elif defined(__GNUC__)", "GCC: its attribute on the typedef name, the tag and each constant",
     "__attribute__((deprecated(TEXT)))", "__attribute__((deprecated(TEXT)))", "__attribute__((deprecated({})))"),
    ("#elif defined(__cplusplus)",
     "MSVC's C++: __declspec before the typedef, [[deprecated]] on the tag and each constant",
     "__declspec(deprecated(TEXT))", "[[deprecated(TEXT)]]", "[[deprecated({})]]"),
    ("#else", "MSVC's C deprecates the typedef name only: neither a tag nor an enumerator takes\n"
     " * __declspec(deprecated) there, and it has no [[deprecated]]", "__declspec(deprecated(TEXT))", "", None),
]


PASTED = "MSGRPRIV_DEPRECATION_##T##_"


def deprecation_part(header):
    """Per type, its diagnostic's text as one string literal, and the attributes that carry it."""
    enumerations = header.enumerations
    out = []
    for e in enumerations:
        out += define(f"MSGRPRIV_DEPRECATION_{e.type}_", c_string(diagnostic(e)))
    for condition, comment, typedef_attribute, tag_attribute, constant_attribute in DEPRECATION_BRANCHES:
        out.append(condition)
        if comment:
            out.append(f"/* {comment}. */")
        out += [f"#define MSGRPRIV_DEPRECATED_TYPE_(T) {typedef_attribute}".rstrip().replace("TEXT", PASTED),
                f"#define MSGRPRIV_DEPRECATED_TAG_(T) {tag_attribute}".rstrip().replace("TEXT", PASTED)]
        for e in enumerations:
            if constant_attribute is not None:
                text = c_string(diagnostic(e)) if constant_attribute.startswith("__attribute__") else \
                    f"MSGRPRIV_DEPRECATION_{e.type}_"
                out += define(f"MSGRPRIV_DEPRECATED_{e.type}_", constant_attribute.format(text))
        if constant_attribute is None:
            out += [f"#define MSGRPRIV_DEPRECATED_{e.type}_" for e in enumerations]
    out.append("#endif")
    return "\n".join(out) + "\n"


def registry_part(header):
    declared = header.declared
    provided = [e for e in header.enumerations if not header.declares(e)]
    also = (f" {', '.join(e.type for e in provided)}, which this header provides too, is in "
            f"{', '.join(sorted({'#' + registry_of(e.header) for e in provided}))}.") if provided else ""
    out = ["/**",
           *wrap(f"@brief Every enumeration of {header.name}, in its order, as `X(TYPE, Prefix)`: `TYPE` is the C "
                 "type and `Prefix` names its C helpers (`MsgrPrefixName`, `MsgrPrefixDescription`, "
                 f"`MsgrPrefixFromName`, `MsgrPrefixFromValue`). msgrpriv.hpp builds on it; so can you.{also}",
                 " * ", " *        "),
           " */",
           f"#define {header.registry}(X) \\"]
    rows = [f"  X({e.type}, {e.prefix})" for e in declared]
    out += continued(rows)
    guarded_types = [e for e in declared if e.also_in]
    if guarded_types:
        # Where the SDK's header declared the type first, it has no helpers of ours: no row.
        condition = " && ".join(f"defined({declared_macro(e)})" for e in guarded_types)
        others = [f"  X({e.type}, {e.prefix})" for e in declared if not e.also_in]
        out = ([f"#if ({condition}) || defined(MSGRPRIV_DOXYGEN)"] + out +
               ["#else", f"#define {header.registry}(X) \\"] +
               continued(others) + ["#endif"])
    if header.name == MASTER:
        flags = [f"  X({e.type}, {e.prefix})" for e in declared if e.flags]
        out += ["",
                "/**",
                " * @brief The enumerations of this header whose constants are flags, as `X(TYPE, Prefix)`: a",
                " *        value may combine them, and the helpers name, find and accept every combination.",
                " */",
                "#define MSGRPRIV_FLAGS_ENUMERATIONS(X)" + (" \\" if flags else "")]
        out += continued(flags)
    return "\n".join(out) + "\n"


def operators_part(header):
    """Each flags type's specialization of msgrpriv_flags_, which gives it the operators."""
    return "".join(f"template <>\nstruct msgrpriv_flags_<{e.type}> {{\n  typedef {e.type} type;\n}};\n"
                   for e in header.enumerations if e.flags)


# --- the tables ------------------------------------------------------------------------------

class Entry:
    """A row of a table: a constant, or (for a flags type) a combination of two or more flags."""

    def __init__(self, name, bits, meaning):
        self.name, self.bits, self.meaning = name, bits, meaning


def entries_of(e):
    """The constants, in the page's order, then, for a flags type, every combination of two or more
    of its flags, by value, named as the look-up names them ("SF_INVITER | SF_INVITEE")."""
    entries = [Entry(c.name, c.value & 0xFFFFFFFF, c.meaning) for c in e.constants]  # 32 bits: -1 is 0xFFFFFFFF
    if e.flags:
        flags = [c for c in e.constants if c.value]
        if any(c.value & (c.value - 1) for c in flags) or len({c.value for c in flags}) != len(flags):
            raise DataError(f"{e.type}: a flags type's constants are 0 or single bits, each bit once")
        if len(flags) > FLAG_LIMIT:
            raise DataError(f"{e.type}: a flags type has at most {FLAG_LIMIT} flags (its table names "
                            "every combination)")
        flags.sort(key=lambda c: c.value)
        for mask in range(1, 1 << len(flags)):
            chosen = [c for bit, c in enumerate(flags) if mask >> bit & 1]
            if len(chosen) > 1:
                entries.append(Entry(" | ".join(c.name for c in chosen), sum(c.value for c in chosen), None))
        entries[len(e.constants):] = sorted(entries[len(e.constants):], key=lambda entry: entry.bits)
    if len(entries) > 255:
        raise DataError(f"{e.type}: a table holds at most 255 rows (constants and combinations)")
    long_names = [entry.name for entry in entries if len(entry.name) >= NAME_LIMIT]
    if long_names:
        raise DataError(f"{e.type}: names are shorter than {NAME_LIMIT} bytes: {long_names}")
    return entries


def multipliers():
    """The odd 32-bit multipliers the index search tries, the same on every run."""
    state = 0x2545F491
    while True:
        state = (state * 1103515245 + 12345) & 0xFFFFFFFF
        yield ((state << 16) ^ (state >> 3) ^ 0x9E3779B9) & 0xFFFFFFFF | 1


def hash_index(keys):
    """(shift, multiplier, buckets): each key goes to bucket ((key * multiplier) mod 2^32) >> shift,
    with at least twice as many buckets as keys; of the multipliers tried, the one whose largest
    bucket is smallest (then: fewest comparisons). buckets: each bucket's rows, in row order, so
    that of two rows with one value the first is found."""
    bits = max(1, (2 * len(keys) - 1).bit_length())
    shift = 32 - bits
    distinct_keys = set(keys)
    best = None
    candidates = multipliers()
    for attempt in range(HASH_TRIES):
        multiplier = 1 << shift if attempt == 0 else next(candidates)  # the identity, for dense values
        # A bucket's cost is its distinct keys: a key's rows are one comparison.
        sizes = collections.Counter(((key * multiplier) & 0xFFFFFFFF) >> shift for key in distinct_keys).values()
        cost = (max(sizes), sum(size * size for size in sizes))
        if best is None or cost < best[0]:
            best = (cost, multiplier)
        if cost[0] == 1:
            break
    multiplier = best[1]
    buckets = [[] for _ in range(1 << bits)]
    for row, key in enumerate(keys):
        buckets[((key * multiplier) & 0xFFFFFFFF) >> shift].append(row)
    return shift, multiplier, buckets


def name_key(name, positions):
    """What the name finder hashes: the bytes of the name at three positions, 0 past its end."""
    data = name.encode("ascii")
    return sum((data[at] if at < len(data) else 0) << (8 * i) for i, at in enumerate(positions))


def name_positions(names, weights):
    """The three byte positions (in order, a position may repeat) whose bytes make the cheapest
    key. A name is read up to the last position (or its end) before the hash, then compared, many
    bytes at a time, with each name of its bucket: the cost of a name is a byte read per byte, and
    ten per other name in its bucket; weights: how much each name's look-up counts."""
    longest = max(len(n) for n in names)
    columns = [[n.encode("ascii")[at] if at < len(n) else 0 for n in names] for at in range(longest)]
    best = None
    for last in range(longest):
        reads = sum(w * (min(len(n), last) + 1) for n, w in zip(names, weights))
        if best is not None and reads >= best[0]:
            break
        for middle in range(last + 1):
            for first in range(middle + 1):
                buckets = {}
                for row, key in enumerate(zip(columns[first], columns[middle], columns[last])):
                    buckets.setdefault(key, []).append(row)
                cost = reads + 10 * sum(weights[row] * (len(bucket) - 1) for bucket in buckets.values()
                                        for row in bucket)
                if best is None or cost < best[0]:
                    best = (cost, (first, middle, last))
    return best[1]


HEADER_BYTES = 30  # the fixed part of a table, before its values


def value_range(patterns):
    """(base, span): the run of values [base, base + span) that holds the most rows in at most
    max(64, 4 * rows) slots, and at most 192 (32-bit arithmetic); the values outside it are
    exceptions."""
    limit = min(192, max(64, 4 * len(patterns)))
    best = (0, 0, 0)
    for base in sorted(set(patterns)):
        inside = [p for p in patterns if (p - base) & 0xFFFFFFFF < limit]
        span = max((p - base) & 0xFFFFFFFF for p in inside) + 1
        if (len(inside), -span) > (best[2], -best[1]):
            best = (base, span, len(inside))
    return best[0], best[1]


def table_bytes(e):
    """An enumeration's table, one byte string, and its names and meanings (its last part). Numbers
    are big-endian; offsets count from the table's first byte.

       0  constants (n)   1  rows (r: the constants, then any combinations of flags)   2  1 for flags
       3  the shortest name's length   4  the longest's
       5  name key: three byte positions, in order (3 bytes)
       8  name index: shift (1 byte), multiplier (4), where its buckets start (2), its rows (2)
      17  value range: first value (4 bytes), slots (2), where they start (2)
      25  exceptions, the values outside the range: how many (1), where they start (2)
      28  where the names of the value range's slots start (2 bytes)
      30  each row's value: its place in the value range (a byte each), or span + the number of its
          exception
          where each row's name starts (2 bytes each), then each constant's meaning
          the value range's slots: a byte each, 1 + the first row with that value, or 0
          the names of the value range's slots: where the first row's name starts (2 bytes each), or
          0 (so that a name needs one look-up)
          the exceptions: each value (4 bytes) and its first row (1), in row order
          the name index: 2^(32 - shift) + 1 bucket starts (a byte each), then the rows, by bucket
          (a byte each); a name's key is its bytes at the three positions (0 past its end), the
          first lowest, and its bucket ((key * multiplier) mod 2^32) >> shift
          names, then meanings, each ended by a NUL
    Every byte before the names is written plus 32 (mod 256): most are then plain characters,
    which a compiler reads several times faster than escapes.
    """
    entries = entries_of(e)
    names = [entry.name for entry in entries]
    meanings = [c.meaning for c in e.constants]
    patterns = [entry.bits for entry in entries]
    # A combination of flags is looked up by name far less than a constant.
    positions = name_positions(names, [1.0 if row < len(e.constants) else 0.1 for row in range(len(names))])
    name_shift, name_multiplier, name_buckets = hash_index([name_key(n, positions) for n in names])
    base, span = value_range(patterns)
    slots = [0] * span
    exceptions = []
    for row, p in enumerate(patterns):
        offset = (p - base) & 0xFFFFFFFF
        if offset < span:
            slots[offset] = slots[offset] or row + 1
        elif p not in [value for value, _ in exceptions]:
            exceptions.append((p, row))

    def u16(number):
        return bytes([number >> 8, number & 0xFF])

    name_starts, name_rows = [], []
    for bucket in name_buckets:
        name_starts.append(len(name_rows))
        name_rows += bucket
    name_starts.append(len(name_rows))
    at = HEADER_BYTES + len(entries) + 2 * len(entries) + 2 * len(meanings)
    slots_at = at
    slot_names_at = slots_at + span
    exceptions_at = slot_names_at + 2 * span
    buckets_at = exceptions_at + 5 * len(exceptions)
    rows_at = buckets_at + len(name_starts)
    at = rows_at + len(name_rows)
    text_starts = []
    for text in names + meanings:
        text_starts.append(at)
        at += len(text) + 1
    if at > 0xFFFF or span > 0xFFFF or len(exceptions) > 255:
        raise DataError(f"{e.type}: a table is at most 65535 bytes (its offsets are 2 bytes)")
    head = bytes([len(e.constants), len(entries), 1 if e.flags else 0, min(map(len, names)), max(map(len, names)),
                  *positions, name_shift]) + name_multiplier.to_bytes(4, "big") + u16(buckets_at) + u16(rows_at)
    head += base.to_bytes(4, "big") + u16(span) + u16(slots_at) + bytes([len(exceptions)]) + u16(exceptions_at)
    head += u16(slot_names_at)
    assert len(head) == HEADER_BYTES
    exception_of = {value: number for number, (value, _) in enumerate(exceptions)}
    places = [(p - base) & 0xFFFFFFFF for p in patterns]
    places = [place if place < span else span + exception_of[p] for place, p in zip(places, patterns)]
    if max(places) > 255:
        raise DataError(f"{e.type}: a value range and its exceptions hold at most 256 values")
    numbers = bytes(places) + b"".join(u16(s) for s in text_starts)
    numbers += bytes(slots) + b"".join(u16(text_starts[slot - 1] if slot else 0) for slot in slots)
    numbers += b"".join(value.to_bytes(4, "big") + bytes([row]) for value, row in exceptions)
    numbers += bytes(name_starts) + bytes(name_rows)
    data = head + numbers
    return bytes((b + 32) & 0xFF for b in data), names, meanings


def byte_lines(data, indent="    ", width=WIDTH):
    """Bytes as string literals: a printable byte as itself, any other as a three-digit octal escape
    (which a digit after it can never extend); a compiler reads a plain byte several times faster."""
    def spelled(b):
        return chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\?' else f"\\{b:03o}"
    lines, line = [], ""
    for b in data:
        if len(indent) + len(line) + len(spelled(b)) + 2 > width:
            lines.append(f'{indent}"{line}"')
            line = ""
        line += spelled(b)
    return lines + [f'{indent}"{line}"'] if line else lines


def helper_docs(e):
    t, first = e.type, e.constants[0].name
    combination = ""
    if e.flags:
        flags = sorted((c for c in e.constants if c.value), key=lambda c: c.value)
        combination = " | ".join(c.name for c in flags[:2])
    return t, first, combination


def helper_texts(e):
    """What each C helper of e is documented with: (brief, params, returns) per helper kind."""
    t, first, combination = helper_docs(e)
    also = (f", or a combination of its flags (such as `\"{combination}\"`)" if e.flags else "")
    return {
        "Name": (f"The name of a #{t} constant, such as `\"{first}\"`{also}.",
                 [("value", f"A #{t} value.")],
                 "A static string, or `NULL` when @p value is none of the constants"
                 + (" or combinations." if e.flags else ".")),
        "Description": (f"The documented meaning of a #{t} constant, verbatim from its source page.",
                        [("value", f"A #{t} value.")],
                        "A static string, or `NULL` when @p value is none of the constants"
                        + (" (a combination of flags has no one meaning)." if e.flags else ".")),
        "FromName": (f"Finds the #{t} constant named exactly @p text (case-sensitive), such as `\"{first}\"`{also}.",
                     [("text", "A NUL-terminated name, or `NULL`; at most 64 bytes of it are read."),
                      ("out", "Where to store the constant, or `NULL`.")],
                     "1 and `*out` set when @p text is one of the names; else 0, `*out` untouched (also when "
                     "either pointer is `NULL`)."),
        "FromValue": ("Converts a number, such as an HRESULT or a `LONG` from a log or the wire, to the "
                      f"#{t} " + ("constant or combination of flags" if e.flags else "constant")
                      + " with that value, without forming any other value.",
                      [("value", "A number."), ("out", "Where to store the constant, or `NULL`.")],
                      "1 and `*out` set when @p value is a constant's value; else 0, `*out` untouched (also when "
                      "@p out is `NULL`)."),
    }


FROM_VALUE_NOTE = ("Takes a value as the enumerator holds it (an HRESULT-style code as the signed 32-bit HRESULT, "
                   "-2130704876) and as its page writes it (0x81000614, where `long` has 64 bits); any other "
                   "`long` finds nothing.")


def helper_comment(brief, params, returns, note=None):
    lines = ["/**", *wrap(f"@brief {brief}", " * ", " *        ")]
    if note:
        lines += [" *", *wrap(note, " * ", " * ")]
    lines += [line for name, text in params for line in wrap(f"@param {name} {text}", " * ", " *        ")]
    lines += wrap(f"@return {returns}", " * ", " *         ")
    return lines + [" */"]


def table_lines(e):
    data, names, meanings = table_bytes(e)
    text_lines = [f"    {c_string(n)[:-1]}\\0\"" for n in names]
    text_lines += [line for m in meanings[:-1] for line in literal_lines(m, "    ", "    ", nul=True)]
    text_lines += literal_lines(meanings[-1], "    ", "    ", ";")
    return [f"/* {e.type}: its table (scripts/generate_header.py, table_bytes), then its helpers. */",
            f"MSGRPRIV_TABLE_ msgrpriv_table_{e.prefix}_ =", *byte_lines(data), *text_lines, ""]


def helper_functions(e):
    """A type's helpers: its table, and a function each (static: a file's own copy, no symbol)."""
    t, table, texts = e.type, f"msgrpriv_table_{e.prefix}_", helper_texts(e)
    found = ["  long found = 0;", "  if (msgrpriv_from_{}_(" + table + ", {}, out, &found) == 0) {{", "    return 0;",
             "  }}", f"  *out = ({t})found;", "  return 1;"]
    bodies = {"Name": (f"const char *Msgr{e.prefix}Name({t} value)", [f"  return msgrpriv_name_({table}, value);"]),
              "Description": (f"const char *Msgr{e.prefix}Description({t} value)",
                              [f"  return msgrpriv_text_({table}, value, 1);"]),
              "FromName": (f"int Msgr{e.prefix}FromName(const char *text, {t} *out)",
                           [line.format("name", "text") for line in found]),
              "FromValue": (f"int Msgr{e.prefix}FromValue(long value, {t} *out)",
                            [line.format("value", "value") for line in found])}
    out = table_lines(e)
    for kind, (brief, params, returns) in texts.items():
        signature, body = bodies[kind]
        out += helper_comment(brief, params, returns, FROM_VALUE_NOTE if kind == "FromValue" else None)
        out += [f"MSGRPRIV_INLINE_ {signature} {{", *body, "}", ""]
    return out


def helpers_part(header):
    out = ["#ifdef __cplusplus", 'extern "C" {', "#endif"]
    for e in header.enumerations:
        if e.also_in:
            out += [f"/* {e.type}'s helpers, where this header declared it above. */",
                    f"#if defined(MSGRPRIV_DECLARES_{e.type}_)", *helper_functions(e), "#endif", ""]
        else:
            out += helper_functions(e)
    out += ["#ifdef __cplusplus", '} /* extern "C" */', "#endif"]
    return "\n".join(out) + "\n"


def cleanup_part(header):
    """The #undef of each type's own internal macros, after their last use."""
    out = []
    for e in header.enumerations:
        out += [f"#undef MSGRPRIV_DEPRECATION_{e.type}_", f"#undef MSGRPRIV_DEPRECATED_{e.type}_"]
        if e.also_in:
            out.append(f"#undef MSGRPRIV_DECLARES_{e.type}_")
    return "\n".join(out + ["#undef MSGRPRIV_DEPRECATED_TYPE_", "#undef MSGRPRIV_DEPRECATED_TAG_"]) + "\n"


# --- the files -------------------------------------------------------------------------------

SOURCE = "from data/enumerations.toml by scripts/generate_header.py"
C_PARTS = {"deprecation": deprecation_part, "enumerations": enumerations_part, "registry": registry_part,
           "helpers": helpers_part, "cleanup": cleanup_part}
SHARED_PARTS = ("prologue", "finders", "epilogue")


def files(headers, data_path):
    """{file: {part: (the part's opening line, its body)}} for every file this script writes to,
    msgrpriv.h first; a copied part's body is None until msgrpriv.h's text gives it."""
    out = {}
    for h in headers:
        parts = {name: (f"/* @generated {name}: {SOURCE} */", write(h)) for name, write in C_PARTS.items()}
        if h.name == MASTER:
            parts["operators"] = (f"/* @generated operators: {SOURCE} */", operators_part(h))
        else:
            parts.update({name: (f"/* @generated {name}: copied from {MASTER}'s @shared part by "
                                 "scripts/generate_header.py */", None) for name in SHARED_PARTS})
        out[h.name] = parts
        out[h.lists_file] = {"lists": (f"/* @generated lists: {SOURCE} */", lists_part(h))}
    out[EVERY_LIST] = {"every": (f"/* @generated every: {SOURCE} */",
                                 every_part(headers) + lookup_lists(headers, data_path))}
    return out


def shared_parts(master_text):
    found = {m.group(1): m.group(2) for m in SHARED.finditer(master_text)}
    if sorted(found) != sorted(SHARED_PARTS):
        raise DataError(f"{MASTER}'s @shared parts are {sorted(found)}, expected {sorted(SHARED_PARTS)}")
    return found


def generate(name, header_text, parts):
    found = [m.group(1) for m in PART.finditer(header_text)]
    if sorted(found) != sorted(parts):
        raise DataError(f"{name}'s generated parts are {found}, expected {sorted(parts)}")

    def replace(match):
        opening, body = parts[match.group(1)]
        return f"{opening}\n{body}/* @end {match.group(1)} */"

    return PART.sub(replace, header_text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a header is not up to date")
    parser.add_argument("--data", default=os.path.join(ROOT, "data", "enumerations.toml"))
    parser.add_argument("--include", default=os.path.join(ROOT, "include"))
    args = parser.parse_args(argv)
    stale = []
    try:
        written = files(load_headers(args.data), args.data)
        shared = None
        for name, parts in written.items():
            path = os.path.join(args.include, name)
            try:
                with open(path, encoding="utf-8") as stream:
                    old = stream.read()
            except FileNotFoundError:
                raise DataError(f"{path} is missing: write its opening comment and include guard around the "
                                f"parts {sorted(parts)} (see msgrua.h and msgrua_lists.h)") from None
            if shared is None:
                shared = shared_parts(old)  # msgrpriv.h's, read first
            parts = {part: (opening, shared[part] if body is None else body) for part, (opening, body) in parts.items()}
            new = generate(name, old, parts)
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
