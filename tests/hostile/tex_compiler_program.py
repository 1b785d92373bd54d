# expect: static
# what: a TexTemplate whose tex_compiler is another program
from manim import *
class Hostile(Scene):
    def construct(self):
        tpl = TexTemplate(tex_compiler="touch", output_format=".dvi")
        self.add(Tex("x", tex_template=tpl))
