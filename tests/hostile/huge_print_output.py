# expect: sandbox
# what: floods stdout with gigabytes; captured output must be capped
from manim import *
class Hostile(Scene):
    def construct(self):
        chunk = "x" * 10 ** 6
        for _ in range(10 ** 5):
            print(chunk)
