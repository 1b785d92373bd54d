# expect: static
# what: ().__class__.__base__.__subclasses__() to find os._wrap_close and its globals
from manim import *
class Hostile(Scene):
    def construct(self):
        for c in ().__class__.__base__.__subclasses__():
            if c.__name__ == "_wrap_close":
                c.__init__.__globals__["system"]("touch /tmp/manimgen-escape-subclasses")
