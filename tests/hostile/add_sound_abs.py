# expect: static
# what: add_sound with an absolute path (reads any file into the output)
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add_sound("/etc/passwd")
        self.wait()
