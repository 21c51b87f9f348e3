"""Reads SESSION_STATE's documentation from Doxygen's XML.

One reader for everything generated from the header: the Sphinx extension
(reference page), the JSON inventory and the documentation-completeness check.
Standard library only.
"""

import os
import re
import xml.etree.ElementTree as ET

TYPE_NAME = "SESSION_STATE"
TAG_NAME = "tagSESSION_STATE"
HEADER_FILE = "msgrpriv.h"


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


class Constant:
    def __init__(self, name, value, meaning, doxygen_id):
        self.name = name
        self.value = value
        self.meaning = meaning
        self.doxygen_id = doxygen_id


class Function:
    def __init__(self, member):
        self.name = member.findtext("name")
        self.brief = text_of(member.find("briefdescription"))
        detailed = member.find("detaileddescription")
        self.params = [p.findtext("declname") for p in member.findall("param") if p.findtext("declname")]
        self.documented_params = [text_of(n) for n in detailed.iter("parametername")]
        self.returns = " ".join(
            text_of(s) for s in detailed.iter("simplesect") if s.get("kind") == "return")
        self.returns_void = (member.findtext("type") or "").strip() in ("void", "")


class SessionStateDocs:
    """Everything the header's comments say about SESSION_STATE."""

    def __init__(self, xml_dir):
        path = os.path.join(xml_dir, HEADER_FILE.replace(".", "_8") + ".xml")
        if not os.path.exists(path):
            raise DoxygenError(f"{path}: no Doxygen XML for {HEADER_FILE}")
        self.path = path
        root = ET.parse(path).getroot()
        self.members = {}
        for member in root.iter("memberdef"):
            self.members.setdefault(member.findtext("name"), member)
        enum = self._member(TAG_NAME, "enum")
        typedef = self._member(TYPE_NAME, "typedef")
        self.enum_member = enum
        self.typedef_member = typedef

        self.summary = text_of(typedef.find("briefdescription"))
        detailed = typedef.find("detaileddescription")
        self.deprecation = " ".join(text_of(x.find("xrefdescription")) for x in detailed.iter("xrefsect")
                                    if x.findtext("xreftitle") == "Deprecated")
        self.deprecation_anchor = next((x.get("id") for x in detailed.iter("xrefsect")
                                        if x.findtext("xreftitle") == "Deprecated"), None)
        self.notes = _paragraphs_outside_sections(detailed)
        self.requirements = self._requirements(detailed)
        self.see_also = [(text_of(link), link.get("url")) for sect in detailed.iter("simplesect")
                         if sect.get("kind") == "see" for link in sect.iter("ulink")]
        self.constants = []
        for value in enum.findall("enumvalue"):
            initializer = (value.findtext("initializer") or "").strip()
            match = re.fullmatch(r"=\s*(-?\d+)", initializer)
            name = value.findtext("name")
            if not match:
                raise DoxygenError(f"{name}: expected an explicit '= <number>' initializer, got '{initializer}'")
            self.constants.append(Constant(name, int(match.group(1)),
                                           text_of(value.find("briefdescription")), value.get("id")))

    def _member(self, name, kind):
        member = self.members.get(name)
        if member is None or member.get("kind") != kind:
            raise DoxygenError(f"{name}: no {kind} of that name in {self.path}")
        return member

    @staticmethod
    def _requirements(detailed):
        for sect in detailed.iter("simplesect"):
            if sect.get("kind") == "par" and sect.findtext("title") == "Requirements":
                rows = sect.iter("row")
                next(rows, None)  # the header row
                return [tuple(text_of(entry) for entry in row.findall("entry")) for row in rows]
        raise DoxygenError(f"{TYPE_NAME}: no '@par Requirements' table")

    def functions(self):
        return [Function(m) for m in self.members.values() if m.get("kind") == "function"]

    def syntax(self):
        """The declaration as C source, in the shape of the source page's
        Syntax block, without the header's comments and annotations."""
        lines = [f"typedef enum {TAG_NAME} {{"]
        for i, constant in enumerate(self.constants):
            comma = "," if i + 1 < len(self.constants) else ""
            lines.append(f"  {constant.name} = {constant.value}{comma}")
        lines.append(f"}} {TYPE_NAME};")
        return "\n".join(lines)

    def as_json(self):
        """The machine-readable inventory (build/docs/session_state.json)."""
        return {
            "type": TYPE_NAME,
            "tag": TAG_NAME,
            "header": HEADER_FILE,
            "summary": self.summary,
            "deprecation": self.deprecation,
            "requirements": [{"name": name, "value": value} for name, value in self.requirements],
            "see_also": [{"title": title, "url": url} for title, url in self.see_also],
            "constants": [{"name": c.name, "value": c.value, "meaning": c.meaning} for c in self.constants],
        }
