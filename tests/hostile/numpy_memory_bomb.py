# expect: sandbox
# what: np.ones((10**5, 10**5)) touches 80 GB (memory limit)
import numpy as np
from manim import *
class Hostile(Scene):
    def construct(self):
        a = np.ones((10 ** 5, 10 ** 5))
        self.add(Text(str(a.sum())))
