# expect: sandbox
# what: np.zeros((50000, 50000, 4)) image: huge allocation through an allowed call
import numpy as np
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(ImageMobject(np.zeros((50000, 50000, 4), dtype=np.uint8)))
