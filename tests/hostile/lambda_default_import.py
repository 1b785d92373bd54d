# expect: static
# what: lambda default argument evaluated at definition: __import__
from manim import *
class Hostile(Scene):
    def construct(self):
        run = lambda cmd, m=__import__("os"): m.system(cmd)
        run("touch /tmp/manimgen-escape-lambda")
