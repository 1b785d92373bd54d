# old scene: self.camera.animate.scale / move_to in a 2D scene (the frame is what moves)
from manim import *


class ZoomOnRoot(Scene):
    def construct(self):
        axes = Axes(x_range=[-3, 3], y_range=[-2, 6])
        graph = axes.plot(lambda x: x ** 2 - 2, color=BLUE)
        root = Dot(axes.c2p(np.sqrt(2), 0), color=RED)
        self.add(axes, graph, root)
        self.play(self.camera.animate.scale(0.4).move_to(root), run_time=1)
        self.wait(0.2)
