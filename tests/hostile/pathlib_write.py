# expect: static
# what: pathlib.Path.write_text to /tmp/manimgen-escape-pathlib
from pathlib import Path
from manim import *
class Hostile(Scene):
    def construct(self):
        Path("/tmp/manimgen-escape-pathlib").write_text("escaped")
        self.add(Dot())
