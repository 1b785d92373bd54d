# expect: static
# what: reads os.environ and shows every variable in a Text on the video
import os
from manim import *
class Hostile(Scene):
    def construct(self):
        secrets = "\n".join(f"{k}={v}" for k, v in os.environ.items())
        self.add(Text(secrets[:2000], font_size=8))
