# expect: static
# what: np.save / tofile to an absolute path
import numpy as np
from manim import *
class Hostile(Scene):
    def construct(self):
        np.save("/tmp/manimgen-escape-np.npy", np.zeros(3))
        np.zeros(3).tofile("/tmp/manimgen-escape-tofile")
