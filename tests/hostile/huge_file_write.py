# expect: static
# what: fills the disk: writes gigabytes into a file
from manim import *
class Hostile(Scene):
    def construct(self):
        with open("/tmp/manimgen-escape-huge", "w") as f:
            for _ in range(10 ** 6):
                f.write("x" * 10 ** 6)
