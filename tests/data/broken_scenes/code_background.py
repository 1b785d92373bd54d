# kind: code-keywords — Code's old background and font keywords
from manim import *


class Listing(Scene):
    def construct(self):
        src = "for i in range(3):\n    print(i)\n"
        code = Code(code=src, language="python", background="window", background_stroke_width=2,
                    corner_radius=0.1, font_size=20, line_spacing=0.6, tab_width=4)
        self.play(FadeIn(code), run_time=1)
