# expect: static
# what: async code (coroutines expose cr_frame)
from manim import *
async def leak():
    return 1

class Hostile(Scene):
    def construct(self):
        self.add(Dot())
