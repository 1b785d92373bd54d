# expect: static
# what: getattr(f, '__glo' + 'bals__') dodges literal checks
from manim import *
class Hostile(Scene):
    def construct(self):
        def f():
            pass
        g = getattr(f, "__glo" + "bals__")
        g["__builtins__"]["exec"]("import os")
