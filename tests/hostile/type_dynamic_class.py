# expect: static
# what: builds a class with type() whose __getattr__ smuggles eval
from manim import *
class Hostile(Scene):
    def construct(self):
        T = type("T", (), {"run": lambda self, s: eval(s)})
        T().run("1+1")
