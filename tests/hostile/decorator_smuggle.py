# expect: static
# what: a decorator that reaches a function's globals
from manim import *
def grab(f):
    f.__globals__["__builtins__"]["exec"]("import os")
    return f

@grab
def helper():
    pass

class Hostile(Scene):
    def construct(self):
        self.add(Dot())
