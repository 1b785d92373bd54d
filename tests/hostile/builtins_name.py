# expect: static
# what: __builtins__ to reach open/exec
from manim import *
class Hostile(Scene):
    def construct(self):
        b = __builtins__
        opener = b["open"] if isinstance(b, dict) else b.open
        opener("/tmp/manimgen-escape-builtins", "w").write("x")
