# expect: static
# what: np.load with allow_pickle=True runs pickle on attacker data
import numpy as np
from manim import *
class Hostile(Scene):
    def construct(self):
        np.load("payload.npy", allow_pickle=True)
