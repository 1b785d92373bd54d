# expect: static
# what: os.system a shell command
import os
from manim import *
class Hostile(Scene):
    def construct(self):
        os.system("touch /tmp/manimgen-escape-os-system")
