# expect: static
# what: PIL Image.save of the camera frame to an absolute path
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Square())
        self.camera.get_image().save("/tmp/manimgen-escape-pil.png")
