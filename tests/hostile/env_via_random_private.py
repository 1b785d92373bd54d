# expect: static
# what: random keeps `import os as _os`; reach os.environ through it
import random
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Text(str(random._os.environ.get("HOME"))))
