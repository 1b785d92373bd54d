# expect: static
# what: globals()['__builtins__'] to reach exec
from manim import *
class Hostile(Scene):
    def construct(self):
        globals()["__builtins__"]["exec"]("import os")
