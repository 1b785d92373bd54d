# expect: static
# what: passes tex_compiler through a **dict to dodge keyword checks
from manim import *
class Hostile(Scene):
    def construct(self):
        opts = {"tex_compiler": "touch"}
        tpl = TexTemplate(**opts)
        self.add(Tex("x", tex_template=tpl))
