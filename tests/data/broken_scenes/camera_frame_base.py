# kind: camera-frame — self.camera.frame in a scene whose own base class derives from Scene
from manim import *


class Base(Scene):
    def title(self, text):
        return Text(text).to_edge(UP)


class Zoomed(Base):
    def construct(self):
        self.add(self.title("Zoom"), Square())
        self.play(self.camera.frame.animate.scale(1.5), run_time=1)
