# kind: vgroup-non-vmobject — an ImageMobject in a VGroup
from manim import *


class Picture(Scene):
    def construct(self):
        img = ImageMobject(np.uint8([[0, 255, 0], [255, 0, 255], [0, 255, 0]])).scale(20)
        frame = SurroundingRectangle(img)
        group = VGroup(img, frame)
        self.play(FadeIn(group), run_time=1)
