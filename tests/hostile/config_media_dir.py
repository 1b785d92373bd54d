# expect: static
# what: points manim's media_dir at /tmp/manimgen-escape-config so output lands outside the build
from manim import *
config.media_dir = "/tmp/manimgen-escape-config"

class Hostile(Scene):
    def construct(self):
        self.add(Dot())
