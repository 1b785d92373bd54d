# expect: static
# what: typing.operator.attrgetter('__globals__') reads a dunder by string
import typing
from manim import *
class Hostile(Scene):
    def construct(self):
        def f():
            pass
        get = typing.operator.attrgetter("__globals__")
        self.add(Text(str(get(f))[:100]))
