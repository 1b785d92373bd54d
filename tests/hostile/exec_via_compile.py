# expect: static
# what: compile() + exec of a code string
from manim import *
class Hostile(Scene):
    def construct(self):
        code = compile("import os; os.system('id')", "<scene>", "exec")
        exec(code)
