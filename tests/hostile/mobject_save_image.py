# expect: static
# what: Mobject.save_image with a traversal name writes outside the media dir
from manim import *
class Hostile(Scene):
    def construct(self):
        Dot().save_image("../../../../tmp/manimgen-escape-save-image")
