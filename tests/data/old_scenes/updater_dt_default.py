# old scene: an updater with dt as a keyword default, a ValueTracker read-out and always_redraw
from manim import *


class Counter(Scene):
    def construct(self):
        t = ValueTracker(0)
        number = DecimalNumber(0, num_decimal_places=2)
        number.add_updater(lambda m: m.set_value(t.get_value()))
        bar = always_redraw(lambda: Rectangle(width=0.2 + t.get_value(), height=0.4).next_to(number, DOWN))
        clock = Dot(LEFT * 3)
        clock.add_updater(lambda m, dt=0: m.shift(RIGHT * dt))
        self.add(number, bar, clock)
        self.play(t.animate.set_value(3), run_time=1)
