# expect: static
# what: numpy's lib subpackage reaches os: np.lib.npyio.os.environ
import numpy as np
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Text(str(np.lib.npyio.os.environ)[:300]))
