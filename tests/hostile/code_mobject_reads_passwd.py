# expect: static
# what: Code(code_file='/etc/passwd') renders a system file into the video
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Code(code_file="/etc/passwd", language="text"))
