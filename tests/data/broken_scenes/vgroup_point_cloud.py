# kind: vgroup-non-vmobject — a point cloud (a PMobject, not a VMobject) in a VGroup
from manim import *


class Cloud(Scene):
    def construct(self):
        cloud = PointCloudDot(radius=1, color=YELLOW)
        ring = Circle(radius=1.2)
        group = VGroup(cloud, ring)
        self.play(FadeIn(group), run_time=1)
