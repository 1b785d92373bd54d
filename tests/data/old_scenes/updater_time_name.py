# old scene: updaters whose time step is not called dt (ManimGL passes it by position; Manim CE looks for `dt`)
from manim import *


class Orbit(Scene):
    def construct(self):
        sun = Dot(color=YELLOW, radius=0.2)
        planet = Dot(RIGHT * 2, color=BLUE)

        def orbit(mob, delta):
            mob.rotate(delta * 1.5, about_point=ORIGIN)

        planet.add_updater(orbit)
        spin = Square(0.4).shift(LEFT * 3)
        spin.add_updater(lambda m, time_step: m.rotate(2 * time_step))
        self.add(sun, planet, spin)
        self.wait(1)
