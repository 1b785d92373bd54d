# expect: static
# what: TeX ^^5c notation spells a backslash to hide \input from string checks
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Tex(r"^^5cinput{/etc/passwd}"))
