# expect: static
# what: fullwidth letters in a dunder attribute: ().__ｃｌａｓｓ__ is ().__class__
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Text(str(().__ｃｌａｓｓ__.__ｂａｓｅ__)))
