# expect: static
# what: manim's open_file runs xdg-open / open on a path
from manim import *
class Hostile(Scene):
    def construct(self):
        open_file("/tmp/manimgen-escape-open-file")
