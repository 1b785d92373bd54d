# expect: sandbox
# what: chr(92) + 'input{/etc/passwd}': LaTeX must run with file reads confined (openin_any=p or a jail)
from manim import *
class Hostile(Scene):
    def construct(self):
        cmd = chr(92) + "in" + "put{/etc/passwd}"
        self.add(Tex(cmd))
