"""Reads the enumerations of msgrpriv.h from Doxygen's XML.

One reader for everything generated from the header: the Sphinx extensions
(reference pages), the JSON inventory and the documentation-completeness
check. Nothing here names an enumeration: MSGRPRIV_ENUMERATIONS lists them,
each enum gives its constants, and each constant's meaning is its own Doxygen
comment. Standard library only.
"""

import os
import re
import xml.etree.ElementTree as ET

HEADER_FILE = "msgrpriv.h"
LISTS_FILE = "msgrpriv_lists.h"
ENUMERATIONS_MACRO = "MSGRPRIV_ENUMERATIONS"
LISTS_MACRO = "MSGRPRIV_LISTS"
SOURCE_PAGE_SUFFIX = "(the source page)"
VALUES_SECTION = "Values"  # a type whose source page declares no values says so under this title

_ENUMERATION_ROW = re.compile(r"X\(\s*(\w+)\s*,\s*(\w+)\s*\)")
_LIST_ROW = re.compile(r"X\(\s*(\w+)\s*,\s*\w+\s*,\s*(\w+)\s*\)")
_INITIALIZER = re.compile(r"=\s*(?:\(int\)\s*)?(0[xX][0-9A-Fa-f]+|[0-9]+)\s*$")


class DoxygenError(Exception):
    """The XML lacks something the docs need; the message names it."""


def text_of(element):
    """The element's text as a reader sees it, whitespace collapsed."""
    if element is None:
        return ""
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _paragraphs_outside_sections(description):
    """Top-level prose of a detailed description, without simplesect,
    xrefsect, parameter lists or tables."""
    skip = {"simplesect", "xrefsect", "parameterlist", "table"}
    result = []
    for para in description.findall("para"):
        parts = [para.text or ""]
        for child in para:
            if child.tag not in skip:
                parts.append("".join(child.itertext()))
            parts.append(child.tail or "")
        text = re.sub(r"\s+", " ", "".join(parts)).strip()
        if text:
            result.append(text)
    return result


def inline_parts(element):
    """Doxygen's inline markup of a paragraph as a list of (text, url or None,
    bold): what a page renders as text, links and bold, whitespace collapsed."""
    parts = []

    def add(text, url=None, bold=False):
        text = re.sub(r"\s+", " ", text)
        if text:
            parts.append((text, url, bold))

    def walk(node, url=None, bold=False):
        add(node.text or "", url, bold)
        for child in node:
            if child.tag == "ulink":
                walk(child, child.get("url"), bold)
            elif child.tag == "bold":
                walk(child, url, True)
            elif child.tag != "para":
                walk(child, url, bold)
            else:
                walk(child, url, bold)
            add(child.tail or "", url, bold)

    walk(element)
    if parts:  # the paragraph's own leading and trailing space
        first, last = parts[0], parts[-1]
        parts[0] = (first[0].lstrip(),) + first[1:]
        parts[-1] = (parts[-1][0].rstrip(),) + last[1:]
    return [part for part in parts if part[0]]


def as_hresult(value):
    """The signed 32-bit HRESULT with the bits of an HRESULT-style value."""
    return value - (1 << 32) if value >= 1 << 31 else value


def value_anchors(value):
    """The anchors a value is found by on the look-up page, the first the
    canonical one: hex as sources write it (lower case), decimal, and for
    HRESULT-style codes the signed HRESULT."""
    anchors = [f"0x{value:x}", str(value)]
    if value >= 1 << 31:
        anchors.append(str(as_hresult(value)))
    return anchors


class Constant:
    def __init__(self, name, literal, value, meaning, line, doxygen_id, deprecated):
        self.name = name
        self.deprecated = deprecated    # its own line carries the deprecation attribute
        self.literal = literal          # as the source writes it; None where the source gives none
        self.value = value              # the documented value, read unsigned
        self.meaning = meaning
        self.line = line                # its line in the header
        self.doxygen_id = doxygen_id

    @property
    def hresult(self):
        """The signed 32-bit value for an HRESULT-style code, else None."""
        return as_hresult(self.value) if self.value >= 1 << 31 else None

    @property
    def shown_value(self):
        """The value as a page shows it: the source's spelling, or the number."""
        return self.literal if self.literal is not None else str(self.value)


class Function:
    def __init__(self, member):
        self.name = member.findtext("name")
        self.doxygen_id = member.get("id")
        self.brief = text_of(member.find("briefdescription"))
        detailed = member.find("detaileddescription")
        self.params = [p.findtext("declname") for p in member.findall("param") if p.findtext("declname")]
        self.documented_params = [text_of(n) for n in detailed.iter("parametername")]
        self.returns = " ".join(
            text_of(s) for s in detailed.iter("simplesect") if s.get("kind") == "return")
        # Constructors have no return type, only specifiers.
        kind = re.sub(r"\b(constexpr|explicit|inline|static)\b", "", text_of(member.find("type")))
        self.returns_void = kind.strip() in ("void", "")


def _section(detailed, title):
    for sect in detailed.iter("simplesect"):
        if sect.get("kind") == "par" and sect.findtext("title") == title:
            return sect
    return None


def _requirements(type_name, detailed):
    section = _section(detailed, "Requirements")
    if section is None:
        raise DoxygenError(f"{type_name}: no '@par Requirements' table")
    rows = section.iter("row")
    next(rows, None)  # the header row
    return [tuple(text_of(entry) for entry in row.findall("entry")) for row in rows]


class Enumeration:
    """Everything the header says about one enumeration."""

    def __init__(self, header, type_name, prefix, list_macro):
        self.type_name = type_name
        self.prefix = prefix
        self.list_macro = list_macro  # its X-macro list in msgrpriv_lists.h
        typedef = header.member(type_name, "typedef")
        self.typedef_member = typedef
        self.tag = "tag" + type_name
        self.enum_member = header.member(self.tag, "enum")
        location = self.enum_member.find("location")
        self.line = int(location.get("line"))
        self.summary = text_of(typedef.find("briefdescription"))
        detailed = typedef.find("detaileddescription")
        xrefs = [x for x in detailed.iter("xrefsect") if x.findtext("xreftitle") == "Deprecated"]
        self.deprecation = " ".join(text_of(x.find("xrefdescription")) for x in xrefs)
        # The same text with its links and bold kept, for the pages.
        self.deprecation_parts = [part for x in xrefs for para in x.find("xrefdescription").findall("para")
                                  for part in inline_parts(para)]
        self.notes = _paragraphs_outside_sections(detailed)
        values_section = _section(detailed, VALUES_SECTION)
        self.values_note = text_of(values_section.find("para")) if values_section is not None else None
        self.requirements = _requirements(type_name, detailed)
        self.see_also = [(text_of(link), link.get("url")) for sect in detailed.iter("simplesect")
                         if sect.get("kind") == "see" for link in sect.iter("ulink")]
        source = [url for title, url in self.see_also if title.endswith(SOURCE_PAGE_SUFFIX)]
        if len(source) != 1:
            raise DoxygenError(f"{type_name}: needs exactly one @see link titled '... {SOURCE_PAGE_SUFFIX}'")
        self.source_url = source[0]
        self.constants = self._constants(header, int(location.get("bodystart")), int(location.get("bodyend")))
        self.helpers = {kind: header.function(f"Msgr{prefix}{suffix}")
                        for kind, suffix in (("name", "Name"), ("description", "Description"),
                                             ("from_name", "FromName"))}

    @property
    def values_implicit(self):
        """Whether the source page declares no values (its order gives them)."""
        return self.values_note is not None

    def _constants(self, header, first_line, last_line):
        lines = header.source_lines(first_line, last_line)
        constants = []
        for value in self.enum_member.findall("enumvalue"):
            name = value.findtext("name")
            meaning = text_of(value.find("briefdescription")) or text_of(value.find("detaileddescription"))
            initializer = _INITIALIZER.search(value.findtext("initializer") or "")
            if initializer is None:
                raise DoxygenError(f"{name}: its value is not written out as a number in {self.tag}")
            literal = initializer.group(1)
            row = [(number, text) for number, text in lines if re.match(rf"\s*{name}\b", text)]
            if len(row) != 1:
                raise DoxygenError(f"{name}: not found on a line of its own in {self.tag}")
            number, text = row[0]
            constants.append(Constant(name, None if self.values_implicit else literal, int(literal, 0),
                                      meaning, number, value.get("id"),
                                      f"{name} MSGRPRIV_DEPRECATED_{self.type_name}_ =" in " ".join(text.split())))
        if not constants:
            raise DoxygenError(f"{self.tag}: no enumerators")
        return constants

    @property
    def product(self):
        """The product the type came with, from its Requirements table."""
        return dict(self.requirements).get("Product")

    @property
    def hresult_style(self):
        return any(c.hresult is not None for c in self.constants)

    def syntax(self):
        """The declaration in the shape of the source page's Syntax block, each
        value as the source writes it, and none where it gives none."""
        width = max(len(c.name) for c in self.constants)
        lines = [f"typedef enum {self.tag} {{"]
        for i, c in enumerate(self.constants):
            comma = "," if i + 1 < len(self.constants) else ""
            value = f" = {c.literal}" if c.literal is not None else ""
            lines.append(f"  {c.name.ljust(width) if value else c.name}{value}{comma}")
        lines.append(f"}} {self.type_name};")
        return "\n".join(lines)

    def as_json(self):
        return {
            "type": self.type_name,
            "tag": self.tag,
            "header": HEADER_FILE,
            "line": self.line,
            "source_url": self.source_url,
            "summary": self.summary,
            "deprecation": self.deprecation,
            "values_implicit": self.values_implicit,
            "product": self.product,
            "requirements": [{"name": name, "value": value} for name, value in self.requirements],
            "see_also": [{"title": title, "url": url} for title, url in self.see_also],
            "helpers": {kind: function.name for kind, function in self.helpers.items()},
            "constants": [{"name": c.name, "value": c.value, "literal": c.literal,
                           "hresult": c.hresult, "meaning": c.meaning, "line": c.line,
                           "deprecated": c.deprecated, "product": self.product,
                           "lookup": "lookup.html#" + value_anchors(c.value)[0]} for c in self.constants],
        }


class HeaderDocs:
    """Every enumeration of msgrpriv.h, in MSGRPRIV_ENUMERATIONS order.
    xml_dir: Doxygen's XML; header_path: msgrpriv.h itself (each constant's
    line is read from it, as Doxygen's XML gives only the enum's)."""

    def __init__(self, xml_dir, header_path):
        path = os.path.join(xml_dir, HEADER_FILE.replace(".", "_8") + ".xml")
        if not os.path.exists(path):
            raise DoxygenError(f"{path}: no Doxygen XML for {HEADER_FILE}")
        self.path = path
        self.header_path = header_path
        with open(header_path, encoding="utf-8") as stream:
            self._lines = stream.read().split("\n")
        root = ET.parse(path).getroot()
        self.members = {}
        for member in root.iter("memberdef"):
            self.members.setdefault(member.findtext("name"), member)
        registry = self.member(ENUMERATIONS_MACRO, "define")
        rows = _ENUMERATION_ROW.findall("".join(registry.find("initializer").itertext()))
        if not rows:
            raise DoxygenError(f"{ENUMERATIONS_MACRO}: no X(TYPE, Prefix) rows")
        lists = self._lists(xml_dir)
        missing = sorted({type_name for type_name, _ in rows} - set(lists))
        if missing:
            raise DoxygenError(f"{LISTS_MACRO} in {LISTS_FILE} has no list for {', '.join(missing)}")
        self.enumerations = [Enumeration(self, type_name, prefix, lists[type_name]) for type_name, prefix in rows]

    @staticmethod
    def _lists(xml_dir):
        """{type: its list macro}, from MSGRPRIV_LISTS in msgrpriv_lists.h."""
        path = os.path.join(xml_dir, LISTS_FILE.replace("_", "__").replace(".", "_8") + ".xml")
        if not os.path.exists(path):
            raise DoxygenError(f"{path}: no Doxygen XML for {LISTS_FILE}")
        for member in ET.parse(path).getroot().iter("memberdef"):
            if member.findtext("name") == LISTS_MACRO:
                return dict(_LIST_ROW.findall("".join(member.find("initializer").itertext())))
        raise DoxygenError(f"{LISTS_MACRO}: not in {path}")

    def member(self, name, kind):
        member = self.members.get(name)
        if member is None or member.get("kind") != kind:
            raise DoxygenError(f"{name}: no {kind} of that name in {self.path}")
        return member

    def function(self, name):
        return Function(self.member(name, "function"))

    def source_lines(self, first, last):
        """(line number, text) of the header's lines first to last, 1-based."""
        return [(number, self._lines[number - 1]) for number in range(first, min(last, len(self._lines)) + 1)]

    def get(self, type_name):
        for enumeration in self.enumerations:
            if enumeration.type_name == type_name:
                return enumeration
        raise DoxygenError(f"{type_name}: not in {ENUMERATIONS_MACRO}")

    def xml_files(self):
        """Every compound's XML file, of every header (not Doxygen's index)."""
        folder = os.path.dirname(self.path)
        return [os.path.join(folder, name) for name in sorted(os.listdir(folder))
                if name.endswith(".xml") and name != "index.xml"]

    def _compounds(self, skip=()):
        for path in self.xml_files():
            if os.path.basename(path) not in skip:
                yield from ET.parse(path).getroot().findall("compounddef")

    def functions(self):
        """Every documented function of every header (C++ ones are in their
        namespaces' XML files)."""
        return [Function(m) for compound in self._compounds()
                if compound.get("kind") in ("file", "namespace", "class", "struct")
                for m in compound.iter("memberdef") if m.get("kind") == "function"]

    def by_value(self):
        """[(value, [(enumeration, constant), ...])], sorted by value: every
        constant of every type, those that share a value together."""
        groups = {}
        for enumeration in self.enumerations:
            for constant in enumeration.constants:
                groups.setdefault(constant.value, []).append((enumeration, constant))
        return sorted(groups.items())

    def deprecated(self):
        """(qualified name, kind, text, xrefsect id) of every member or
        compound marked @deprecated, from all of Doxygen's XML files
        (xml_files())."""
        found = []
        for compound in self._compounds(skip=("deprecated.xml",)):  # Doxygen's own list
            scope = compound.findtext("compoundname") if compound.get("kind") != "file" else ""
            items = [(compound, scope)] if compound.get("kind") in ("class", "struct") else []
            items += [(m, f"{scope}::{m.findtext('name')}" if scope else m.findtext("name"))
                      for m in compound.iter("memberdef")]
            for element, qualified in items:
                for xref in element.find("detaileddescription").iter("xrefsect"):
                    if xref.findtext("xreftitle") == "Deprecated":
                        entry = (qualified, element.get("kind"), text_of(xref.find("xrefdescription")),
                                 xref.get("id"))
                        if entry[3] not in [f[3] for f in found]:
                            found.append(entry)
        return found

    def as_json(self, version):
        return {
            "schema": "msgrpriv-inventory",
            "schema_version": 2,
            "package": {"name": "msgrpriv", "version": version},
            "attribution": ("Summaries, meanings and notices are quoted unchanged from Microsoft's Windows "
                            "Messenger documentation (see each source_url), licensed CC BY 4.0: "
                            "https://creativecommons.org/licenses/by/4.0/. Where a name differs from the "
                            "source's, the reference page's Errata say so."),
            "enumerations": [e.as_json() for e in self.enumerations],
        }
