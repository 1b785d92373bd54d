# old scene: keyword arguments from ManimGL / older CE that Manim CE's classes do not take
from manim import *


class VectorSum(Scene):
    def construct(self):
        a = Arrow(ORIGIN, RIGHT * 2, buff=0, max_tip_length=0.25, color=RED)
        b = Arrow(RIGHT * 2, RIGHT * 2 + UP * 1.5, buff=0, thickness=4, color=BLUE)
        s = Arrow(ORIGIN, RIGHT * 2 + UP * 1.5, buff=0, color=YELLOW)
        eq = MathTex(r"\vec a + \vec b = \vec s", isolate=[r"\vec s"]).to_edge(UP)
        note = Text("head to tail", size=0.6).to_edge(DOWN)
        disk = Circle(radius=0.3, opacity=0.5).move_to(s.get_end())
        self.play(GrowArrow(a), GrowArrow(b), run_time=1)
        self.play(GrowArrow(s), Write(eq), FadeIn(note), FadeIn(disk), run_time=1)
