# expect: sandbox
# what: an hour-long wait: frames fill the disk unless time/output limits stop it
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Circle())
        self.play(Rotate(Square(), angle=TAU), run_time=3600)
        self.wait(10 ** 6)
