# expect: static
# what: manim.utils.commands.capture runs a program, reached through the star-exported utils
from manim import *
class Hostile(Scene):
    def construct(self):
        out, err, code = utils.commands.capture(["id"])
        self.add(Text(out))
