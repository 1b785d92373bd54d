# expect: sandbox
# what: an exception message of 100 MB; the error box/repair prompt must be trimmed
from manim import *
class Hostile(Scene):
    def construct(self):
        raise ValueError("x" * 10 ** 8)
