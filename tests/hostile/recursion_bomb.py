# expect: sandbox
# what: unbounded recursion: must end as a clean RecursionError, not a crash
from manim import *
class Hostile(Scene):
    def construct(self):
        def down(n):
            return down(n + 1) + 1
        self.add(Text(str(down(0))))
