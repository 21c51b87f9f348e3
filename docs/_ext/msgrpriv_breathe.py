"""Fixes for Breathe's output (4.34 and 4.35 have both bugs; gated in
msgrpriv_workarounds):

- it puts block elements (a @deprecated note's definition list, a nested
  paragraph) inside a paragraph, which HTML forbids and browsers split,
  cutting one sentence in two. Such a paragraph becomes its inline runs,
  each a paragraph of its own, and its blocks;
- it gives every section title of the same name ("Functions") the same id,
  so a page held that id several times. Repeats get a number."""

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from msgrpriv_workarounds import applies


def is_block(node):
    return isinstance(node, nodes.Element) and not isinstance(node, (nodes.Inline, nodes.TextElement)) \
        or isinstance(node, (nodes.paragraph, nodes.literal_block, nodes.term))


class NoBlocksInParagraphs(SphinxPostTransform):
    default_priority = 100

    def run(self, **kwargs):
        if not applies(self.config, "blocks-in-paragraphs"):
            return
        for paragraph in list(self.document.findall(nodes.paragraph)):
            if not any(is_block(child) for child in paragraph.children):
                continue
            parts, inline = [], []
            for child in list(paragraph.children):
                if is_block(child):
                    if inline and any(n.astext().strip() for n in inline):
                        parts.append(nodes.paragraph("", "", *inline))
                    inline = []
                    parts.append(child)
                else:
                    inline.append(child)
            if inline and any(n.astext().strip() for n in inline):
                parts.append(nodes.paragraph("", "", *inline))
            for child in list(paragraph.children):
                paragraph.remove(child)
            paragraph.replace_self(parts)


class UniqueSectionTitleIds(SphinxPostTransform):
    default_priority = 100

    def run(self, **kwargs):
        if not applies(self.config, "repeated-section-ids"):
            return
        seen = {}
        for rubric in self.document.findall(nodes.rubric):
            if "breathe-sectiondef-title" not in rubric["classes"]:
                continue
            ids = []
            for id_ in rubric["ids"]:
                seen[id_] = seen.get(id_, 0) + 1
                ids.append(id_ if seen[id_] == 1 else f"{id_}-{seen[id_]}")
            rubric["ids"] = ids


def setup(app):
    app.add_post_transform(NoBlocksInParagraphs)
    app.add_post_transform(UniqueSectionTitleIds)
    return {"version": "1.1", "parallel_read_safe": True, "parallel_write_safe": True}
