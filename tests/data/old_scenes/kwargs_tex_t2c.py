# old scene: ManimGL's Tex(..., t2c=...) colouring (CE: tex_to_color_map)
from manimlib import *


class Energy(Scene):
    def construct(self):
        eq = Tex(r"E = m c^2", t2c={"m": BLUE, "c": YELLOW})
        self.play(Write(eq), run_time=1)
        self.wait(0.3)
