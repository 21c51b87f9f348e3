"""Reads the enumerations of msgrpriv.h from Doxygen's XML.

One reader for everything generated from the header: the Sphinx extension
(reference pages), the JSON inventory and the documentation-completeness
check. Nothing here names an enumeration: MSGRPRIV_ENUMERATIONS lists them,
and each one's list macro gives its constants. Standard library only.
"""

import os
import re
import xml.etree.ElementTree as ET

HEADER_FILE = "msgrpriv.h"
ENUMERATIONS_MACRO = "MSGRPRIV_ENUMERATIONS"
SOURCE_PAGE_SUFFIX = "(the source page)"

_ENUMERATION_ROW = re.compile(r"X\(\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*\)")
_CONSTANT_ROW = re.compile(r'X\(\s*(\w+)\s*,\s*([0-9A-Fa-fx]+)\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)')


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


def _initializer(member):
    """A macro's body as written, with Doxygen's cross-reference markup
    dropped and its lines kept."""
    element = member.find("initializer")
    return "" if element is None else "".join(element.itertext())


def _unescape_c(literal):
    return re.sub(r"\\(.)", r"\1", literal)


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
    def __init__(self, name, literal, meaning, line, doxygen_id):
        self.name = name
        self.literal = literal          # as the header (and the source) writes it
        self.value = int(literal, 0)
        self.meaning = meaning
        self.line = line                # its row in the header
        self.doxygen_id = doxygen_id

    @property
    def hresult(self):
        """The signed 32-bit value for an HRESULT-style code, else None."""
        return as_hresult(self.value) if self.value >= 1 << 31 else None


class Function:
    def __init__(self, member):
        self.name = member.findtext("name")
        self.brief = text_of(member.find("briefdescription"))
        detailed = member.find("detaileddescription")
        self.params = [p.findtext("declname") for p in member.findall("param") if p.findtext("declname")]
        self.documented_params = [text_of(n) for n in detailed.iter("parametername")]
        self.returns = " ".join(
            text_of(s) for s in detailed.iter("simplesect") if s.get("kind") == "return")
        # Constructors have no return type, only specifiers.
        kind = re.sub(r"\b(constexpr|explicit|inline|static)\b", "", text_of(member.find("type")))
        self.returns_void = kind.strip() in ("void", "")


def _requirements(type_name, detailed):
    for sect in detailed.iter("simplesect"):
        if sect.get("kind") == "par" and sect.findtext("title") == "Requirements":
            rows = sect.iter("row")
            next(rows, None)  # the header row
            return [tuple(text_of(entry) for entry in row.findall("entry")) for row in rows]
    raise DoxygenError(f"{type_name}: no '@par Requirements' table")


class Enumeration:
    """Everything the header says about one enumeration."""

    def __init__(self, header, type_name, prefix, list_macro):
        self.type_name = type_name
        self.prefix = prefix
        self.list_macro = list_macro
        typedef = header.member(type_name, "typedef")
        self.typedef_member = typedef
        self.tag = re.sub(r"^typedef enum\s+|\s+" + re.escape(type_name) + r"$", "",
                          typedef.findtext("definition") or "")
        self.enum_member = header.member(self.tag, "enum")
        self.line = int(self.enum_member.find("location").get("line"))
        self.summary = text_of(typedef.find("briefdescription"))
        detailed = typedef.find("detaileddescription")
        xrefs = [x for x in detailed.iter("xrefsect") if x.findtext("xreftitle") == "Deprecated"]
        self.deprecation = " ".join(text_of(x.find("xrefdescription")) for x in xrefs)
        self.notes = _paragraphs_outside_sections(detailed)
        self.requirements = _requirements(type_name, detailed)
        self.see_also = [(text_of(link), link.get("url")) for sect in detailed.iter("simplesect")
                         if sect.get("kind") == "see" for link in sect.iter("ulink")]
        source = [url for title, url in self.see_also if title.endswith(SOURCE_PAGE_SUFFIX)]
        if len(source) != 1:
            raise DoxygenError(f"{type_name}: needs exactly one @see link titled '... {SOURCE_PAGE_SUFFIX}'")
        self.source_url = source[0]
        self.constants = self._constants(header)

    def _constants(self, header):
        macro = header.member(self.list_macro, "define")
        body = _initializer(macro)
        first_line = int(macro.find("location").get("line")) + 1  # the rows follow the #define line
        ids = {v.findtext("name"): v.get("id") for v in self.enum_member.findall("enumvalue")}
        constants = []
        for offset, text in enumerate(body.split("\n")):
            for name, literal, meaning in _CONSTANT_ROW.findall(text):
                if name not in ids:
                    raise DoxygenError(f"{self.list_macro}: {name} is not an enumerator of {self.tag}")
                constants.append(Constant(name, literal, _unescape_c(meaning), first_line + offset, ids[name]))
        if [c.name for c in constants] != list(ids):
            raise DoxygenError(f"{self.list_macro}: its rows and the enumerators of {self.tag} differ")
        if not constants:
            raise DoxygenError(f"{self.list_macro}: no X(name, value, \"meaning\") rows")
        return constants

    @property
    def product(self):
        """The product the type came with, from its Requirements table."""
        return dict(self.requirements).get("Product")

    @property
    def hresult_style(self):
        return any(c.hresult is not None for c in self.constants)

    @property
    def helpers(self):
        """The C helpers msgrpriv.h generates for this enumeration."""
        return {"name": f"Msgr{self.prefix}Name", "description": f"Msgr{self.prefix}Description",
                "from_name": f"Msgr{self.prefix}FromName"}

    def syntax(self):
        """The declaration as C source, in the shape of the source page's
        Syntax block, with each value as the source writes it."""
        width = max(len(c.name) for c in self.constants)
        lines = [f"typedef enum {self.tag} {{"]
        for i, c in enumerate(self.constants):
            comma = "," if i + 1 < len(self.constants) else ""
            lines.append(f"  {c.name.ljust(width)} = {c.literal}{comma}")
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
            "product": self.product,
            "requirements": [{"name": name, "value": value} for name, value in self.requirements],
            "see_also": [{"title": title, "url": url} for title, url in self.see_also],
            "helpers": self.helpers,
            "constants": [{"name": c.name, "value": c.value, "literal": c.literal,
                           "hresult": c.hresult, "meaning": c.meaning, "line": c.line,
                           "deprecated": bool(self.deprecation), "product": self.product,
                           "lookup": "lookup.html#" + value_anchors(c.value)[0]} for c in self.constants],
        }


class HeaderDocs:
    """Every enumeration of msgrpriv.h, in MSGRPRIV_ENUMERATIONS order."""

    def __init__(self, xml_dir):
        path = os.path.join(xml_dir, HEADER_FILE.replace(".", "_8") + ".xml")
        if not os.path.exists(path):
            raise DoxygenError(f"{path}: no Doxygen XML for {HEADER_FILE}")
        self.path = path
        root = ET.parse(path).getroot()
        self.members = {}
        for member in root.iter("memberdef"):
            self.members.setdefault(member.findtext("name"), member)
        rows = _ENUMERATION_ROW.findall(_initializer(self.member(ENUMERATIONS_MACRO, "define")))
        if not rows:
            raise DoxygenError(f"{ENUMERATIONS_MACRO}: no X(TYPE, Prefix, LIST) rows")
        self.enumerations = [Enumeration(self, *row) for row in rows]

    def member(self, name, kind):
        member = self.members.get(name)
        if member is None or member.get("kind") != kind:
            raise DoxygenError(f"{name}: no {kind} of that name in {self.path}")
        return member

    def get(self, type_name):
        for enumeration in self.enumerations:
            if enumeration.type_name == type_name:
                return enumeration
        raise DoxygenError(f"{type_name}: not in {ENUMERATIONS_MACRO}")

    def xml_files(self):
        """Every compound's XML file, both headers' (not Doxygen's index)."""
        folder = os.path.dirname(self.path)
        return [os.path.join(folder, name) for name in sorted(os.listdir(folder))
                if name.endswith(".xml") and name != "index.xml"]

    def _compounds(self, skip=()):
        for path in self.xml_files():
            if os.path.basename(path) not in skip:
                yield from ET.parse(path).getroot().findall("compounddef")

    def functions(self):
        """Every documented function of both headers (C++ ones are in their
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
            "schema_version": 1,
            "package": {"name": "msgrpriv", "version": version},
            "attribution": ("Summaries, meanings and notices are quoted unchanged from Microsoft's Windows "
                            "Messenger documentation (see each source_url), licensed CC BY 4.0: "
                            "https://creativecommons.org/licenses/by/4.0/. Where a name differs from the "
                            "source's, the reference page's Errata say so."),
            "enumerations": [e.as_json() for e in self.enumerations],
        }
