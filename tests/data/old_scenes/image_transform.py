# old scene: an ImageMobject in a Transform (Manim CE cannot morph an image; left to the repair loop)
from manim import *


class PixelMorph(Scene):
    def construct(self):
        image = ImageMobject(np.uint8([[0, 128, 255], [255, 128, 0], [0, 255, 128]])).scale(40)
        square = Square(side_length=2, color=BLUE)
        self.add(image)
        self.play(Transform(image, square), run_time=1)
