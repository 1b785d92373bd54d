# expect: static
# what: __import__('os') without an import statement, env shown in Text
from manim import *
class Hostile(Scene):
    def construct(self):
        env = __import__("os").environ
        self.add(Text(repr(dict(env))[:500]))
