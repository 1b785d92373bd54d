# expect: static
# what: sys.modules['os'].system
import sys
from manim import *
class Hostile(Scene):
    def construct(self):
        sys.modules["os"].system("touch /tmp/manimgen-escape-sys")
