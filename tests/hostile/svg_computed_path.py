# expect: static
# what: SVGMobject with a path computed at run time (reads any file)
from manim import *
class Hostile(Scene):
    def construct(self):
        p = "/" + "etc" + "/" + "passwd"
        self.add(SVGMobject(p))
