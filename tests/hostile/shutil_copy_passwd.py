# expect: static
# what: copies /etc/passwd next to the output (then shown in the docs)
import shutil
from manim import *
class Hostile(Scene):
    def construct(self):
        shutil.copy("/etc/passwd", "/tmp/manimgen-escape-shutil")
