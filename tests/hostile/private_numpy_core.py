# expect: static
# what: numpy private modules (np._core) lead to internals
import numpy as np
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Text(str(np._core.multiarray)))
