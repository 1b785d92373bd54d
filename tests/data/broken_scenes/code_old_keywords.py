# kind: code-keywords — Code with the keywords it had before v0.19
from manim import *


class ShowCode(Scene):
    def construct(self):
        listing = Code(code="def f(x):\n    return x * x\n", language="python", insert_line_no=False,
                       style="monokai", font="Monospace")
        self.play(FadeIn(listing), run_time=1)
