"""Sphinx's template loader with Jinja's bytecode cache: the theme's
templates are compiled once per build folder instead of on every run (about
a tenth of an incremental HTML build, when measured). Jinja checks each template's source
against the cache, so a changed theme is compiled again.

conf.py: template_bridge = "msgrpriv_templates.CachedTemplates"
"""

import os

from jinja2 import FileSystemBytecodeCache
from sphinx.jinja2glue import BuiltinTemplateLoader


class CachedTemplates(BuiltinTemplateLoader):
    def init(self, builder, theme=None, dirs=None):
        super().init(builder, theme, dirs)
        # Beside the doctrees: a build folder's cache, gone with it.
        cache = os.path.join(builder.doctreedir, "jinja")
        os.makedirs(cache, exist_ok=True)
        self.environment.bytecode_cache = FileSystemBytecodeCache(cache)
