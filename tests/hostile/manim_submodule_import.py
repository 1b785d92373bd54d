# expect: static
# what: imports manim's file helpers directly
from manim.utils.file_ops import guarantee_existence
from pathlib import Path
from manim import *
class Hostile(Scene):
    def construct(self):
        guarantee_existence(Path("/tmp/manimgen-escape-dir"))
