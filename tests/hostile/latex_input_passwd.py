# expect: static
# what: LaTeX \input{/etc/passwd} typesets a system file into the video
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Tex(r"\input{/etc/passwd}"))
