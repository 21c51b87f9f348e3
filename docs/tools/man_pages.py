"""The man pages Sphinx's man builder does not write, beside the ones it
does, in the same folder: a short page per constant (as curl has a page per
option), so that `man 3 SS_DECLINED` shows SS_DECLINED; and a symbolic link
for every other symbol documented on a type's page or on msgrpriv(3), so that
`man 3 MsgrSessionStateName` lands there. Links, not ".so" pages: they work in
the build folder (`man -l build/docs/man/MsgrSessionStateName.3`) as after an
install. Stale pages and links go.
"""

import datetime
import os
import re

ATTRIBUTION = ("msgrpriv contributors, MIT License. The meaning, summary and deprecation notice are "
               "quoted from Microsoft's Windows Messenger pages on learn.microsoft.com, Microsoft "
               "Corporation, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).")


def escape(text):
    """Text for a troff text line: backslashes, and a line that would start
    a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def url(address):
    """An address troff may break after any '/' (no hyphen is added), so
    that it never runs past the terminal's edge."""
    return escape(address).replace("/", "/\\:")


def forms(constant):
    """Every form a constant's value is written in: as the source writes it
    (or implicit), decimal, hex, and for an HRESULT-style code the signed
    HRESULT and its parts."""
    value = constant.value
    lines = []
    if constant.literal is None:
        lines.append(f"{value} (implicit: the source page declares no values; this is its position, from 0)")
    else:
        lines.append(f"{constant.literal} (as the source page writes it)")
    lines.append(f"decimal {value}, hex 0x{value:x}")
    if constant.hresult is not None:
        lines.append(f"as an HRESULT {constant.hresult} (severity {value >> 31}, facility "
                     f"0x{(value >> 16) & 0x7FF:x}, code 0x{value & 0xFFFF:x})")
    return lines


def constant_page(enumeration, constant, version, date):
    """SS_DECLINED(3): its value in every form, meaning, type, deprecation."""
    type_name, name = enumeration.type_name, constant.name
    declared = constant.literal or str(constant.value)
    if constant.hresult is not None:
        declared = f"(int){declared}"
    out = [f'.TH "{name}" "3" "{date}" "{version}" "msgrpriv"',
           ".ds AD l", ".nr HY 0", ".na", ".nh",
           ".SH NAME",
           f"{name} \\- a {type_name} constant (Msgrpriv.h, deprecated)",
           ".SH SYNOPSIS",
           ".nf",
           "#include <msgrpriv.h>",
           "",
           f"typedef enum tag{type_name} {{",
           "    ...",
           f"    {escape(name)} = {escape(declared)},",
           "    ...",
           f"}} {type_name};",
           ".fi",
           ".SH DESCRIPTION",
           escape(constant.meaning),
           ".PP",
           "Its documented meaning, verbatim from the source page.",
           ".SS Value",
           *[line for form in forms(constant) for line in (".IP \\(bu 2", escape(form))],
           ".SS Type",
           f"{type_name}: {escape(enumeration.summary)}",
           ".SH NOTES",
           escape(enumeration.deprecation),
           ".PP",
           "Naming the constant draws the compiler's deprecation diagnostic; define",
           "MSGRPRIV_NO_DEPRECATION_WARNINGS before the include to silence it.",
           ".SH COPYRIGHT",
           escape(ATTRIBUTION),
           ".SH SEE ALSO",
           f".BR {type_name} (3),",
           ".BR msgrpriv (3),",
           f"{url(enumeration.source_url)}"]
    return "\n".join(out) + "\n"


def write_if_changed(path, text):
    if os.path.islink(path):
        os.remove(path)
    if not os.path.exists(path) or _read(path) != text:
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(text)


def link(path, target):
    if os.path.islink(path) and os.readlink(path) == target:
        return
    if os.path.lexists(path):
        os.remove(path)
    os.symlink(target, path)


def write(header, man_dir, version):
    """The constants' pages and the other symbols' links, next to the pages
    Sphinx wrote (one per type, msgrpriv(3) for the C helpers' page)."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    date = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime("%b %d, %Y")
    pages, links = {}, {}
    # The macros are on the C helpers' page, msgrpriv(3).
    links.update({name: "msgrpriv" for name, member in header.members.items() if member.get("kind") == "define"})
    links["MSGRPRIV_LISTS"] = "msgrpriv"
    for enumeration in header.enumerations:
        for name in (enumeration.tag, enumeration.list_macro, *(f.name for f in enumeration.helpers.values())):
            links[name] = enumeration.type_name
        for constant in enumeration.constants:
            pages[constant.name] = constant_page(enumeration, constant, version, date)
    sphinx_pages = {"msgrpriv"} | {e.type_name for e in header.enumerations}
    present = {name[:-2] for name in os.listdir(man_dir) if name.endswith(".3")}
    for name in present - set(pages) - set(links) - sphinx_pages:
        os.remove(os.path.join(man_dir, name + ".3"))  # a symbol that went away
    for name, text in sorted(pages.items()):
        write_if_changed(os.path.join(man_dir, name + ".3"), text)
    for name, target in sorted(links.items()):
        link(os.path.join(man_dir, name + ".3"), target + ".3")


def _read(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def sections(path):
    """The .SH headings of a man page, in order (tests read this)."""
    return re.findall(r"^\.SH (.*)$", _read(path), re.M)
