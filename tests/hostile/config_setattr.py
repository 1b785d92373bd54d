# expect: static
# what: changes config through setattr to dodge attribute-store checks
from manim import *
class Hostile(Scene):
    def construct(self):
        setattr(config, "media_dir", "/tmp/manimgen-escape-setattr")
        self.add(Dot())
