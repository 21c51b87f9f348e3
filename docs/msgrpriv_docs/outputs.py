"""The outputs beside the HTML, written from the model when the HTML build finishes: the JSON
inventory, the look-up's data, the Doxygen tag file, the Devhelp book's index and the pages named as
Microsoft's. (The man pages are man.py's.)"""

import html
import json
import os
import xml.etree.ElementTree as ET

from . import model as values


def update(path, text):
    """Writes the file (in place of a symbolic link) only where its text changes: what depends on it
    reruns only for a change."""
    if os.path.islink(path) or not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
        if os.path.lexists(path):
            os.remove(path)
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(text)


def objects(app):
    """Every object objects.inv lists, as Sphinx lists it there: (name, role, uri, shown)."""
    for domain_name, domain in sorted(app.env.domains.items()):
        for name, shown, kind, docname, anchor, _ in sorted(domain.get_objects()):
            uri = app.builder.get_target_uri(docname)
            yield name, f"{domain_name}:{kind}", uri + "#" + anchor if anchor else uri, shown


def no_module_index(app, env):
    """This reference has no module index: Sphinx's labels of one would point objects.inv nowhere."""
    std = env.get_domain("std")
    for name in ("modindex", "py-modindex"):
        std.labels.pop(name, None)
        std.anonlabels.pop(name, None)


# --- the JSON inventory and the look-up's data ---------------------------------------------------

def inventory(m, version):
    """msgrpriv.json (its format: docs/json.rst)."""
    def constant(t, c):
        return {"name": c.name, "value": c.value, "literal": c.literal,
                "page_literal": c.data.get("page_value", c.literal), "hresult": c.hresult, "meaning": c.meaning,
                "line": c.line, "deprecated": c.deprecated, "product": t.product,
                "lookup": "lookup.html#" + values.anchors(c.value)[0],
                "other_wording": [{"source_url": values.LEARN + w["page"], "meaning": html.unescape(w["meaning"])}
                                  for w in c.data.get("other_wording", [])],
                **{key: [{"member": member, "source_url": values.LEARN + page, "section": section, "sentence": sentence}
                         for member, page, section, sentence in rows]
                   for key, rows in (("returned_by", c.returned_by), ("named_by", c.named_by))}}

    return {"schema": "msgrpriv-inventory", "schema_version": 3, "package": {"name": "msgrpriv", "version": version},
            "attribution": values.ATTRIBUTION,
            "enumerations": [{
                "type": t.name, "tag": t.tag, "header": t.header, "also_in": t.data.get("also_in", []), "line": t.line,
                "source_url": t.source_url,
                "summary": t.summary, "deprecation": t.deprecation, "values_implicit": t.values_note is not None,
                "product": t.product, "requirements": [{"name": n, "value": v} for n, v in t.requirements],
                "see_also": [{"title": title, "url": url} for title, url in t.see_also],
                "helpers": t.helpers,
                "constants": [constant(t, c) for c in t.constants]} for t in m.types],
            "unsupported": [{"type": u["type"], "source_url": values.LEARN + u["page"], "text": u["text"]}
                            for u in m.unsupported]}


def lookup_data(m):
    """_static/msgrpriv_lookup.js's data: every form a value is shown in is written here, so the
    site's script only reads input and matches it."""
    index = {t.name: i for i, t in enumerate(m.types)}
    constants = [{"name": c.name, "type": index[t.name], "value": c.value, "meaning": c.meaning}
                 for t, c in m.constants]  # a constant's link is its type's page, #c.<name>
    # A value a page writes otherwise than the header: found too, as the page's (MSGR_E_IE_OFFLINE).
    constants += [{"name": c.name, "type": index[t.name], "value": m.number(c.data["page_value"]),
                   "meaning": c.meaning, "note": f"as its page writes it, {c.data['page_value']}; this package "
                                                 f"has {c.hex}: see the errata"}
                  for t, c in m.constants if "page_value" in c.data]
    combinations = [{"type": index[t.name], "value": value, "flags": [c.name for c in flags]}
                    for t in m.types for value, flags in t.combinations()]
    return {"headers": [h for h in m.headers if any(t.header == h for t in m.types)],
            "types": [{"name": t.name, "header": t.header, "href": t.page + ".html", "flags": t.flags} for t in m.types]
            + [{"name": u["type"], "unsupported": True, "text": u["text"],
                "href": "reference/unsupported.html#" + u["type"].lower()} for u in m.unsupported],
            "constants": constants, "combinations": combinations,
            "forms": {str(v): values.shown(v) for v in sorted({e["value"] for e in constants + combinations})},
            "ranges": m.ranges}


# --- the Doxygen tag file and the Devhelp index, from the objects objects.inv lists ---------------

C_ROLES = {"define": "c:macro", "function": "c:function", "typedef": "c:type", "enumeration": "c:enum",
           "enumvalue": "c:enumerator"}
CPP_ROLES = {"function": "cpp:function", "variable": "cpp:member", "typedef": "cpp:type"}
COMPOUND_ROLES = {"namespace": "cpp:type", "struct": "cpp:class", "class": "cpp:class"}


def tag_file(doxygen_tag, uris, output):
    """Doxygen's tag file with each member re-pointed at its page and anchor on this site: a member
    with no page fails the build, naming it, so the tag file cannot silently rot."""
    tree = ET.parse(doxygen_tag)
    missing = []
    compounds = tree.getroot().findall("compound")
    namespaces = [c.findtext("name") for c in compounds if c.get("kind") == "namespace"]
    for compound in compounds:
        kind, scope = compound.get("kind"), compound.findtext("name")
        if compound.find("path") is not None:
            compound.remove(compound.find("path"))  # a machine path; nothing links to it
        if kind in COMPOUND_ROLES:
            uri = uris.get((COMPOUND_ROLES[kind], scope))
            if uri is None:
                missing.append(f"{kind} {scope}")
                continue
            compound.find("filename").text = uri.partition("#")[0]
        for member in compound.findall("member"):
            name = member.findtext("name")
            if kind == "file" and any((CPP_ROLES.get(member.get("kind")), f"{ns}::{name}") in uris
                                      for ns in namespaces):
                compound.remove(member)  # a C++ member: its namespace lists it
                continue
            key = (C_ROLES.get(member.get("kind")), name) if kind == "file" else \
                (CPP_ROLES.get(member.get("kind")), f"{scope}::{name}")
            if key not in uris:
                if name.startswith("operator"):
                    compound.remove(member)  # documented with its class
                else:
                    missing.append(f"{member.get('kind')} {key[1]}")
                continue
            member.find("anchorfile").text, _, member.find("anchor").text = uris[key].partition("#")
        if kind == "file":
            pages = [m.findtext("anchorfile") for m in compound.findall("member")]
            pages += [uris[("cpp:type", ns)].partition("#")[0] for ns in namespaces if ("cpp:type", ns) in uris]
            compound.find("filename").text = pages[0] if pages else "index.html"
    if missing:
        raise values.ModelError("the tag file: no page in objects.inv for: " + ", ".join(missing))
    tree.write(output, encoding="UTF-8", xml_declaration=True)


DEVHELP = "http://www.devhelp.net/book"
DEVHELP_KINDS = {"c:function": "function", "c:macro": "macro", "c:type": "typedef", "c:enum": "enum",
                 "c:enumerator": "enum", "cpp:function": "function", "cpp:class": "struct", "cpp:member": "member",
                 "cpp:type": "typedef", "cpp:enum": "enum", "cpp:enumerator": "enum"}


def devhelp(entries, version, title, output):
    """msgrpriv.devhelp2, by which GNOME Devhelp and Builder list the HTML as a book: every page and
    every C and C++ symbol (sphinxcontrib.devhelp writes only the older, gzipped format)."""
    ET.register_namespace("", DEVHELP)
    root = ET.Element(f"{{{DEVHELP}}}book", title=title, name="msgrpriv", link="index.html", version="2",
                      language="c", author="msgrpriv contributors")
    chapters = ET.SubElement(root, f"{{{DEVHELP}}}chapters")
    for uri, shown in sorted((uri, shown) for _, role, uri, shown in entries if role == "std:doc"):
        if uri != "index.html":
            ET.SubElement(chapters, f"{{{DEVHELP}}}sub", name=shown, link=uri)
    functions = ET.SubElement(root, f"{{{DEVHELP}}}functions")
    for name, role, uri, _ in sorted(entries, key=lambda e: (e[0], e[1])):
        if role in DEVHELP_KINDS:
            ET.SubElement(functions, f"{{{DEVHELP}}}keyword", type=DEVHELP_KINDS[role], name=name, link=uri)
    ET.indent(root)
    ET.ElementTree(root).write(output, encoding="utf-8", xml_declaration=True)


def redirects(m, html, template):
    """A page named as Microsoft's (im-session-state-enum.html) for each of its pages the reference
    has, leading to ours, with the anchor it was given (#ss_declined) where JavaScript runs
    (docs/_templates/msgrpriv/redirect.html)."""
    with open(template, encoding="utf-8") as stream:
        redirect = stream.read()
    targets = {slug: (f"{t.name} enumeration", t.page + ".html") for t in m.types for slug in t.slugs}
    targets.update({u["page"]: (f"{u['type']} enumeration", "reference/unsupported.html#" + u["type"].lower())
                    for u in m.unsupported})
    targets.update({i["page"]: (i["title"], "reference/index.html") for i in m.index_pages})
    for slug, (title, target) in targets.items():
        with open(os.path.join(html, slug + ".html"), "w", encoding="utf-8") as stream:
            stream.write(redirect.format(title=title, target=target, slug=slug))


def write(app, m):
    """Everything above, once the HTML is written."""
    html, out = app.outdir, os.path.dirname(app.outdir)
    version = app.config.version
    with open(os.path.join(out, "msgrpriv.json"), "w", encoding="utf-8") as stream:
        json.dump(inventory(m, version), stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    # A script, not JSON, so that pages opened from file:// load it too.
    with open(os.path.join(html, "_static", "msgrpriv_lookup.js"), "w", encoding="utf-8") as stream:
        stream.write("window.MSGRPRIV_LOOKUP = " + json.dumps(lookup_data(m), ensure_ascii=False, separators=(",", ":"))
                     + ";\n")
    redirects(m, html, os.path.join(app.srcdir, "_templates", "msgrpriv", "redirect.html"))
    entries = list(objects(app))
    devhelp(entries, version, app.config.html_title, os.path.join(html, "msgrpriv.devhelp2"))
    tag_file(os.path.join(m.xml_dir, os.pardir, "msgrpriv.tag"),
             {(role, name): uri for name, role, uri, _ in entries}, os.path.join(out, "msgrpriv.tag"))
