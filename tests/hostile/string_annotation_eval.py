# expect: static
# what: typing.get_type_hints evaluates a string annotation (eval in disguise)
import typing
from manim import *
class Hostile(Scene):
    def construct(self):
        def f(x: "__import__('os').system('id')"):
            pass
        typing.get_type_hints(f)
