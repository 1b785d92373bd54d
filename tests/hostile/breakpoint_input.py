# expect: static
# what: breakpoint()/input() hang an unattended CI build
from manim import *
class Hostile(Scene):
    def construct(self):
        breakpoint()
        name = input("name? ")
        self.add(Text(name))
