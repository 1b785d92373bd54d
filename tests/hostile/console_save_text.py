# expect: static
# what: the rich console exported by manim writes files with save_text
from manim import *
class Hostile(Scene):
    def construct(self):
        console.save_text("/tmp/manimgen-escape-console")
